// LINE's rate limits: one token bucket per endpoint and method (refilled over time, not a fixed window), 429 when empty.
import type { NextFunction, Request, Response } from 'express';
import { lineError, RATE_LIMIT_MESSAGE } from './http';
import type { RateLimit, RateLimitOverrides } from './types';

const SECOND = 1000;
const HOUR = 3600 * SECOND;
const perSecond = (requests: number): RateLimit => ({ requests, perMs: SECOND });
const perHour = (requests: number): RateLimit => ({ requests, perMs: HOUR });

/** Everything not named below (profile, quota, rich menu links…): 2,000 requests per second per endpoint. */
export const DEFAULT_RATE_LIMIT = perSecond(2000);

/** LINE's table (docs/line-platform.md §2.1); the patterns of every other endpoint the platform serves key their own bucket. */
export const LINE_RATE_LIMITS: Readonly<Record<string, RateLimit | null>> = {
  'POST /v2/bot/message/reply': perSecond(2000),
  'POST /v2/bot/message/push': perSecond(2000),
  'POST /v2/bot/message/multicast': perSecond(200),
  'POST /v2/bot/message/narrowcast': perHour(60),
  'POST /v2/bot/message/broadcast': perHour(60),
  'POST /v2/bot/chat/loading/start': perSecond(100),
  'POST /v2/bot/richmenu': perHour(100),
  'DELETE /v2/bot/richmenu/:richMenuId': perHour(100),
  'DELETE /v2/bot/richmenu/alias/:aliasId': perHour(100),
  'GET /v2/bot/richmenu/list': perSecond(10),
  'PUT /v2/bot/channel/webhook/endpoint': { requests: 1000, perMs: 60 * SECOND },
  'GET /v2/bot/channel/webhook/endpoint': { requests: 1000, perMs: 60 * SECOND },
  'POST /v2/bot/channel/webhook/test': perHour(60),
};

/** Endpoints with a path parameter, most specific first, so each request finds the bucket of its endpoint. */
const PATTERNS = [
  'GET /v2/bot/richmenu/list',
  'GET /v2/bot/richmenu/alias/list',
  'POST /v2/bot/richmenu/validate',
  '* /v2/bot/richmenu/alias/:aliasId',
  '* /v2/bot/richmenu/:richMenuId/content',
  '* /v2/bot/richmenu/:richMenuId',
  '* /v2/bot/user/all/richmenu/:richMenuId',
  '* /v2/bot/user/all/richmenu',
  '* /v2/bot/user/:userId/richmenu/:richMenuId',
  '* /v2/bot/user/:userId/richmenu',
  '* /v2/bot/profile/:userId',
].map((p) => {
  const [method, path] = p.split(' ') as [string, string];
  const re = new RegExp(`^${path.replace(/:[A-Za-z]+/g, '[^/]+')}$`);
  return { method, path, re };
});

/** `'METHOD /pattern'` of a request: its route pattern when it has parameters, else its own path. */
export function endpointOf(method: string, path: string): string {
  const hit = PATTERNS.find((p) => (p.method === '*' || p.method === method) && p.re.test(path));
  return `${method} ${hit ? hit.path : path}`;
}

const normalise = (v: RateLimit | number | null): RateLimit | null => (typeof v === 'number' ? perSecond(v) : v);

interface Bucket {
  tokens: number;
  atMs: number;
}

export class RateLimiter {
  private limits = new Map<string, RateLimit | null>();
  private enabled = true;
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    overrides: RateLimitOverrides | false | undefined,
    private readonly clock: () => number,
  ) {
    this.configure(overrides);
  }

  /** LINE's limits with these overrides (false: no limits at all); every bucket starts full again. */
  configure(overrides: RateLimitOverrides | false | undefined): void {
    this.enabled = overrides !== false;
    this.limits = new Map(Object.entries({ ...LINE_RATE_LIMITS, ...(overrides || {}) }).map(([k, v]) => [k, normalise(v)]));
    this.buckets.clear();
  }

  limitOf(endpoint: string): RateLimit | null {
    if (!this.enabled) return null;
    const limit = this.limits.get(endpoint);
    return limit === undefined ? DEFAULT_RATE_LIMIT : limit;
  }

  /** Takes a token from the endpoint's bucket; false (nothing taken) when it is empty. */
  take(endpoint: string): boolean {
    const limit = this.limitOf(endpoint);
    if (!limit) return true;
    const capacity = limit.burst ?? limit.requests;
    const now = this.clock();
    const bucket = this.buckets.get(endpoint) ?? { tokens: capacity, atMs: now };
    bucket.tokens = Math.min(capacity, bucket.tokens + (Math.max(0, now - bucket.atMs) * limit.requests) / limit.perMs);
    bucket.atMs = Math.max(now, bucket.atMs);
    this.buckets.set(endpoint, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  /** Every bucket full again (platform reset). */
  refill(): void {
    this.buckets.clear();
  }
}

/** Limits the Messaging API (/v2/…); LINE Login's verify is not in LINE's table. */
export function enforceRateLimits(limiter: RateLimiter) {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!req.path.startsWith('/v2/') || limiter.take(endpointOf(req.method, req.path))) return next();
    lineError(res, 429, RATE_LIMIT_MESSAGE);
  };
}
