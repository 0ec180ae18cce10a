// /liff/supervisor/forms (lazy): the office's form rounds (form, status, closing, responses), a new round as a draft,
// and opening it after the preview of who gets it and what it costs; each sent round links to its results.
import { useState } from 'react';
import { formatThaiDateTime, type RoundView } from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { CreateToggle } from '../../../components/create-toggle';
import { useRuntime } from '../../../lib/runtime-context';
import { useLocalEdits } from '../../../lib/use-local-edits';
import { useQuery, type QueryState } from '../../../lib/use-query';
import { QueryError } from '../../supervisor/components/query-error';
import { getManageableNetworks } from '../../supervisor/api/get-manageable-networks';
import { getFormRounds } from '../api/get-form-rounds';
import { getFormTemplates, type FormTemplateItem } from '../api/get-form-templates';
import { audienceText, roundPhase, type RoundPhase } from '../round-list-view';
import { OpenRoundStep } from './open-round-step';
import { RoundForm } from './round-form';
import '../form-rounds.css';

const t = th.formRounds;
const PHASE_TAG: Record<RoundPhase, string> = { draft: 'tag-pending', scheduled: 'tag-coordinator', open: 'tag-member', closed: 'tag-off' };

export function FormRoundsPage() {
  const { areaName, mock } = useRuntime();
  const rounds = useQuery(getFormRounds);
  const templates = useQuery(getFormTemplates);
  const networks = useQuery(getManageableNetworks);
  const edits = useLocalEdits<RoundView>();
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState('');
  /** Audience sizes learnt from opening a round here (the list itself only counts responses). */
  const [audiences, setAudiences] = useState<ReadonlyMap<string, number>>(new Map());

  const networkList = networks.status === 'success' ? networks.data : [];
  const names = {
    forms: new Map((templates.status === 'success' ? templates.data : []).map((x) => [x.templateId, x.title])),
    networks: new Map(networkList.map((n) => [n.id, n.name])),
  };

  let body;
  if (rounds.status === 'loading') body = <LoadingPanel />;
  else if (rounds.status === 'error') body = <QueryError error={rounds.error} onRetry={rounds.retry} />;
  else {
    const all = edits.merge(rounds.data);
    body = (
      <>
        {all.length === 0 ? <p className="hint">{t.empty}</p> : null}
        <ul className="cards">
          {all.map((r) => (
            <RoundCard
              key={r.id}
              round={r}
              names={names}
              audience={audiences.get(r.id) ?? r.audienceSize}
              onOpened={(res) => {
                edits.changed(res.round);
                setAudiences((m) => new Map(m).set(res.round.id, res.recipients));
                setNotice(res.created ? t.opened(res.round.title, res.reachable) : t.openedBefore(res.round.title));
              }}
            />
          ))}
        </ul>
      </>
    );
  }
  const forbidden = rounds.status === 'error' && rounds.error.status === 403;

  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="intro">{t.intro}</p>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {forbidden ? null : (
        <CreateToggle
          open={creating}
          onToggle={() => setCreating((v) => !v)}
          title={t.createTitle}
          openLabel={t.create}
          closeLabel={t.cancelCreate}
          formId="create-round-form"
        >
          <CreateRound
            templates={templates}
            networks={networks}
            onSaved={(r) => {
              edits.created(r);
              setCreating(false);
              setNotice(t.created(r.title));
            }}
          />
        </CreateToggle>
      )}
      <section aria-labelledby="rounds-heading">
        <h2 id="rounds-heading">{t.list}</h2>
        {body}
      </section>
      <AppNav items={[{ to: '/supervisor', label: t.toOverview }]} />
    </PageLayout>
  );
}

type Query<T> = QueryState<T> & { retry: () => void };

/** The form waits for the templates and networks it offers. */
function CreateRound(props: {
  templates: Query<FormTemplateItem[]>;
  networks: Query<Awaited<ReturnType<typeof getManageableNetworks>>>;
  onSaved: (r: RoundView) => void;
}) {
  const { templates, networks } = props;
  for (const q of [templates, networks]) {
    if (q.status === 'error') return <QueryError error={q.error} onRetry={q.retry} />;
  }
  if (templates.status !== 'success' || networks.status !== 'success') return <LoadingPanel />;
  return <RoundForm templates={templates.data} networks={networks.data} onSaved={props.onSaved} />;
}

interface RoundCardProps {
  round: RoundView;
  names: { forms: ReadonlyMap<string, string>; networks: ReadonlyMap<string, string> };
  audience: number | undefined;
  onOpened: Parameters<typeof OpenRoundStep>[0]['onOpened'];
}

function RoundCard({ round, names, audience, onOpened }: RoundCardProps) {
  const phase = roundPhase(round, new Date());
  return (
    <li className="card">
      <h3>{round.title}</h3>
      <p className="card-meta">{t.form(names.forms.get(round.templateId) ?? t.unknownForm(round.templateId))}</p>
      <ul className="tags">
        <li className={`tag ${PHASE_TAG[phase]}`}>
          <span className="visually-hidden">{t.statusLabel}: </span>
          {t.status[phase]}
        </li>
        {round.anonymous ? <li className="tag">{t.anonymousTag}</li> : null}
      </ul>
      <dl className="facts">
        <dt>{t.audience.label}</dt>
        <dd>{audienceText(round.audience, names.networks)}</dd>
        <dt>{t.labels.opensAt}</dt>
        <dd>{formatThaiDateTime(round.opensAt)}</dd>
        <dt>{t.labels.closesAt}</dt>
        <dd>{formatThaiDateTime(round.closesAt)}</dd>
      </dl>
      {phase === 'draft' ? null : (
        <p className="counts">{audience === undefined ? t.responses(round.responseCount) : t.responsesOf(round.responseCount, audience)}</p>
      )}
      {phase === 'draft' ? <OpenRoundStep round={round} onOpened={onOpened} /> : null}
      {phase === 'draft' ? null : (
        <div className="actions">
          <AppLink to={`/supervisor/forms/${encodeURIComponent(round.id)}`} className="nav-link" label={t.toSummaryNamed(round.title)}>
            {t.toSummary}
          </AppLink>
        </div>
      )}
    </li>
  );
}
