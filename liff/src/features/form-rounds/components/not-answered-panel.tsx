// Who has not answered, a page at a time ("แสดงเพิ่ม" asks the server for the next 50), and a one-tap reminder to all
// of them: the count is on the button, the server's result after.
import { useState } from 'react';
import type { NotAnsweredPageResponse, RoundNudgeResponse, RoundSummaryResponse } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th-staff';
import { ResultPanel } from '../../../components/result-panel';
import { useAction } from '../../../lib/use-action';
import { getNotAnswered } from '../api/get-not-answered';
import { nudgeRound } from '../api/nudge-round';

const t = th.formRounds.notAnswered;

interface NotAnsweredPanelProps {
  roundId: string;
  /** The summary's first page, the total and the cursor of the next page. */
  data: Pick<RoundSummaryResponse, 'notAnswered' | 'notAnsweredCount' | 'notAnsweredNext'>;
  /** Whether the round takes answers now (a nudge is refused otherwise). */
  canNudge: boolean;
}

type People = RoundSummaryResponse['notAnswered'];

export function NotAnsweredPanel({ roundId, data, canNudge }: NotAnsweredPanelProps) {
  const nudge = useAction(nudgeRound);
  const count = data.notAnsweredCount;
  return (
    <section aria-labelledby="not-answered-heading" className="form-section">
      <h2 id="not-answered-heading">{t.heading}</h2>
      {count === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p className="counts">{t.count(count)}</p>
          {/* A new summary (another filter, a reload) starts the list again from its first page. */}
          <PagedPeople key={`${data.notAnsweredNext ?? ''}|${data.notAnswered.length}`} roundId={roundId} data={data} />
          {canNudge ? (
            <>
              <p className="hint" id="nudge-hint">
                {t.nudgeHint}
              </p>
              <button
                type="button"
                className="button button-primary"
                aria-describedby="nudge-hint"
                disabled={nudge.running}
                onClick={() => void nudge.run(roundId)}
              >
                {t.nudge(count)}
              </button>
            </>
          ) : (
            <p className="hint">{t.notOpen}</p>
          )}
          <p className="hint" role="status">
            {nudge.running ? t.sending : ''}
          </p>
          <ActionError state={nudge.state} />
          {nudge.state.status === 'done' ? <NudgeResult result={nudge.state.data} /> : null}
        </>
      )}
    </section>
  );
}

function PagedPeople({ roundId, data }: Omit<NotAnsweredPanelProps, 'canNudge'>) {
  const [people, setPeople] = useState<People>(data.notAnswered);
  const [next, setNext] = useState<string | null>(data.notAnsweredNext);
  const more = useAction(async (after: string): Promise<NotAnsweredPageResponse> => {
    const page = await getNotAnswered(roundId, after);
    // Someone may have answered meanwhile: nobody is listed twice.
    setPeople((shown) => {
      const listed = new Set(shown.map((p) => p.memberId));
      return [...shown, ...page.people.filter((p) => !listed.has(p.memberId))];
    });
    setNext(page.next);
    return page;
  });
  const left = Math.max(0, data.notAnsweredCount - people.length);
  return (
    <>
      <ul id="not-answered-list" className="people-list">
        {people.map((p) => (
          <li key={p.memberId}>
            {p.name}
            {p.schoolName ? <span className="card-meta"> · {p.schoolName}</span> : null}
          </li>
        ))}
      </ul>
      {next ? (
        <>
          <p className="hint">{t.shown(people.length, data.notAnsweredCount)}</p>
          <button
            type="button"
            className="button button-secondary button-small"
            aria-controls="not-answered-list"
            disabled={more.running}
            onClick={() => void more.run(next)}
          >
            {t.showMore(left)}
          </button>
        </>
      ) : null}
      <p className="hint" role="status">
        {more.running ? t.loadingMore : ''}
      </p>
      <ActionError state={more.state} />
    </>
  );
}

function NudgeResult({ result }: { result: RoundNudgeResponse }) {
  return (
    <ResultPanel
      title={t.resultTitle}
      lines={[t.nudged(result.nudged), t.alreadyToday(result.alreadyToday), t.unreachable(result.unreachable)]}
    />
  );
}
