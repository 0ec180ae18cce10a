// The LIFF ID token of a request, verified once per request: the rate limiter and the API's auth share the answer.
import type { Request } from 'express';
import { AppError } from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { VerifiedIdToken } from '../line/login-verifier';

const verified = new WeakMap<Request, Promise<VerifiedIdToken>>();

/** The bearer token's verified identity; rejects with auth/missing-token, auth/invalid-token or auth/token-expired. */
export function verifyCaller(deps: BotDeps, req: Request): Promise<VerifiedIdToken> {
  let found = verified.get(req);
  if (!found) {
    const match = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '');
    found = match?.[1] ? deps.verifier.verify(match[1]) : Promise.reject(new AppError('auth/missing-token', 'Missing Bearer ID token'));
    found.catch(() => undefined); // awaited later (or never, by the limiter's fallback): no unhandled rejection
    verified.set(req, found);
  }
  return found;
}
