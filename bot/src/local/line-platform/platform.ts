// The programmatic face of the local LINE platform: send events as people, inspect what the bot did.
import type { Server } from 'node:http';
import type { PlatformContext } from './context';
import type {
  DeliveredMessage,
  Fault,
  LocalLineUser,
  MessageQuota,
  MintIdTokenOptions,
  RandomFailures,
  RateLimitOverrides,
  RecordedRequest,
  SendEventResult,
  SimEvent,
} from './types';
import { buildEvent, postWebhook, sign } from './webhook';

const DEFAULT_ID_TOKEN_SECONDS = 3600;

/** How the person's own action shows in their chat (LINE shows a postback's displayText as their message). */
function ownEntry(e: SimEvent): Record<string, unknown> | undefined {
  switch (e.type) {
    case 'message':
      return { type: 'text', text: e.text };
    case 'sticker':
      return { type: 'sticker', packageId: e.packageId, stickerId: e.stickerId };
    case 'postback':
      return e.displayText ? { type: 'text', text: e.displayText } : undefined;
    case 'raw':
      return undefined;
    default:
      return { type: 'event', event: e.type };
  }
}

export class LocalLinePlatform {
  readonly botUserId: string;
  private readonly blockedOnce = new Set<string>();

  constructor(
    readonly url: string,
    private readonly ctx: PlatformContext,
    private readonly server: Server,
  ) {
    this.botUserId = ctx.opts.botUserId ?? '';
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
  }

  setWebhookUrl(url: string | undefined): void {
    this.ctx.opts.webhookUrl = url;
  }

  addUser(user: LocalLineUser): void {
    this.ctx.state.addUser(user);
  }

  users(): Array<LocalLineUser & { following: boolean }> {
    return [...this.ctx.state.users.values()].map(({ followingAtStart: _, ...u }) => u);
  }

  /** Sends one webhook event as `userId` (in their 1:1 chat, or in `event.groupId`). */
  async sendEvent(userId: string, event: SimEvent): Promise<SendEventResult> {
    const { state } = this.ctx;
    const user = state.users.get(userId);
    if (!user) throw new Error(`Unknown LINE user ${userId}: add it with addUser() first`);
    const built = buildEvent(userId, event, state.now().getTime(), this.blockedOnce.has(userId));
    if (event.type === 'follow' && !event.groupId) user.following = true;
    if (event.type === 'unfollow' && !event.groupId) {
      user.following = false;
      this.blockedOnce.add(userId);
    }
    let replyToken: string | undefined;
    if (built.repliable) {
      replyToken = state.issueReplyToken(built.chatId);
      built.event.replyToken = replyToken;
    }
    const own = ownEntry(event);
    if (own) state.append(built.chatId, { from: 'user', userId, message: own, delivered: true });
    const raw = JSON.stringify({ destination: this.botUserId, events: [built.event] });
    const answer = await this.postRawWebhook(raw);
    return { ...answer, webhookEventId: built.webhookEventId, ...(replyToken ? { replyToken } : {}) };
  }

  /** POSTs a hand-made body to the bot, signed unless `headers` brings its own x-line-signature. */
  postRawWebhook(body: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
    return postWebhook(this.ctx.opts.webhookUrl, body, { 'x-line-signature': sign(this.ctx.opts.channelSecret, body), ...headers });
  }

  /** Issues a reply token for a chat, as if an event had arrived (for hand-made webhook bodies). */
  issueReplyToken(chatId: string): string {
    return this.ctx.state.issueReplyToken(chatId);
  }

  requests(): RecordedRequest[] {
    return [...this.ctx.state.recorded];
  }

  /** Bot messages that reached a chat, oldest first; pushes to blocking users only with includeUndelivered. */
  messagesTo(chatId: string, opts: { includeUndelivered?: boolean } = {}): DeliveredMessage[] {
    return (this.ctx.state.chats.get(chatId) ?? [])
      .filter((e) => e.from === 'bot' && (e.delivered || opts.includeUndelivered))
      .map(({ how, message, delivered, requestId, time }) => ({
        how: how ?? 'push',
        message,
        delivered,
        time,
        ...(requestId ? { requestId } : {}),
      }));
  }

  mintIdToken(userId: string, opts: MintIdTokenOptions = {}): string {
    const user = this.ctx.state.users.get(userId);
    if (!user) throw new Error(`Unknown LINE user ${userId}`);
    const iat = Math.floor(this.ctx.state.now().getTime() / 1000);
    return this.ctx.idTokens.mint({
      iss: 'https://access.line.me',
      sub: userId,
      aud: opts.audience ?? this.ctx.opts.loginChannelId,
      exp: iat + (opts.expiresInSeconds ?? DEFAULT_ID_TOKEN_SECONDS),
      iat,
      ...(opts.nonce ? { nonce: opts.nonce } : {}),
      amr: ['linesso'],
      name: user.displayName,
      ...(user.pictureUrl ? { picture: user.pictureUrl } : {}),
    });
  }

  injectFault(fault: Fault): void {
    this.ctx.state.addFault(fault);
  }

  clearFaults(): void {
    this.ctx.state.clearFaults();
  }

  /** LINE's rate limits with these overrides (`false`: none); every bucket starts full. */
  setRateLimits(overrides: RateLimitOverrides | false): void {
    this.ctx.rateLimiter.configure(overrides);
  }

  /** Fails a random share of requests from now on (undefined: none); the sequence restarts from its seed. */
  setRandomFailures(failures: RandomFailures | undefined): void {
    this.ctx.randomFailures.configure(failures);
  }

  /** Sets the monthly quota and, when given, the messages already sent this month. */
  setQuota(quota: MessageQuota, options: { totalUsage?: number } = {}): void {
    this.ctx.quota.quota = quota;
    if (options.totalUsage !== undefined) this.ctx.quota.setUsage(options.totalUsage);
  }

  /** The quota and this month's consumption, as GET /v2/bot/message/quota{,/consumption} answer them. */
  quota(): { quota: MessageQuota; totalUsage: number } {
    return { quota: this.ctx.quota.quota, totalUsage: this.ctx.quota.totalUsage() };
  }

  /**
   * Back to how it started: forgets chats, tokens, retry keys, requests, faults, rich menus and this month's
   * consumption; rate limits (buckets full), random failures and quota as given at start. Users stay, friendships restart.
   */
  reset(): void {
    const { opts } = this.ctx;
    this.ctx.state.reset();
    this.ctx.richMenus.reset();
    this.blockedOnce.clear();
    this.ctx.rateLimiter.configure(opts.rateLimits);
    this.ctx.randomFailures.configure(opts.randomFailures);
    this.ctx.quota.quota = opts.quota ?? { type: 'none' };
    this.ctx.quota.setUsage(0);
  }
}
