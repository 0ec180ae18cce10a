// Public types of the local LINE platform: its options, the events it can send, and what it records.

export interface LocalLineUser {
  userId: string;
  displayName: string;
  pictureUrl?: string;
  language?: string;
  /** Shown next to the name in the simulator, e.g. "ศึกษานิเทศก์"; LINE itself knows no roles. */
  role?: string;
  /** Whether the user has the bot as a friend at start (default true). */
  following?: boolean;
}

export interface LocalLinePlatformOptions {
  /** 0 = a free port (default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Signs the webhook bodies the platform sends to the bot. */
  channelSecret: string;
  /** Bearer token required on /v2/* calls (401 otherwise, like LINE). */
  channelAccessToken: string;
  /** Audience of the ID tokens it mints and verifies. */
  loginChannelId: string;
  /** Where webhook events are POSTed; settable later with setWebhookUrl. */
  webhookUrl?: string;
  /** `destination` in webhook bodies: U + 32 hex. */
  botUserId?: string;
  /** Clock for reply-token, retry-key and ID-token expiry. */
  now?: () => Date;
  users?: LocalLineUser[];
  /** URIs under this base open "as the person" in the simulator (mock ID token in the query). */
  liffBaseUrl?: string;
  /** Folder of the simulator page; defaults to ../simulator next to this module. */
  simulatorDir?: string;
  /**
   * LINE's per-endpoint rate limits (token buckets, 429 when empty): omitted = LINE's own values, `false` = none,
   * or overrides by endpoint such as `{ 'POST /v2/bot/message/multicast': 50 }` (requests per second).
   */
  rateLimits?: RateLimitOverrides | false;
  /** Clock of the rate-limit buckets in ms (default performance.now; `now` may be a frozen test clock). */
  rateLimitClock?: () => number;
  /** Random failures of some requests (seeded, so a bench is repeatable). */
  randomFailures?: RandomFailures;
  /** The monthly message quota (default none = unlimited, like a plan without a limit). */
  quota?: MessageQuota;
}

/** A token bucket: `requests` per `perMs` sustained, up to `burst` at once after idling (default `requests`). */
export interface RateLimit {
  requests: number;
  perMs: number;
  burst?: number;
}

/** By endpoint (`'METHOD /path/:param'`): a limit, a number = requests per second, or null = unlimited. */
export type RateLimitOverrides = Record<string, RateLimit | number | null>;

/** GET /v2/bot/message/quota: `none` = unlimited, `limited` = `value` messages (recipients) a month. */
export type MessageQuota = { type: 'none' } | { type: 'limited'; value: number };

/**
 * What an injected failure does instead of a normal answer:
 * - `status`: answers this status (500, 429 …) without handling the request;
 * - `timeout`: does not handle it and cuts the connection after `delayMs` (set it above the caller's timeout);
 * - `lost-answer`: handles it (messages delivered, retry key accepted) but cuts the connection instead of
 *   answering, after `delayMs` (default 0): the caller cannot know that it worked.
 */
export type InjectedFailure =
  { kind: 'status'; status: number } | { kind: 'timeout'; delayMs: number } | { kind: 'lost-answer'; delayMs?: number };

export interface RandomFailures {
  /** Share of matching requests that fail, 0..1. */
  rate: number;
  /** Seed of the random sequence (default 1): the same seed fails the same requests of the same sequence. */
  seed?: number;
  /** Default POST. */
  method?: string;
  /** Default /v2/bot/message/multicast. */
  path?: string | RegExp;
  /** One is picked at random for each failing request (default a 500). */
  failures?: InjectedFailure[];
}

/** Where an event happens: a 1:1 chat (default) or a group. */
interface SimEventPlace {
  /** Sends the event from this group (source type group). */
  groupId?: string;
  /** In groups LINE only includes the sender's userId when it may; set to leave it out. */
  omitUserId?: boolean;
}

export type SimEvent = SimEventPlace &
  (
    | { type: 'follow' }
    | { type: 'unfollow' }
    | { type: 'join' }
    | { type: 'leave' }
    | { type: 'message'; text: string }
    | { type: 'sticker'; packageId: string; stickerId: string }
    | { type: 'postback'; data: string; params?: Record<string, string>; displayText?: string }
    /** Escape hatch: a LINE event object; missing common fields (timestamp, source, ids…) are filled in. */
    | { type: 'raw'; event: Record<string, unknown>; repliable?: boolean }
  );

export interface SendEventResult {
  /** Status answered by the bot's webhook (0 when it could not be reached). */
  status: number;
  webhookEventId: string;
  replyToken?: string;
  /** Body answered by the bot (or the network error). */
  body: string;
}

export interface RecordedRequest {
  requestId: string;
  method: string;
  path: string;
  query: Record<string, unknown>;
  /** Lower-case names, as Node gives them (e.g. `x-line-retry-key`). */
  headers: Record<string, string>;
  /** Parsed JSON or form body; for binary uploads `{ contentType, bytes }`. */
  body: unknown;
  status: number;
  time: Date;
  /** The connection was cut instead of answering (an injected timeout or lost answer). */
  cut?: 'timeout' | 'lost-answer';
}

export type DeliveryHow = 'reply' | 'push' | 'multicast';

export interface ChatEntry {
  seq: number;
  /** Who wrote it: the bot (reply/push/multicast) or the person (through the simulator or sendEvent). */
  from: 'bot' | 'user';
  how?: DeliveryHow;
  /** For person entries: which user sent it (a group has many). */
  userId?: string;
  message: Record<string, unknown>;
  /** False when LINE accepted a push but the user had blocked the bot. */
  delivered: boolean;
  requestId?: string;
  time: Date;
}

export interface DeliveredMessage {
  how: DeliveryHow;
  message: Record<string, unknown>;
  delivered: boolean;
  requestId?: string;
  time: Date;
}

export interface Fault {
  method?: string;
  path: string | RegExp;
  /** Status to answer instead of handling the request (429, 500, …); omit for a pure delay. */
  status?: number;
  delayMs?: number;
  /** How many matching requests it affects; omitted = every one until clearFaults(). */
  times?: number;
}

export interface MintIdTokenOptions {
  expiresInSeconds?: number;
  audience?: string;
  nonce?: string;
}
