// message: text commands in Thai and English, stickers, and silence in groups unless addressed.
import { memberDocId, recordFollow } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { helpMessages, registerCard, quickReplies, stickerReply } from '../../replies/welcome-replies';
import { type LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { parseCommand } from './commands';

/** In groups and rooms the bot speaks only when mentioned or when the text starts with "/". */
function addressedInGroup(event: LineEvent): boolean {
  const text = event.message?.text ?? '';
  const mentioned = event.message?.mention?.mentionees?.some((m) => m.isSelf === true) ?? false;
  return mentioned || text.trimStart().startsWith('/');
}

export async function onMessage(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  const source = event.source;
  if (!source) return;
  if (source.type !== 'user') {
    if (!addressedInGroup(event)) return;
    await sendReply(deps, event, helpMessages(false, true), log);
    return;
  }
  const userId = source.userId;
  if (!userId) return;
  let member = await deps.repos.members.get(memberDocId(deps.config.AREA_ID, userId));
  // People who followed before the bot was connected still get a Member on their first message.
  member ??= (await recordFollow(deps, { areaId: deps.config.AREA_ID, lineUserId: userId, displayName: '' })).member;
  const registered = member.registeredAt !== null;

  if (event.message?.type === 'sticker') {
    await sendReply(deps, event, stickerReply(registered), log);
    return;
  }
  if (event.message?.type !== 'text') {
    await sendReply(deps, event, helpMessages(registered, false), log);
    return;
  }
  const command = parseCommand(event.message.text ?? '');
  switch (command) {
    case 'register':
      await sendReply(deps, event, [{ ...registerCard(deps.config.LIFF_URL, registered), quickReply: quickReplies(registered) }], log);
      return;
    case 'help':
      await sendReply(deps, event, helpMessages(registered, true), log);
      return;
    default:
      await sendReply(deps, event, helpMessages(registered, false), log);
  }
}
