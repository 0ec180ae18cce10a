// message: text commands in Thai and English, stickers, and silence in groups unless addressed.
import { memberDocId, recordFollow, type Member } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { helpMessages, registerCard, quickReplies, stickerReply } from '../../replies/welcome-replies';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { parseCommand } from './commands';
import { handleMyCertificates, handleMyTickets, handleUpcomingSeminars } from './seminar-actions';
import { handleMyForms } from './form-actions';
import { handleBrowse, handleJoin, handleMyNetworks, handlePendingRequests } from './network-actions';
import { onGroupMessage } from './on-group-message';

export async function onMessage(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  const source = event.source;
  if (!source) return;
  if (source.type !== 'user') return onGroupMessage(deps, event, log);
  const userId = source.userId;
  if (!userId) return;
  let member: Member | null = await deps.repos.members.get(memberDocId(deps.config.AREA_ID, userId));
  // People who followed before the bot was connected still get a Member on their first message.
  member ??= (await recordFollow(deps, { areaId: deps.config.AREA_ID, lineUserId: userId, displayName: '' })).member;
  const registered = member.registeredAt !== null;

  if (event.message?.type === 'sticker') return void (await sendReply(deps, event, stickerReply(registered), log));
  if (event.message?.type !== 'text') return void (await sendReply(deps, event, helpMessages(registered, false), log));

  const command = parseCommand(event.message.text ?? '');
  switch (command.name) {
    case 'register':
      return void (await sendReply(
        deps,
        event,
        [{ ...registerCard(deps.config.LIFF_URL, registered), quickReply: quickReplies(registered) }],
        log,
      ));
    case 'help':
      return void (await sendReply(deps, event, helpMessages(registered, true), log));
    case 'join':
      return handleJoin(deps, event, log, member, command.code ? { code: command.code } : null);
    case 'my-networks':
    case 'leave':
      return handleMyNetworks(deps, event, log, member);
    case 'browse':
      return handleBrowse(deps, event, log, member);
    case 'requests':
      return handlePendingRequests(deps, event, log, member);
    case 'seminars':
      return handleUpcomingSeminars(deps, event, log, member);
    case 'tickets':
      return handleMyTickets(deps, event, log, member);
    case 'forms':
      return handleMyForms(deps, event, log, member);
    case 'certificates':
      return handleMyCertificates(deps, event, log, member);
    default:
      return void (await sendReply(deps, event, helpMessages(registered, false), log));
  }
}
