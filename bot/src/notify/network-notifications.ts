// Pushes about networks: join requests to coordinators, decisions to the requester — only to reachable, consenting people.
import {
  canReceivePush,
  memberDisplayName,
  networkCoordinators,
  schoolDocId,
  type Member,
  type Membership,
  type Network,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { retryKeyFor } from '../line/messenger';
import { joinRequestCard } from '../replies/network-replies';
import { netTh } from '../replies/network-th';

export const displayName = (m: Member): string =>
  m.profile ? `${m.profile.title}${m.profile.firstName} ${m.profile.lastName}` : m.displayName || 'สมาชิก';

async function approvers(deps: BotDeps, network: Network): Promise<Member[]> {
  const ids = await networkCoordinators(deps.repos, network.id);
  const coordinators = (await deps.repos.members.getMany(ids)).filter((m): m is Member => !!m);
  if (coordinators.length > 0) return coordinators;
  // A network without a coordinator still gets an answer: the office's supervisors decide.
  const { items } = await deps.repos.members.list({
    where: [
      { field: 'areaId', op: '==', value: network.areaId },
      { field: 'roles', op: 'array-contains', value: 'supervisor' },
    ],
  });
  return items;
}

/** One card per approver (pushes cost the office: only approvers who can receive them get one). */
export async function notifyJoinRequest(deps: BotDeps, network: Network, membership: Membership, requester: Member): Promise<number> {
  const school = requester.profile ? await deps.repos.schools.get(schoolDocId(requester.areaId, requester.profile.schoolCode)) : null;
  const card = joinRequestCard({
    membershipId: membership.id,
    who: memberDisplayName(requester),
    school: school?.name ?? '',
    network: network.name,
  });
  let sent = 0;
  for (const approver of (await approvers(deps, network)).filter(canReceivePush)) {
    const result = await deps.messenger.push(
      approver.lineUserId,
      [card],
      retryKeyFor(`join-request:${membership.id}:${membership.updatedAt}:${approver.id}`),
    );
    if (result.ok) sent += 1;
    else deps.logger.warn({ status: result.status, membershipId: membership.id }, 'join request push failed');
  }
  return sent;
}

export async function notifyDecision(deps: BotDeps, network: Network, membership: Membership): Promise<boolean> {
  const member = await deps.repos.members.get(membership.memberId);
  if (!member || !canReceivePush(member)) return false;
  const text = membership.status === 'active' ? netTh.approvedForMember(network.name) : netTh.declinedForMember(network.name);
  const result = await deps.messenger.push(
    member.lineUserId,
    [{ type: 'text', text }],
    retryKeyFor(`decision:${membership.id}:${membership.updatedAt}`),
  );
  return result.ok;
}
