// A network's join (or request) button with how it went, its error, and the member / pending tag once in.
import { useEffect } from 'react';
import type { BrowseNetworksResponse, NetworkView } from '@nithet/shared';
import { th } from '../../../i18n/th';
import { navigate } from '../../../lib/navigation';
import { withNext } from '../../../lib/next-route';
import { useAction } from '../../../lib/use-action';
import { joinNetwork } from '../api/join-network';
import { joinOutcomeMessage } from '../join-outcome';

type Status = BrowseNetworksResponse['networks'][number]['myStatus'];

interface JoinNetworkControlProps {
  network: NetworkView;
  /** My membership; undefined while not known yet (no button, but an outcome already shown stays). */
  status: Status | undefined;
  onJoined: () => void;
}

export function JoinNetworkControl({ network, status, onJoined }: JoinNetworkControlProps) {
  const join = useAction(joinNetwork);
  const done = join.state.status === 'done' ? join.state.data : null;
  const shown = done ? done.membership.status : status;
  const approval = network.joinPolicy === 'approval';

  const onJoin = async () => {
    const result = await join.run(network.id);
    if (result) onJoined();
  };
  const error = join.state.status === 'error' ? join.state.error : null;
  const mustRegister = error?.code === 'member/not-registered';
  useEffect(() => {
    if (mustRegister) navigate(withNext('/register', '/networks'));
  }, [mustRegister]);

  return (
    <>
      <p className="hint" role="status">
        {done ? joinOutcomeMessage(done.outcome, network.name) : ''}
      </p>
      {error && !mustRegister ? (
        <p className="field-error" role="alert">
          {error.thaiMessage}
        </p>
      ) : null}
      {shown === 'active' ? <p className="tag tag-member">{th.networks.alreadyActive}</p> : null}
      {shown === 'pending' ? <p className="tag tag-pending">{th.networks.alreadyPending}</p> : null}
      {shown !== undefined && shown !== 'active' && shown !== 'pending' ? (
        <button
          type="button"
          className="button"
          disabled={join.running}
          aria-label={approval ? th.networks.requestNamed(network.name) : th.networks.joinNamed(network.name)}
          onClick={() => void onJoin()}
        >
          {approval ? th.networks.request : th.networks.join}
        </button>
      ) : null}
    </>
  );
}
