// Rate limits: the API per verified LINE user (per IP while unverified), the public pages per IP; 429 in Thai.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { AppError } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { verifyCaller } from './verified-caller';

export interface RateLimits {
  /** Requests per minute for one verified LINE user across the whole API. */
  apiPerUser: number;
  /** Requests per minute from one IP address to the API without a valid ID token, and to the public pages. */
  perIp: number;
}

/**
 * A person clicking through the app makes a few requests a second at most (a dashboard opens with about ten); 300 a
 * minute leaves a supervisor's busiest screen far below the limit. Schools and mobile carriers put many phones
 * behind one address, so the per-address budget is as large. LINE's webhook is never limited: it would drop events.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { apiPerUser: 300, perIp: 300 };

const WINDOW_MS = 60_000;

const tooMany: RequestHandler = (req, _res, next) =>
  next(new AppError('http/too-many-requests', `Rate limit reached for ${req.method} ${req.baseUrl}${req.path}`));

const ipKey = (ip: string | undefined) => `ip:${ipKeyGenerator(ip ?? 'unknown')}`;

const common = {
  windowMs: WINDOW_MS,
  standardHeaders: 'draft-8' as const,
  legacyHeaders: false,
  handler: tooMany,
  // `trust proxy` is the app's choice (Cloud Functions, reverse proxies); the per-user budget does not depend on it.
  validate: { trustProxy: false, keyGeneratorIpFallback: false }, // ipKey() below applies ipKeyGenerator
};

/** For /api: keyed by the verified LINE user id, so one person's budget follows them across networks and devices. */
export function apiRateLimit(deps: BotDeps, limits: RateLimits): RequestHandler {
  const userOf = async (req: Parameters<RequestHandler>[0]) => (await verifyCaller(deps, req).catch(() => null))?.userId;
  return rateLimit({
    ...common,
    keyGenerator: async (req) => {
      const userId = await userOf(req);
      return userId ? `user:${userId}` : ipKey(req.ip);
    },
    limit: async (req) => ((await userOf(req)) ? limits.apiPerUser : limits.perIp),
  });
}

/** For the public pages (report, certificate and its verification, calendar file): keyed by IP address. */
export function publicRateLimit(limits: RateLimits): RequestHandler {
  return rateLimit({ ...common, keyGenerator: (req) => ipKey(req.ip), limit: limits.perIp });
}
