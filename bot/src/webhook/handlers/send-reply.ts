// Sends a reply with the event's token; when the token is no longer valid (a late redelivery), falls
// back to one push — only in a one-to-one chat, to someone who may receive pushes.
import { canReceivePush, memberDocId } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { retryKeyFor, type LineMessage } from '../../line/messenger';
import { oneToOneUser, type LineEvent } from '../event-types';

export async function sendReply(deps: BotDeps, event: LineEvent, messages: LineMessage[], log: Logger): Promise<boolean> {
  if (!event.replyToken) return false;
  const result = await deps.messenger.reply(event.replyToken, messages);
  if (result.ok) return true;
  log.warn({ status: result.status, line: result.message.slice(0, 300) }, 'reply failed');
  const userId = oneToOneUser(event);
  if (result.status !== 400 || !/reply token/i.test(result.message) || !userId || !event.webhookEventId) return false;
  const member = await deps.repos.members.get(memberDocId(deps.config.AREA_ID, userId));
  if (!member || !canReceivePush(member)) return false;
  const pushed = await deps.messenger.push(userId, messages, retryKeyFor(`reply-fallback:${event.webhookEventId}`));
  log.info({ ok: pushed.ok }, 'reply token expired; answered with a push');
  return pushed.ok;
}
