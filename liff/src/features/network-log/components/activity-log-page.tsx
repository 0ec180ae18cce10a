// /networks/:id/activities (lazy): a network's recorded activities for its coordinators and supervisors.
import { useCallback, useState } from 'react';
import { formatThaiDate, planActivityKindLabels, type NetworkActivityView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { ConfirmAction } from '../../../components/confirm-action';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useAction } from '../../../lib/use-action';
import { useQuery } from '../../../lib/use-query';
import { deleteActivity, getActivities } from '../api/network-log';

const t = th.networkLog.log;
const logPath = (networkId: string) => `/networks/${encodeURIComponent(networkId)}`;

export function ActivityLogPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const networkId = params.id ?? '';
  const load = useCallback((signal: AbortSignal) => getActivities(networkId, signal), [networkId]);
  const log = useQuery(load);
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(new Set());
  const [notice, setNotice] = useState('');

  let body;
  if (log.status === 'loading') body = <LoadingPanel />;
  else if (log.status === 'error')
    body =
      log.error.status === 403 ? (
        <div className="panel panel-error" role="alert">
          <h2>{th.forbidden.title}</h2>
          <p>{th.forbidden.body}</p>
        </div>
      ) : (
        <ApiErrorPanel error={log.error} onRetry={log.retry} />
      );
  else {
    const shown = log.data.activities.filter((a) => !deleted.has(a.id));
    body = (
      <>
        <h2 className="network-name">{log.data.network.name}</h2>
        <p className="intro">{t.intro}</p>
        <div className="actions">
          <AppLink to={`${logPath(networkId)}/activities/new`} className="button button-primary">
            {t.record}
          </AppLink>
          <AppLink to={`${logPath(networkId)}/library`} className="button button-secondary">
            {th.networkLog.toLibrary}
          </AppLink>
        </div>
        <section aria-labelledby="log-heading">
          <h2 id="log-heading" tabIndex={-1}>
            {t.heading(shown.length)}
          </h2>
          {shown.length === 0 ? <p>{t.empty}</p> : null}
          <ul className="cards">
            {shown.map((a) => (
              <ActivityCard
                key={a.id}
                networkId={networkId}
                activity={a}
                onDeleted={() => {
                  setDeleted((s) => new Set(s).add(a.id));
                  setNotice(t.deleted(a.title));
                  document.getElementById('log-heading')?.focus();
                }}
              />
            ))}
          </ul>
        </section>
      </>
    );
  }
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {body}
      <AppNav items={[{ to: `/networks/manage/${encodeURIComponent(networkId)}`, label: t.back }]} />
    </PageLayout>
  );
}

function ActivityCard({ networkId, activity: a, onDeleted }: { networkId: string; activity: NetworkActivityView; onDeleted: () => void }) {
  const remove = useAction(deleteActivity);
  return (
    <li className="card">
      <h3>{a.title}</h3>
      <p className="card-meta">{t.meta(planActivityKindLabels[a.kind], formatThaiDate(a.date))}</p>
      <p>
        {t.participants(a.participants.count)} · {t.evidence(a.evidence.length)} · {t.knowledge(a.knowledge.length)}
      </p>
      {a.notes ? <p className="card-notes">{a.notes}</p> : null}
      <ActionError state={remove.state} />
      <div className="actions">
        <AppLink to={`${logPath(networkId)}/activities/${encodeURIComponent(a.id)}/edit`} className="button" label={t.editNamed(a.title)}>
          {t.edit}
        </AppLink>
        <ConfirmAction
          label={t.delete}
          accessibleLabel={t.deleteNamed(a.title)}
          question={t.deleteConfirm(a.title, a.evidence.length)}
          confirmLabel={t.deleteYes}
          busy={remove.running}
          onConfirm={() => void remove.run(networkId, a.id).then((r) => r && onDeleted())}
        />
      </div>
    </li>
  );
}
