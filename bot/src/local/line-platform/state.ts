// Everything the fake LINE remembers: users, reply tokens, retry keys, chats, requests, faults.
import type { ChatEntry, DeliveryHow, Fault, LocalLineUser, RecordedRequest } from './types';
import { token } from './ids';

export const REPLY_TOKEN_TTL_MS = 60_000;
export const RETRY_KEY_TTL_MS = 24 * 60 * 60_000;

interface ReplyTokenInfo {
  chatId: string;
  issuedAt: number;
  used: boolean;
}

export interface AcceptedRetry {
  requestId: string;
  acceptedAt: number;
  /** Body of the accepted answer; a 409 for push repeats its sentMessages. */
  response: Record<string, unknown>;
}

interface ActiveFault extends Fault {
  remaining: number;
}

export class PlatformState {
  readonly users = new Map<string, LocalLineUser & { following: boolean; followingAtStart: boolean }>();
  readonly replyTokens = new Map<string, ReplyTokenInfo>();
  readonly retryKeys = new Map<string, AcceptedRetry>();
  readonly chats = new Map<string, ChatEntry[]>();
  readonly loadingUntil = new Map<string, number>();
  recorded: RecordedRequest[] = [];
  private faults: ActiveFault[] = [];
  private seq = 0;

  constructor(
    users: LocalLineUser[],
    readonly now: () => Date,
  ) {
    for (const u of users) this.addUser(u);
  }

  addUser(u: LocalLineUser): void {
    const following = u.following ?? true;
    this.users.set(u.userId, { ...u, following, followingAtStart: following });
  }

  /** Issues a reply token for an event sent into `chatId` (a user or group id). */
  issueReplyToken(chatId: string): string {
    const t = token(24);
    this.replyTokens.set(t, { chatId, issuedAt: this.now().getTime(), used: false });
    return t;
  }

  /** Consumes a reply token; returns its chat, or undefined when unknown, used or expired. */
  useReplyToken(t: string): string | undefined {
    const info = this.replyTokens.get(t);
    if (!info || info.used || this.now().getTime() - info.issuedAt > REPLY_TOKEN_TTL_MS) return undefined;
    info.used = true;
    return info.chatId;
  }

  acceptedRetry(key: string): AcceptedRetry | undefined {
    const hit = this.retryKeys.get(key);
    if (hit && this.now().getTime() - hit.acceptedAt <= RETRY_KEY_TTL_MS) return hit;
    return undefined;
  }

  append(chatId: string, entry: Omit<ChatEntry, 'seq' | 'time'>): void {
    const list = this.chats.get(chatId) ?? [];
    this.seq += 1;
    list.push({ ...entry, seq: this.seq, time: this.now() });
    this.chats.set(chatId, list);
  }

  deliver(chatId: string, how: DeliveryHow, messages: Record<string, unknown>[], requestId: string): boolean {
    const user = this.users.get(chatId);
    // LINE accepts pushes to users who blocked the bot but never shows them the message.
    const delivered = !chatId.startsWith('U') || (user?.following ?? false);
    for (const message of messages) this.append(chatId, { from: 'bot', how, message, delivered, requestId });
    this.loadingUntil.delete(chatId);
    return delivered;
  }

  addFault(f: Fault): void {
    this.faults.push({ ...f, remaining: f.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.faults = [];
  }

  /** Finds and uses up the first fault matching this request. */
  takeFault(method: string, path: string): Fault | undefined {
    const fault = this.faults.find(
      (f) =>
        f.remaining > 0 &&
        (!f.method || f.method.toUpperCase() === method) &&
        (typeof f.path === 'string' ? f.path === path : f.path.test(path)),
    );
    if (fault) fault.remaining -= 1;
    return fault;
  }

  reset(): void {
    // Users stay (tests add them in beforeAll); only their friendship goes back to how it started.
    for (const u of this.users.values()) u.following = u.followingAtStart;
    for (const m of [this.replyTokens, this.retryKeys, this.chats, this.loadingUntil]) m.clear();
    this.recorded = [];
    this.faults = [];
  }
}
