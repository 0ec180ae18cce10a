// The network member pages (lazy): /supervisor/networks/:id for supervisors, /networks/manage[/:id] for coordinators.
import { AppLink } from '../../../components/app-link';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getCoordinatedNetworks } from '../api/get-coordinated-networks';
import { NetworkMembersView } from './network-members-view';
import { ForbiddenPanel, QueryError } from './query-error';

export function SupervisorNetworkPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  return (
    <PageLayout title={th.members.title} areaName={areaName} mock={mock}>
      <NetworkMembersView key={params.id} networkId={params.id ?? ''} canAppoint />
      <NetworkLogLinks networkId={params.id ?? ''} />
      <AppNav items={[{ to: '/supervisor', label: th.supervisor.toOverview }]} />
    </PageLayout>
  );
}

/** A coordinator's networks; with one network (the usual case) its members show at once. */
export function CoordinatorPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  return (
    <PageLayout title={th.coordinator.title} areaName={areaName} mock={mock}>
      {params.id ? (
        <>
          <NetworkMembersView key={params.id} networkId={params.id} canAppoint={false} />
          <NetworkLogLinks networkId={params.id} />
        </>
      ) : (
        <CoordinatedNetworks />
      )}
      <AppNav items={[{ to: '/networks', label: th.coordinator.toMyNetworks }]} />
    </PageLayout>
  );
}

function CoordinatedNetworks() {
  const mine = useQuery(getCoordinatedNetworks);
  if (mine.status === 'loading') return <LoadingPanel />;
  if (mine.status === 'error') return <QueryError error={mine.error} onRetry={mine.retry} />;
  const [only, ...others] = mine.data;
  if (!only) return <ForbiddenPanel />;
  if (others.length === 0)
    return (
      <>
        <NetworkMembersView networkId={only.id} canAppoint={false} />
        <NetworkLogLinks networkId={only.id} />
      </>
    );
  return (
    <section className="form-section" aria-labelledby="choose-heading">
      <h2 id="choose-heading">{th.coordinator.choose}</h2>
      <ul className="link-list">
        {mine.data.map((n) => (
          <li key={n.id}>
            <AppLink to={`/networks/manage/${encodeURIComponent(n.id)}`} className="button button-secondary">
              {n.name}
            </AppLink>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The network's development log (record activities, evidence) and its knowledge library (features/network-log). */
function NetworkLogLinks({ networkId }: { networkId: string }) {
  const base = `/networks/${encodeURIComponent(networkId)}`;
  return (
    <nav className="actions" aria-label={th.networkLog.linksLabel}>
      <AppLink to={`${base}/activities`} className="button">
        {th.networkLog.toLog}
      </AppLink>
      <AppLink to={`${base}/library`} className="button button-secondary">
        {th.networkLog.toLibrary}
      </AppLink>
    </nav>
  );
}
