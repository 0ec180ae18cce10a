// Per-request id and logger, and the verified identity the API's auth middleware attaches.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Actor, Member } from '@nithet/shared';
import { lazyChild, type Logger } from '../logger';

export interface AuthContext {
  lineUserId: string;
  areaId: string;
  memberId: string;
  name?: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    requestId: string;
    log: Logger;
    auth?: AuthContext;
    /** The registered or following member behind the request, with roles (set by requireMember). */
    member?: Member;
    actor?: Actor;
  }
}

const REQUEST_ID_RE = /^[A-Za-z0-9-]{8,64}$/;

export function requestContext(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.get('x-request-id');
    req.requestId = incoming && REQUEST_ID_RE.test(incoming) ? incoming : randomUUID();
    req.log = lazyChild(logger, { requestId: req.requestId });
    res.setHeader('x-request-id', req.requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      // The same line as through req.log, without making its child when the request logged nothing else.
      logger.info(
        { requestId: req.requestId, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 },
        'request',
      );
    });
    next();
  };
}
