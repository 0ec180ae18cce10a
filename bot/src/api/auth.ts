// API authentication: the LIFF ID token is verified server-side; the client never names its own user.
import type { RequestHandler } from 'express';
import { AppError, memberDocId } from '@nithet/shared';
import type { BotDeps } from '../deps';

export function requireLineUser(deps: BotDeps): RequestHandler {
  return async (req, _res, next) => {
    try {
      const header = req.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      if (!match?.[1]) throw new AppError('auth/missing-token', 'Missing Bearer ID token');
      const verified = await deps.verifier.verify(match[1]);
      const areaId = deps.config.AREA_ID;
      req.auth = {
        lineUserId: verified.userId,
        areaId,
        memberId: memberDocId(areaId, verified.userId),
        ...(verified.name ? { name: verified.name } : {}),
      };
      next();
    } catch (e) {
      next(e);
    }
  };
}
