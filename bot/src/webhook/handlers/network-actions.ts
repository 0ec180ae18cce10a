// What the bot does for network commands and buttons: join, leave, my networks, browse, approve/decline.
import {
  AppError,
  memberDisplayName,
  browseNetworks,
  decideMembership,
  joinNetwork,
  leaveNetwork,
  loadActor,
  myNetworks,
  type Decision,
  type Member,
  type NetworkRef,
} from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { browseMessage, joinOutcomeText, joinRequestCard, myNetworksMessage, pendingRequestsMessage } from '../../replies/network-replies';
import { netTh } from '../../replies/network-th';
import { quickReplies, registerCard } from '../../replies/welcome-replies';
import { notifyDecision, notifyJoinRequest } from '../../notify/network-notifications';

const say = (deps: BotDeps, event: LineEvent, log: Logger, text: string) =>
  sendReply(deps, event, [{ type: 'text', text, quickReply: quickReplies(true) }], log);

/** Known, expected refusals become a Thai answer; anything else is a real failure for the dispatcher. */
async function answerAppError(deps: BotDeps, event: LineEvent, log: Logger, e: unknown): Promise<void> {
  if (!(e instanceof AppError) || e.status >= 500) throw e;
  log.info({ code: e.code }, 'network action refused');
  if (e.code === 'member/not-registered') {
    await sendReply(deps, event, [{ type: 'text', text: netTh.registerFirst }, registerCard(deps.config.LIFF_URL, false)], log);
    return;
  }
  await say(deps, event, log, e.thai);
}

export async function handleJoin(deps: BotDeps, event: LineEvent, log: Logger, member: Member, ref: NetworkRef | null): Promise<void> {
  if (!ref) return void (await say(deps, event, log, netTh.askCode));
  try {
    const result = await joinNetwork(deps, member, ref);
    await say(deps, event, log, joinOutcomeText(result.outcome, result.network));
    if (result.outcome === 'pending') await notifyJoinRequest(deps, result.network, result.membership, member);
  } catch (e) {
    await answerAppError(deps, event, log, e);
  }
}

export async function handleLeave(deps: BotDeps, event: LineEvent, log: Logger, member: Member, networkId: string): Promise<void> {
  try {
    const { network, left } = await leaveNetwork(deps, member, networkId);
    await say(deps, event, log, left ? netTh.left(network.name) : netTh.notMember(network.name));
  } catch (e) {
    await answerAppError(deps, event, log, e);
  }
}

export async function handleMyNetworks(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  await sendReply(deps, event, [myNetworksMessage(await myNetworks(deps.repos, member.id), deps.config.LIFF_URL)], log);
}

export async function handleBrowse(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  if (member.registeredAt === null)
    return answerAppError(deps, event, log, new AppError('member/not-registered', 'browse before registering'));
  await sendReply(deps, event, [browseMessage(await browseNetworks(deps.repos, member), deps.config.LIFF_URL)], log);
}

/** A coordinator's pending requests, as cards with approve/decline buttons (a free reply, not pushes). */
export async function handlePendingRequests(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  const actor = await loadActor(deps.repos, member);
  const networkIds = actor.roles.includes('supervisor') ? null : actor.coordinatorOf;
  const where = [
    { field: 'areaId', op: '==' as const, value: member.areaId },
    { field: 'status', op: '==' as const, value: 'pending' },
  ];
  const { items } = await deps.repos.memberships.list({ where });
  const mine = items.filter((m) => networkIds === null || networkIds.includes(m.networkId)).slice(0, 12);
  const [networks, people] = await Promise.all([
    deps.repos.networks.getMany(mine.map((m) => m.networkId)),
    deps.repos.members.getMany(mine.map((m) => m.memberId)),
  ]);
  const cards = mine.map((m, i) => {
    const who = people[i];
    return joinRequestCard({
      membershipId: m.id,
      who: who ? memberDisplayName(who) : '',
      school: who?.profile?.schoolCode ?? '',
      network: networks[i]?.name ?? '',
    });
  });
  await sendReply(deps, event, [pendingRequestsMessage(cards)], log);
}

export async function handleDecision(
  deps: BotDeps,
  event: LineEvent,
  log: Logger,
  member: Member,
  membershipId: string,
  decision: Decision,
): Promise<void> {
  try {
    const actor = await loadActor(deps.repos, member);
    const { network, membership, changed } = await decideMembership(deps, actor, membershipId, decision);
    if (!changed) return void (await say(deps, event, log, netTh.alreadyDecided));
    const requester = await deps.repos.members.get(membership.memberId);
    const who = requester ? memberDisplayName(requester) : '';
    await say(
      deps,
      event,
      log,
      decision === 'approve' ? netTh.approvedForCoordinator(who, network.name) : netTh.declinedForCoordinator(who, network.name),
    );
    await notifyDecision(deps, network, membership);
  } catch (e) {
    await answerAppError(deps, event, log, e);
  }
}
