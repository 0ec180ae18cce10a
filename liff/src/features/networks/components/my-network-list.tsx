// My networks with their status, a link to manage the ones I coordinate, and leaving with a confirm step.
import { useState } from 'react';
import { formatThaiDate, networkKindLabels, type MyNetworksResponse } from '@nithet/shared';
import { AppLink } from '../../../components/app-link';
import { ConfirmAction } from '../../../components/confirm-action';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { leaveNetwork } from '../api/join-network';
import { myStatus } from '../membership-status';

type Item = MyNetworksResponse['networks'][number];
const n = th.networks;

interface MyNetworkListProps {
  items: readonly Item[];
  /** Networks left on this page (the list is not fetched again, so focus stays put). */
  left: ReadonlySet<string>;
  onLeft: (networkId: string) => void;
}

export function MyNetworkList({ items, left, onLeft }: MyNetworkListProps) {
  const [notice, setNotice] = useState('');
  const shown = items.filter((i) => !left.has(i.network.id));
  return (
    <>
      <p className="hint" role="status">
        {notice}
      </p>
      {shown.length === 0 ? <p>{th.networks.mineEmpty}</p> : null}
      <ul className="cards">
        {shown.map((item) => (
          <MyNetworkCard
            key={item.network.id}
            item={item}
            onLeft={(message) => {
              setNotice(message);
              onLeft(item.network.id);
              document.getElementById('mine-heading')?.focus();
            }}
          />
        ))}
      </ul>
    </>
  );
}

function MyNetworkCard({ item, onLeft }: { item: Item; onLeft: (message: string) => void }) {
  const { network, membership } = item;
  const status = myStatus(membership);
  const pending = status === 'pending';
  const leave = useAction(leaveNetwork);
  const headingId = `mine-${network.id}`;
  return (
    <li className="card">
      <h3 id={headingId}>{network.name}</h3>
      <p className="card-meta">{networkKindLabels[network.kind]}</p>
      <p>
        <span className="visually-hidden">{th.networks.statusLabel}: </span>
        <span className={`tag tag-${status}`}>{th.networks.status[status]}</span>
        {membership.joinedAt ? <span className="card-meta"> {th.networks.joinedAt(formatThaiDate(membership.joinedAt))}</span> : null}
      </p>
      <ActionError state={leave.state} />
      <div className="actions">
        {status === 'coordinator' ? (
          <AppLink to={`/networks/manage/${encodeURIComponent(network.id)}`} className="button">
            {th.networks.manage}
          </AppLink>
        ) : null}
        {pending ? null : (
          <AppLink
            to={`/networks/${encodeURIComponent(network.id)}/library`}
            className="button button-secondary"
            label={`${th.networkLog.toLibrary} ${network.name}`}
          >
            {th.networkLog.toLibrary}
          </AppLink>
        )}
        <ConfirmAction
          label={pending ? n.cancelRequest : n.leave}
          accessibleLabel={`${pending ? n.cancelRequest : n.leave} ${network.name}`}
          question={pending ? n.cancelConfirm(network.name) : n.leaveConfirm(network.name)}
          confirmLabel={pending ? n.cancelYes : n.leaveYes}
          busy={leave.running}
          onConfirm={() => void leave.run(network.id).then((r) => r && onLeft(pending ? n.cancelled(network.name) : n.left(network.name)))}
        />
      </div>
    </li>
  );
}
