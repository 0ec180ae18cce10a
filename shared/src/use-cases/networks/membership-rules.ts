// Pure rules of network membership: what joining, leaving and deciding do to a membership.
import type { Membership, Network } from '../../domain/network';

export type JoinOutcome = 'joined' | 'pending' | 'already-member' | 'already-pending';

/** Joining twice changes nothing; a person who left or was declined may ask again. */
export function joinTransition(
  network: Pick<Network, 'joinPolicy'>,
  existing: Pick<Membership, 'status'> | null,
): { status: Membership['status']; outcome: JoinOutcome; changed: boolean } {
  if (existing?.status === 'active') return { status: 'active', outcome: 'already-member', changed: false };
  if (existing?.status === 'pending') return { status: 'pending', outcome: 'already-pending', changed: false };
  return network.joinPolicy === 'open'
    ? { status: 'active', outcome: 'joined', changed: true }
    : { status: 'pending', outcome: 'pending', changed: true };
}
