// /liff/supervisor/forms/:id (lazy): a round's response rate, who has not answered (with a one-tap nudge: chasing comes
// before reading 14 questions), the answers per question for the chosen group, and the export; changing a filter
// reloads only the answers, the rest stays put.
import { useCallback, useState } from 'react';
import { formatThaiDateTime, type RoundSummaryResponse } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { SelectFilter } from '../../../components/select-filter';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { getRoundSummary } from '../api/get-round-summary';
import { canNudge, roundPhase } from '../round-list-view';
import { NO_FILTER, type SummaryFilter } from '../summary-view';
import { ExportPanel } from './export-panel';
import { NotAnsweredPanel } from './not-answered-panel';
import { QuestionSummaryBlock } from './question-summary';
import { ResponseRate } from './response-rate';
import '../form-rounds.css';

const t = th.formRounds;
const f = t.filters;

export function RoundSummaryPage({ params }: { params: RouteParams }) {
  const roundId = params.id ?? '';
  const { areaName, mock } = useRuntime();
  const [filter, setFilter] = useState<SummaryFilter>(NO_FILTER);
  const load = useCallback((signal: AbortSignal) => getRoundSummary(roundId, filter, signal), [roundId, filter]);
  const query = useQuery(load);
  // The last answer stays on screen while a new filter loads, so the page does not jump back to a spinner.
  const [last, setLast] = useState<RoundSummaryResponse | null>(null);
  if (query.status === 'success' && query.data !== last) setLast(query.data);
  const data = query.status === 'success' ? query.data : last;

  return (
    <PageLayout title={t.summaryTitle} areaName={areaName} mock={mock}>
      {data ? <RoundHeading data={data} /> : null}
      {query.status === 'loading' && !data ? <LoadingPanel /> : null}
      {query.status === 'error' ? <QueryError error={query.error} onRetry={query.retry} /> : null}
      {data ? (
        <>
          <ResponseRate data={data} />
          <NotAnsweredPanel roundId={roundId} data={data} canNudge={canNudge(data.round, new Date())} />
          <section aria-labelledby="answers-heading" className="answers">
            <h2 id="answers-heading">{f.heading}</h2>
            <p className="hint">{f.intro}</p>
            <Filters data={data} filter={filter} onChange={setFilter} />
            <p className="hint" role="status" id="answers-status">
              {query.status === 'loading' ? f.loading : data.summary ? f.respondents(data.summary.respondents) : f.withheld}
            </p>
            <Answers data={data} />
          </section>
          <ExportPanel round={data.round} />
        </>
      ) : null}
      <AppNav
        items={[
          { to: '/supervisor/forms', label: t.toList },
          { to: '/supervisor', label: t.toOverview },
        ]}
      />
    </PageLayout>
  );
}

function RoundHeading({ data }: { data: RoundSummaryResponse }) {
  const { round } = data;
  return (
    <div className="round-heading">
      <p className="network-name">{round.title}</p>
      <ul className="tags">
        <li className="tag">
          <span className="visually-hidden">{t.statusLabel}: </span>
          {t.status[roundPhase(round, new Date())]}
        </li>
        {round.anonymous ? <li className="tag">{t.anonymousTag}</li> : null}
      </ul>
      <p className="card-meta">
        {t.opens(formatThaiDateTime(round.opensAt))}
        <br />
        {t.closes(formatThaiDateTime(round.closesAt))}
      </p>
    </div>
  );
}

/** The groups to choose come from the audience itself (its networks, schools and levels, with the server's Thai names). */
const FILTERS = [
  ['network', 'byNetwork'],
  ['school', 'bySchool'],
  ['level', 'byLevel'],
] as const;

function Filters({ data, filter, onChange }: { data: RoundSummaryResponse; filter: SummaryFilter; onChange: (f: SummaryFilter) => void }) {
  return (
    <div className="filters">
      {FILTERS.map(([key, rows]) => (
        <SelectFilter
          key={key}
          label={f[key]}
          anyLabel={f.any}
          value={filter[key]}
          options={data[rows].map((r) => ({ value: r.key, label: r.label }))}
          describedBy="answers-status"
          onChange={(value) => onChange({ ...filter, [key]: value })}
        />
      ))}
    </div>
  );
}

function Answers({ data }: { data: RoundSummaryResponse }) {
  const { summary } = data;
  if (!summary)
    return (
      <p className="notice notice-withheld" role="note">
        {t.withheld}
      </p>
    );
  const labels = {
    school: new Map(data.bySchool.map((r) => [r.key, r.label])),
    network: new Map(data.byNetwork.map((r) => [r.key, r.label])),
  };
  return (
    <>
      {data.textsOmitted ? <p className="notice">{t.textsOmitted}</p> : null}
      {summary.respondents === 0 ? (
        <p className="hint">{t.noResponses}</p>
      ) : (
        <ol className="question-summaries">
          {summary.questions.map((q, i) => (
            <QuestionSummaryBlock key={q.questionId} question={q} n={i + 1} labels={labels} />
          ))}
        </ol>
      )}
    </>
  );
}
