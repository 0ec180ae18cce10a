// A coordinator (or supervisor) approves or declines a pending request to join, once.
import { AppError } from '../../errors';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { assertCanManageNetwork, type Actor } from '../../auth/policy';
import type { Membership, Network } from '../../domain/network';
import { recordAudit } from '../audit/record-audit';
import { auditTh } from '../audit/audit-th';

export type Decision = 'approve' | 'decline';

export interface DecisionResult {
  network: Network;
  membership: Membership;
  /** False when someone had already decided: the second tap changes nothing. */
  changed: boolean;
}

export async function decideMembership(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  membershipId: string,
  decision: Decision,
): Promise<DecisionResult> {
  const current = await deps.repos.memberships.get(membershipId);
  if (!current || current.areaId !== actor.areaId) throw new AppError('membership/not-found', `No membership ${membershipId}`);
  const network = await deps.repos.networks.get(current.networkId);
  if (!network) throw new AppError('network/not-found', `No network ${current.networkId}`);
  assertCanManageNetwork(actor, network);
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const memberships = deps.repos.memberships.inTx(tx);
    const m = await memberships.get(membershipId);
    if (!m) throw new AppError('membership/not-found', `No membership ${membershipId}`);
    if (m.status !== 'pending') return { network, membership: m, changed: false };
    const membership: Membership =
      decision === 'approve' ? { ...m, status: 'active', joinedAt: now, updatedAt: now } : { ...m, status: 'declined', updatedAt: now };
    memberships.put(membership);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: m.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'membership',
      entityId: membershipId,
      action: 'status',
      summary: decision === 'approve' ? auditTh.membershipApproved(network.name) : auditTh.membershipDeclined(network.name),
      changes: [{ field: 'status', from: m.status, to: membership.status }],
    });
    return { network, membership, changed: true };
  });
}
