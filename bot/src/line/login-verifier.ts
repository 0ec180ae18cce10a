// Verifies LIFF ID tokens with LINE Login's verify endpoint; caches each verified token until it expires.
import { AppError, type Clock } from '@nithet/shared';
import { z } from 'zod';

export interface VerifiedIdToken {
  userId: string;
  name?: string;
  picture?: string;
  expiresAt: number; // epoch ms
}

export interface IdTokenVerifier {
  verify(idToken: string): Promise<VerifiedIdToken>;
}

const payloadSchema = z.object({
  iss: z.literal('https://access.line.me'),
  sub: z.string().regex(/^U[0-9a-f]{32}$/),
  aud: z.string(),
  exp: z.number(),
  name: z.string().optional(),
  picture: z.string().optional(),
});

const MAX_CACHE = 5000;

export function createLoginVerifier(options: {
  apiBaseUrl: string;
  loginChannelId: string;
  clock: Clock;
  timeoutMs: number;
}): IdTokenVerifier {
  const cache = new Map<string, VerifiedIdToken>();
  const endpoint = new URL('/oauth2/v2.1/verify', options.apiBaseUrl);
  return {
    async verify(idToken) {
      const now = options.clock.now().getTime();
      const hit = cache.get(idToken);
      if (hit) {
        if (hit.expiresAt > now) return hit;
        cache.delete(idToken);
        throw new AppError('auth/token-expired', 'ID token expired');
      }
      const ask = () =>
        fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ id_token: idToken, client_id: options.loginChannelId }),
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      let res: Response;
      try {
        // A kept-alive connection the server closed while idle fails at once (ECONNRESET): verifying changes
        // nothing, so it is asked once more; a timeout is not (the person has waited long enough).
        res = await ask().catch((e: unknown) => {
          if (e instanceof DOMException && e.name === 'TimeoutError') throw e;
          return ask();
        });
      } catch (cause) {
        throw new AppError('auth/verifier-unavailable', 'LINE Login verify endpoint unreachable', { cause });
      }
      const body: unknown = await res.json().catch(() => null);
      if (res.status === 400) {
        const description = (body as { error_description?: string } | null)?.error_description ?? '';
        if (/expired/i.test(description)) throw new AppError('auth/token-expired', `ID token rejected: ${description}`);
        throw new AppError('auth/invalid-token', `ID token rejected: ${description || 'invalid'}`);
      }
      if (!res.ok) throw new AppError('auth/verifier-unavailable', `LINE Login verify answered ${res.status}`);
      const parsed = payloadSchema.safeParse(body);
      // Defence in depth: LINE already checked the audience, but a wrong channel id must never pass.
      if (!parsed.success || parsed.data.aud !== options.loginChannelId)
        throw new AppError('auth/invalid-token', 'ID token payload unexpected');
      const verified: VerifiedIdToken = {
        userId: parsed.data.sub,
        expiresAt: parsed.data.exp * 1000,
        ...(parsed.data.name ? { name: parsed.data.name } : {}),
        ...(parsed.data.picture ? { picture: parsed.data.picture } : {}),
      };
      if (verified.expiresAt <= now) throw new AppError('auth/token-expired', 'ID token expired');
      if (cache.size >= MAX_CACHE) cache.delete(cache.keys().next().value as string);
      cache.set(idToken, verified);
      return verified;
    },
  };
}
