// The paired / sibling schools of my school on "my networks": both schools by name, the type, and a join button.
import { useMemo } from 'react';
import { networkKindLabels, type BrowseNetworksResponse, type PairingsResponse } from '@nithet/shared';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import { useQuery } from '../../../lib/use-query';
import { useSchools } from '../../registration/api/get-schools';
import { getMyPairings } from '../api/get-my-pairings';
import { pairingSchools } from '../pairing-view';
import { JoinNetworkControl } from './join-network-control';

type Pairing = PairingsResponse['pairings'][number];
type Status = BrowseNetworksResponse['networks'][number]['myStatus'];
const t = th.pairing;

interface MyPairingsProps {
  /** My membership per network id; null until "my networks" has loaded. */
  statuses: ReadonlyMap<string, Status> | null;
  onJoined: () => void;
}

export function MyPairings({ statuses, onJoined }: MyPairingsProps) {
  const pairings = useQuery(getMyPairings);
  if (pairings.status === 'loading') return <LoadingPanel />;
  if (pairings.status === 'error') return <ApiErrorPanel error={pairings.error} onRetry={pairings.retry} />;
  if (pairings.data.pairings.length === 0) return <p>{t.mineEmpty}</p>;
  return <PairingList items={pairings.data.pairings} statuses={statuses} onJoined={onJoined} />;
}

/** School names come from the directory, fetched only when there is a pair to show. */
function PairingList({ items, statuses, onJoined }: { items: readonly Pairing[] } & MyPairingsProps) {
  const schools = useSchools();
  const names = useMemo(() => new Map(schools.status === 'success' ? schools.data.map((s) => [s.code, s.name] as const) : []), [schools]);
  // Without the directory the codes stand in for names: the pair is still worth showing.
  if (schools.status === 'loading') return <LoadingPanel />;
  return (
    <ul className="cards">
      {items.map((p) => (
        <PairingCard
          key={p.network.id}
          pairing={p}
          names={names}
          status={statuses ? (statuses.get(p.network.id) ?? null) : undefined}
          onJoined={onJoined}
        />
      ))}
    </ul>
  );
}

interface PairingCardProps {
  pairing: Pairing;
  names: ReadonlyMap<string, string>;
  status: Status | undefined;
  onJoined: () => void;
}

function PairingCard({ pairing, names, status, onJoined }: PairingCardProps) {
  const { network } = pairing;
  const schools = pairingSchools(pairing, names);
  const { type } = pairing;
  return (
    <li className="card">
      <h3>{schools.map((s) => s.name).join(' – ')}</h3>
      <p className="card-meta">{type ? t.types[type] : networkKindLabels[network.kind]}</p>
      {schools.map((s) => (s.role ? <p key={s.code}>{t.roleOf(t.roles[s.role], s.name)}</p> : null))}
      <JoinNetworkControl network={network} status={status} onJoined={onJoined} />
    </li>
  );
}
