// Networks that suit me, filtered by kind, each with its labels and a join (or request) button.
import { useId, useState } from 'react';
import {
  educationLevelLabels,
  joinPolicyLabels,
  networkKindLabels,
  networkKinds,
  networkLevelLabels,
  type BrowseNetworksResponse,
  type NetworkKind,
} from '@nithet/shared';
import { SelectFilter } from '../../../components/select-filter';
import { th } from '../../../i18n/th';
import { JoinNetworkControl } from './join-network-control';

type Item = BrowseNetworksResponse['networks'][number];
const kindOptions = networkKinds.map((k) => ({ value: k, label: networkKindLabels[k] }));

interface BrowseNetworksProps {
  items: readonly Item[];
  left: ReadonlySet<string>;
  onJoined: () => void;
}

export function BrowseNetworks({ items, left, onJoined }: BrowseNetworksProps) {
  const [kind, setKind] = useState<NetworkKind | ''>('');
  const id = useId();
  const shown = kind ? items.filter((i) => i.network.kind === kind) : items;
  return (
    <>
      <SelectFilter
        label={th.networks.kindFilter}
        anyLabel={th.networks.allKinds}
        value={kind}
        options={kindOptions}
        describedBy={`${id}-count`}
        onChange={(v) => setKind(v as NetworkKind | '')}
      />
      <p id={`${id}-count`} className="hint" role="status">
        {shown.length === 0 ? th.networks.browseEmpty : th.networks.browseCount(shown.length)}
      </p>
      <ul className="cards">
        {shown.map((item) => (
          <BrowseCard key={item.network.id} item={item} wasLeft={left.has(item.network.id)} onJoined={onJoined} />
        ))}
      </ul>
    </>
  );
}

function BrowseCard({ item, wasLeft, onJoined }: { item: Item; wasLeft: boolean; onJoined: () => void }) {
  const { network } = item;
  return (
    <li className="card">
      <h3>{network.name}</h3>
      {network.description ? <p>{network.description}</p> : null}
      <ul className="tags" aria-label={network.name}>
        <li className="tag">{networkKindLabels[network.kind]}</li>
        <li className="tag">{networkLevelLabels[network.level]}</li>
        <li className="tag">{joinPolicyLabels[network.joinPolicy]}</li>
      </ul>
      <p className="card-meta">
        {th.networks.levels}:{' '}
        {network.levels.length ? network.levels.map((l) => educationLevelLabels[l]).join(', ') : th.networks.allLevels}
      </p>
      <JoinNetworkControl network={network} status={wasLeft ? null : item.myStatus} onJoined={onJoined} />
    </li>
  );
}
