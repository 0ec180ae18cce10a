// Messages in groups and rooms: the bot speaks only when mentioned or addressed with "/"; a coordinator links the group.
import { AppError, loadActor, memberDocId, resolveNetwork } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { parseCommand } from './commands';
import { netTh } from '../../replies/network-th';

function addressed(event: LineEvent): boolean {
  const text = event.message?.text ?? '';
  const mentioned = event.message?.mention?.mentionees?.some((m) => m.isSelf === true) ?? false;
  return mentioned || text.trimStart().startsWith('/');
}

export async function onGroupMessage(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  if (event.message?.type !== 'text' || !addressed(event)) return;
  const say = (text: string) => sendReply(deps, event, [{ type: 'text', text }], log);
  const text = (event.message.text ?? '').replace(/@\S+\s*/g, '');
  const command = parseCommand(text);
  if (command.name !== 'link-group' || !command.code) return void (await say(netTh.groupHelp));

  const groupId = event.source?.groupId ?? event.source?.roomId;
  const userId = event.source?.userId;
  // LINE leaves out the sender when they have not allowed it: then nobody can be checked, so nothing changes.
  if (!userId || !groupId) return void (await say(netTh.groupUnknownSender));
  const member = await deps.repos.members.get(memberDocId(deps.config.AREA_ID, userId));
  if (!member) return void (await say(netTh.groupNeedsCoordinator));
  try {
    const network = await resolveNetwork(deps.repos, member.areaId, { code: command.code });
    const actor = await loadActor(deps.repos, member);
    if (!actor.coordinatorOf.includes(network.id) && !actor.roles.includes('supervisor'))
      return void (await say(netTh.groupNeedsCoordinator));
    await deps.repos.networks.put({ ...network, lineGroupId: groupId, updatedAt: deps.clock.now().toISOString() });
    await say(netTh.groupLinked(network.name));
  } catch (e) {
    if (e instanceof AppError && e.status < 500) return void (await say(e.thai));
    throw e;
  }
}
