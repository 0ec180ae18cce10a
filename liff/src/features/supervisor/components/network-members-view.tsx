// A network's people for those who manage it: pending requests to decide, then the filterable member list.
import { useCallback, useState } from 'react';
import { networkKindLabels } from '@nithet/shared';
import { LoadingPanel } from '../../../components/status-panel';
import { useQuery } from '../../../lib/use-query';
import { getNetworkMembers } from '../api/network-members';
import { sortMembers } from '../member-filters';
import { MembersList } from './members-list';
import { PendingRequests } from './pending-requests';
import { QueryError } from './query-error';

interface NetworkMembersViewProps {
  networkId: string;
  /** Supervisors appoint coordinators; coordinators do not. */
  canAppoint: boolean;
}

export function NetworkMembersView({ networkId, canAppoint }: NetworkMembersViewProps) {
  const load = useCallback((signal: AbortSignal) => getNetworkMembers(networkId, signal), [networkId]);
  const members = useQuery(load);
  const { retry } = members;
  const [notice, setNotice] = useState('');
  // After a decision the list is fetched again; the notice (a live region outside it) says what happened.
  const onDone = useCallback(
    (message: string) => {
      setNotice(message);
      retry();
    },
    [retry],
  );

  let body;
  if (members.status === 'loading') body = <LoadingPanel />;
  else if (members.status === 'error') body = <QueryError error={members.error} onRetry={members.retry} />;
  else {
    const { network } = members.data;
    const rows = sortMembers(members.data.members);
    body = (
      <>
        <h2 className="network-name">{network.name}</h2>
        <p className="card-meta">{networkKindLabels[network.kind]}</p>
        <PendingRequests rows={rows.filter((r) => r.status === 'pending')} onDone={onDone} />
        <MembersList rows={rows} networkId={network.id} canAppoint={canAppoint} onDone={onDone} />
      </>
    );
  }
  return (
    <>
      <p className="status-notice" role="status">
        {notice}
      </p>
      {body}
    </>
  );
}
