// The LINE Messaging API adapter: reply, push, multicast, profile, loading animation — through a configurable base URL.
import type { messagingApi } from '@line/bot-sdk';
import { createHash } from 'node:crypto';
import { createLineHttp, LineHttpError } from './line-http';

export type LineMessage = messagingApi.Message;

export interface LineProfile {
  userId: string;
  displayName: string;
  pictureUrl?: string;
}

export type SendResult = { ok: true } | { ok: false; status: number; message: string; retryable: boolean };

/** What the rest of the bot needs from LINE; one implementation, pointed at LINE or the local platform. */
export interface Messenger {
  reply(replyToken: string, messages: LineMessage[]): Promise<SendResult>;
  push(to: string, messages: LineMessage[], retryKey: string): Promise<SendResult>;
  /** Up to 500 user ids, up to 5 messages; a 409 for a known retry key counts as sent. */
  multicast(to: string[], messages: LineMessage[], retryKey: string): Promise<SendResult>;
  getProfile(userId: string): Promise<LineProfile | null>;
  showLoading(userId: string, seconds: number): Promise<void>;
  /** This month's quota (null limit = unlimited) and what is used so far; null when LINE does not answer. */
  getQuota(): Promise<MessageQuota | null>;
}

export interface MessageQuota {
  limit: number | null;
  used: number;
}

export interface MessengerOptions {
  channelAccessToken: string;
  apiBaseUrl: string;
  timeoutMs: number;
}

/** A deterministic UUID (v5-shaped) from a stable key, for X-Line-Retry-Key on retried jobs. */
export function retryKeyFor(key: string): string {
  const h = createHash('sha1').update(`nithet:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

function toResult(e: unknown): SendResult {
  if (e instanceof LineHttpError) {
    // 409 = this retry key was already accepted: the message went out once, which is what we want.
    if (e.status === 409) return { ok: true };
    return { ok: false, status: e.status, message: e.body, retryable: e.status === 429 || e.status >= 500 };
  }
  return { ok: false, status: 0, message: e instanceof Error ? e.message : String(e), retryable: true };
}

const json = <T>(res: { body: string }): T => (res.body ? JSON.parse(res.body) : null) as T;

export function createLineMessenger(options: MessengerOptions): Messenger {
  const call = createLineHttp({
    baseUrl: options.apiBaseUrl,
    channelAccessToken: options.channelAccessToken,
    timeoutMs: options.timeoutMs,
  });
  const retryHeader = (retryKey: string) => ({ 'x-line-retry-key': retryKey });
  return {
    async reply(replyToken, messages) {
      try {
        await call('POST', '/v2/bot/message/reply', { replyToken, messages });
        return { ok: true };
      } catch (e) {
        const r = toResult(e);
        // A reply is never retried: the token is single-use and its outcome is unknown after a timeout.
        return r.ok ? r : { ...r, retryable: false };
      }
    },
    async push(to, messages, retryKey) {
      try {
        await call('POST', '/v2/bot/message/push', { to, messages }, retryHeader(retryKey));
        return { ok: true };
      } catch (e) {
        return toResult(e);
      }
    },
    async multicast(to, messages, retryKey) {
      try {
        await call('POST', '/v2/bot/message/multicast', { to, messages }, retryHeader(retryKey));
        return { ok: true };
      } catch (e) {
        return toResult(e);
      }
    },
    async getProfile(userId) {
      try {
        const p = json<messagingApi.UserProfileResponse>(await call('GET', `/v2/bot/profile/${encodeURIComponent(userId)}`));
        return { userId: p.userId, displayName: p.displayName, ...(p.pictureUrl ? { pictureUrl: p.pictureUrl } : {}) };
      } catch (e) {
        if (e instanceof LineHttpError && e.status === 404) return null;
        throw e;
      }
    },
    async getQuota() {
      try {
        const [quota, consumption] = await Promise.all([
          call('GET', '/v2/bot/message/quota').then(json<messagingApi.MessageQuotaResponse>),
          call('GET', '/v2/bot/message/quota/consumption').then(json<messagingApi.QuotaConsumptionResponse>),
        ]);
        return { limit: quota.type === 'limited' ? (quota.value ?? 0) : null, used: consumption.totalUsage };
      } catch {
        return null; // the preview says "unknown" rather than failing the send screen
      }
    },
    async showLoading(userId, seconds) {
      await call('POST', '/v2/bot/chat/loading/start', { chatId: userId, loadingSeconds: seconds }).catch(() => undefined);
    },
  };
}
