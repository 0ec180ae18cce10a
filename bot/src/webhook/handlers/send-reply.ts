// Sends a reply with the event's token; a failed reply is logged, never retried (tokens are single-use).
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import type { LineMessage } from '../../line/messenger';
import type { LineEvent } from '../event-types';

export async function sendReply(deps: BotDeps, event: LineEvent, messages: LineMessage[], log: Logger): Promise<boolean> {
  if (!event.replyToken) return false;
  const result = await deps.messenger.reply(event.replyToken, messages);
  if (!result.ok) log.warn({ status: result.status, line: result.message.slice(0, 300) }, 'reply failed');
  return result.ok;
}
