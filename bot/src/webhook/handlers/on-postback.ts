// postback: button presses; data is a query string (action=…) validated with zod before use.
import { memberDocId, recordFollow } from '@nithet/shared';
import { z } from 'zod';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import { helpMessages, registerCard } from '../../replies/welcome-replies';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { handleDecision, handleJoin, handleLeave, handleMyNetworks } from './network-actions';
import { handleRsvp } from './seminar-actions';

const id = z.string().min(1).max(200);
const postbackSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('help') }),
  z.object({ action: z.literal('register') }),
  z.object({ action: z.literal('my-networks') }),
  z.object({ action: z.literal('join'), n: id }),
  z.object({ action: z.literal('leave'), n: id }),
  z.object({ action: z.literal('approve'), m: id }),
  z.object({ action: z.literal('decline'), m: id }),
  z.object({ action: z.literal('rsvp'), s: id, v: z.enum(['going', 'not-going']) }),
]);

export async function onPostback(deps: BotDeps, event: LineEvent, log: Logger): Promise<void> {
  const userId = event.source?.userId;
  const parsed = postbackSchema.safeParse(Object.fromEntries(new URLSearchParams(event.postback?.data ?? '')));
  if (!parsed.success || !userId) {
    log.warn({ data: (event.postback?.data ?? '').slice(0, 100) }, 'unknown postback');
    await sendReply(deps, event, helpMessages(false, false), log);
    return;
  }
  const member =
    (await deps.repos.members.get(memberDocId(deps.config.AREA_ID, userId))) ??
    (await recordFollow(deps, { areaId: deps.config.AREA_ID, lineUserId: userId, displayName: '' })).member;
  const registered = member.registeredAt !== null;
  const p = parsed.data;
  switch (p.action) {
    case 'register':
      return void (await sendReply(deps, event, [registerCard(deps.config.LIFF_URL, registered)], log));
    case 'my-networks':
      return handleMyNetworks(deps, event, log, member);
    case 'join':
      return handleJoin(deps, event, log, member, { networkId: p.n });
    case 'leave':
      return handleLeave(deps, event, log, member, p.n);
    case 'approve':
    case 'decline':
      return handleDecision(deps, event, log, member, p.m, p.action);
    case 'rsvp':
      return handleRsvp(deps, event, log, member, p.s, p.v);
    default:
      return void (await sendReply(deps, event, helpMessages(registered, true), log));
  }
}
