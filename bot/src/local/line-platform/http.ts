// HTTP plumbing shared by all fake LINE endpoints: request ids, recording, faults, auth, body parsing, errors.
import express, { type NextFunction, type Request, type Response } from 'express';
import type { LimitProblem } from '../../line/limits';
import type { PlatformState } from './state';
import { requestId } from './ids';

export const MAX_BODY = '2mb';
export const RATE_LIMIT_MESSAGE = 'The API rate limit has been exceeded. Try again later.';
export const MONTHLY_LIMIT_MESSAGE = 'You have reached your monthly limit.';

export function lineError(res: Response, status: number, message: string, details?: LimitProblem[]): void {
  res.status(status).json(details ? { message, details: details.map((d) => ({ message: d.message, property: d.property })) } : { message });
}

/** LINE's answer to an invalid body: "The request body has N error(s)" with one detail per problem. */
export function validationError(res: Response, problems: LimitProblem[]): void {
  lineError(res, 400, `The request body has ${problems.length} error(s)`, problems);
}

/** Every LINE answer carries x-line-request-id; every call is recorded with the status it got (0: cut before handling). */
export function recordRequests(state: PlatformState) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const id = requestId();
    res.locals.requestId = id;
    res.setHeader('x-line-request-id', id);
    const time = state.now();
    let recorded = false;
    const record = () => {
      if (recorded) return;
      recorded = true;
      const cut = res.locals.cut as 'timeout' | 'lost-answer' | undefined;
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      state.recorded.push({
        requestId: id,
        method: req.method,
        path: req.path,
        query: { ...req.query },
        headers,
        body: Buffer.isBuffer(req.body) ? { contentType: req.headers['content-type'], bytes: req.body.length } : req.body,
        status: cut === 'timeout' ? 0 : res.statusCode,
        time,
        ...(cut ? { cut } : {}),
      });
    };
    res.on('finish', record);
    // A cut request is recorded when the platform decides to cut it, not when the connection finally goes.
    res.locals.record = record;
    next();
  };
}

export function injectFaults(state: PlatformState) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const fault = state.takeFault(req.method, req.path);
    if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    if (!fault?.status) return next();
    if (fault.status === 429) return lineError(res, 429, RATE_LIMIT_MESSAGE);
    lineError(res, fault.status, fault.status >= 500 ? 'Internal server error' : 'Injected fault');
  };
}

/** The Messaging API answers 401 unless the channel access token is sent as a Bearer token. */
export function requireToken(channelAccessToken: string) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const auth = req.headers.authorization;
    if (!auth || !/^Bearer\s+\S+/i.test(auth)) {
      return lineError(res, 401, "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'");
    }
    if (auth.replace(/^Bearer\s+/i, '') !== channelAccessToken) {
      return lineError(res, 401, 'Authentication failed. Confirm that the access token in the authorization header is valid.');
    }
    next();
  };
}

/** Reads any body up to 2 MB as bytes, then parses JSON and forms; images stay a Buffer. */
export const readBody = [
  express.raw({ type: () => true, limit: MAX_BODY }),
  (req: Request, res: Response, next: NextFunction): void => {
    const raw: Buffer | undefined = Buffer.isBuffer(req.body) ? req.body : undefined;
    const type = String(req.headers['content-type'] ?? '');
    if (!raw || raw.length === 0) req.body = undefined;
    else if (type.includes('application/x-www-form-urlencoded')) {
      req.body = Object.fromEntries(new URLSearchParams(raw.toString('utf8')));
    } else if (type.includes('json')) {
      try {
        req.body = JSON.parse(raw.toString('utf8'));
      } catch {
        res.locals.badJson = true;
        req.body = { unparsable: raw.toString('utf8').slice(0, 200) };
      }
    }
    next();
  },
];

/** Returns the JSON object body, or answers 400 like LINE and returns undefined. */
export function jsonBody(req: Request, res: Response): Record<string, unknown> | undefined {
  const type = String(req.headers['content-type'] ?? '');
  if (!type.includes('json') || res.locals.badJson || typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
    lineError(res, 400, 'The request body could not be parsed as JSON');
    return undefined;
  }
  return req.body as Record<string, unknown>;
}

export function errorHandler(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) return next(err);
  const type = (err as { type?: string }).type;
  if (type === 'entity.too.large') return lineError(res, 413, 'Request Entity Too Large');
  lineError(res, (err as { status?: number }).status ?? 500, err instanceof Error ? err.message : 'Internal server error');
}
