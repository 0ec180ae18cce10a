// /networks/:id/activities/new and /networks/:id/activities/:activityId/edit (lazy): record what the network did.
import { useCallback } from 'react';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, ErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getActivities, getActivityOptions } from '../api/network-log';
import { ActivityRecordForm } from './activity-record-form';
import '../network-log.css';

const t = th.networkLog.form;

export function RecordActivityPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const networkId = params.id ?? '';
  const activityId = params.activityId ?? null;
  // One round trip for the form's choices, and one more only when a saved record is opened.
  const load = useCallback(
    async (signal: AbortSignal) => {
      const [options, log] = await Promise.all([
        getActivityOptions(networkId, signal),
        activityId ? getActivities(networkId, signal) : Promise.resolve(null),
      ]);
      return { options, activity: log?.activities.find((a) => a.id === activityId) ?? null };
    },
    [networkId, activityId],
  );
  const data = useQuery(load);

  let body;
  if (data.status === 'loading') body = <LoadingPanel />;
  else if (data.status === 'error')
    body =
      data.error.status === 403 ? (
        <ErrorPanel title={th.forbidden.title} message={th.forbidden.body} />
      ) : (
        <ApiErrorPanel error={data.error} onRetry={data.retry} />
      );
  else if (activityId && !data.data.activity) body = <ErrorPanel message={t.notFound} />;
  else
    body = (
      <>
        <h2 className="network-name">{data.data.options.network.name}</h2>
        <ActivityRecordForm networkId={networkId} options={data.data.options} activity={data.data.activity} />
      </>
    );
  return (
    <PageLayout title={activityId ? t.editTitle : t.newTitle} areaName={areaName} mock={mock}>
      {body}
      <AppNav items={[{ to: `/networks/${encodeURIComponent(networkId)}/activities`, label: t.toLog }]} />
    </PageLayout>
  );
}
