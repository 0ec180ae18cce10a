// A member joins a network by id or by its join code; open networks accept at once, others wait for a coordinator.
import { AppError } from '../../errors';
import type { Clock } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { COLLECTIONS } from '../../store/collections';
import { joinCode as joinCodeSchema, joinCodeDocId, membershipDocId, type Membership, type Network } from '../../domain/network';
import type { Member } from '../../domain/member';
import { joinTransition, type JoinOutcome } from './membership-rules';

export interface JoinResult {
  network: Network;
  membership: Membership;
  outcome: JoinOutcome;
}

export type NetworkRef = { networkId: string } | { code: string };

/** Finds an active network of the member's office from an id or a join code, with friendly errors. */
export async function resolveNetwork(repos: Repositories, areaId: string, ref: NetworkRef): Promise<Network> {
  let networkId: string;
  if ('code' in ref) {
    const code = joinCodeSchema.safeParse(ref.code);
    const entry = code.success ? await repos.store.get(COLLECTIONS.joinCodes, joinCodeDocId(areaId, code.data)) : null;
    if (!entry || typeof entry.networkId !== 'string')
      throw new AppError('network/unknown-code', `Unknown join code ${ref.code.slice(0, 20)}`);
    networkId = entry.networkId;
  } else {
    networkId = ref.networkId;
  }
  const network = await repos.networks.get(networkId);
  if (!network || network.areaId !== areaId) throw new AppError('network/not-found', `No network ${networkId} in ${areaId}`);
  if (network.status === 'archived') throw new AppError('network/archived', `Network ${networkId} is archived`);
  return network;
}

export async function joinNetwork(deps: { repos: Repositories; clock: Clock }, member: Member, ref: NetworkRef): Promise<JoinResult> {
  if (member.registeredAt === null) throw new AppError('member/not-registered', 'Member must register before joining');
  const network = await resolveNetwork(deps.repos, member.areaId, ref);
  const id = membershipDocId(network.id, member.id);
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const memberships = deps.repos.memberships.inTx(tx);
    const existing = await memberships.get(id);
    const next = joinTransition(network, existing);
    if (!next.changed && existing) return { network, membership: existing, outcome: next.outcome };
    const membership: Membership = {
      id,
      areaId: network.areaId,
      networkId: network.id,
      memberId: member.id,
      role: existing?.role ?? 'member',
      status: next.status,
      joinedAt: next.status === 'active' ? now : null,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    };
    memberships.put(membership);
    return { network, membership, outcome: next.outcome };
  });
}

/** Leaving is one tap; leaving a network one is not in changes nothing. */
export async function leaveNetwork(
  deps: { repos: Repositories; clock: Clock },
  member: Member,
  networkId: string,
): Promise<{ network: Network; left: boolean }> {
  const network = await deps.repos.networks.get(networkId);
  if (!network || network.areaId !== member.areaId) throw new AppError('network/not-found', `No network ${networkId}`);
  const id = membershipDocId(network.id, member.id);
  const now = deps.clock.now().toISOString();
  const left = await deps.repos.store.runTransaction(async (tx) => {
    const memberships = deps.repos.memberships.inTx(tx);
    const existing = await memberships.get(id);
    if (!existing || (existing.status !== 'active' && existing.status !== 'pending')) return false;
    memberships.put({ ...existing, status: 'left', updatedAt: now });
    return true;
  });
  return { network, left };
}
