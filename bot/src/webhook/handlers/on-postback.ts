// postback: button presses; data is a query string (action=…) validated before use.
import { memberDocId } from '@nithet/shared';
import { z } from 'zod';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { helpMessages, registerCard } from '../../replies/welcome-replies';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';

const postbackSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('register') }),
]);

export async function onPostback(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  const userId = event.source?.userId;
  const parsed = postbackSchema.safeParse(Object.fromEntries(new URLSearchParams(event.postback?.data ?? '')));
  if (!parsed.success) {
    log.warn({ data: (event.postback?.data ?? '').slice(0, 100) }, 'unknown postback');
    await sendReply(deps, event, helpMessages(false, false), log);
    return;
  }
  const member = userId ? await deps.repos.members.get(memberDocId(deps.config.AREA_ID, userId)) : null;
  const registered = member?.registeredAt != null;
  if (parsed.data.action === 'register') {
    await sendReply(deps, event, [registerCard(deps.config.LIFF_URL, registered)], log);
    return;
  }
  await sendReply(deps, event, helpMessages(registered, true), log);
}
