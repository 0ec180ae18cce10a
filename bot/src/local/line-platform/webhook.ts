// Builds webhook bodies shaped exactly like LINE's, signs them and POSTs them to the bot.
import { createHmac } from 'node:crypto';
import type { SimEvent } from './types';
import { messageId, token, ulid } from './ids';

const REPLIABLE = new Set(['message', 'follow', 'join', 'postback', 'memberJoined', 'beacon', 'accountLink', 'things']);

export interface BuiltEvent {
  event: Record<string, unknown>;
  webhookEventId: string;
  /** The chat the event happened in: the group id, or the user id for 1:1. */
  chatId: string;
  repliable: boolean;
}

function source(userId: string | undefined, e: SimEvent): Record<string, unknown> {
  if (e.groupId) return { type: 'group', groupId: e.groupId, ...(e.omitUserId || !userId ? {} : { userId }) };
  return { type: 'user', userId };
}

function specific(e: SimEvent, wasBlocked: boolean): Record<string, unknown> {
  switch (e.type) {
    case 'message':
      return { type: 'message', message: { id: messageId(), type: 'text', quoteToken: token(32), text: e.text } };
    case 'sticker':
      return {
        type: 'message',
        message: {
          id: messageId(),
          type: 'sticker',
          quoteToken: token(32),
          packageId: e.packageId,
          stickerId: e.stickerId,
          stickerResourceType: 'STATIC',
        },
      };
    case 'postback':
      return { type: 'postback', postback: { data: e.data, ...(e.params ? { params: e.params } : {}) } };
    case 'follow':
      return { type: 'follow', follow: { isUnblocked: wasBlocked } };
    case 'raw':
      return e.event;
    default:
      return { type: e.type };
  }
}

/** Turns a simulated action into a LINE webhook event (reply token issued by the caller). */
export function buildEvent(userId: string | undefined, e: SimEvent, nowMs: number, wasBlocked: boolean): BuiltEvent {
  const webhookEventId = ulid(nowMs);
  const body = specific(e, wasBlocked);
  const event: Record<string, unknown> = {
    type: body.type,
    mode: 'active',
    timestamp: nowMs,
    source: source(userId, e),
    webhookEventId,
    deliveryContext: { isRedelivery: false },
    ...body,
  };
  const type = String(event.type);
  const repliable = e.type === 'raw' ? (e.repliable ?? REPLIABLE.has(type)) : REPLIABLE.has(type);
  return { event, webhookEventId: String(event.webhookEventId), chatId: e.groupId ?? userId ?? '', repliable };
}

export function sign(channelSecret: string, rawBody: string): string {
  return createHmac('sha256', channelSecret).update(rawBody).digest('base64');
}

/** POSTs a raw body to the bot; network failures come back as status 0 instead of throwing. */
export async function postWebhook(
  url: string | undefined,
  rawBody: string,
  headers: Record<string, string>,
): Promise<{ status: number; body: string }> {
  if (!url) return { status: 0, body: 'no webhook URL set on the local LINE platform' };
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'LineBotWebhook/2.0', ...headers },
      body: rawBody,
      signal: AbortSignal.timeout(30_000),
    });
    return { status: res.status, body: await res.text() };
  } catch (err) {
    return { status: 0, body: err instanceof Error ? err.message : String(err) };
  }
}
