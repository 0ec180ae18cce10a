// Sending messages: reply (single-use, 1-minute tokens), push and multicast (with retry keys), like LINE.
import type { Request, Response, Router } from 'express';
import { validateMessages, validateMulticastTo, type LimitProblem } from '../../line/limits';
import type { PlatformContext } from './context';
import { jsonBody, lineError, MONTHLY_LIMIT_MESSAGE, validationError } from './http';
import { UUID_PATTERN, messageId, token } from './ids';

const CHAT_ID = /^[UCR][0-9a-f]{32}$/;
const QUOTABLE = new Set(['text', 'sticker', 'image', 'video']);

function sentMessages(messages: Record<string, unknown>[]) {
  return messages.map((m) => ({ id: messageId(), ...(QUOTABLE.has(String(m.type)) ? { quoteToken: token(32) } : {}) }));
}

/** Handles X-Line-Retry-Key: false when it already answered (400 bad key, 409 seen key). */
function retryKeyAllows(ctx: PlatformContext, req: Request, res: Response, key: string | undefined): boolean {
  if (key === undefined) return true;
  if (!UUID_PATTERN.test(key)) {
    lineError(res, 400, 'The retry key must be a UUID in hexadecimal format');
    return false;
  }
  const seen = ctx.state.acceptedRetry(key);
  if (!seen) return true;
  res.setHeader('x-line-accepted-request-id', seen.requestId);
  res.status(409).json({ message: 'The retry key is already accepted', ...seen.response });
  return false;
}

/** LINE counts a push or multicast once per recipient it reaches (not blocked, known); replies are free. */
function reached(ctx: PlatformContext, to: readonly string[]): number {
  return to.filter((id) => !id.startsWith('U') || ctx.state.users.get(id)?.following).length;
}

/** Over the monthly limit LINE answers 429 and sends nothing; false when it answered. */
function quotaAllows(ctx: PlatformContext, res: Response, recipients: number): boolean {
  if (ctx.quota.allows(recipients)) return true;
  lineError(res, 429, MONTHLY_LIMIT_MESSAGE);
  return false;
}

function acceptRetryKey(ctx: PlatformContext, res: Response, key: string | undefined, response: Record<string, unknown>): void {
  if (key === undefined) return;
  ctx.state.retryKeys.set(key, { requestId: String(res.locals.requestId), acceptedAt: ctx.state.now().getTime(), response });
}

export function messageRoutes(router: Router, ctx: PlatformContext): void {
  router.post('/v2/bot/message/reply', (req, res) => {
    if (req.headers['x-line-retry-key'] !== undefined) {
      return lineError(res, 400, 'The X-Line-Retry-Key header cannot be used with the reply API');
    }
    const body = jsonBody(req, res);
    if (!body) return;
    const problems: LimitProblem[] = [];
    if (typeof body.replyToken !== 'string') problems.push({ property: 'replyToken', message: 'must be specified' });
    problems.push(...validateMessages(body.messages));
    if (problems.length) return validationError(res, problems);
    const chatId = ctx.state.useReplyToken(String(body.replyToken));
    if (!chatId) return lineError(res, 400, 'Invalid reply token');
    const messages = body.messages as Record<string, unknown>[];
    ctx.state.deliver(chatId, 'reply', messages, String(res.locals.requestId));
    res.json({ sentMessages: sentMessages(messages) });
  });

  router.post('/v2/bot/message/push', (req, res) => {
    const body = jsonBody(req, res);
    const key = req.header('x-line-retry-key');
    if (!body || !retryKeyAllows(ctx, req, res, key)) return;
    const problems: LimitProblem[] = [];
    if (typeof body.to !== 'string' || !CHAT_ID.test(body.to)) problems.push({ property: 'to', message: 'invalid to' });
    problems.push(...validateMessages(body.messages));
    if (problems.length) return validationError(res, problems);
    const to = String(body.to);
    if (to.startsWith('U') && !ctx.state.users.has(to)) return lineError(res, 400, 'Failed to send messages');
    const cost = reached(ctx, [to]);
    if (!quotaAllows(ctx, res, cost)) return;
    const messages = body.messages as Record<string, unknown>[];
    ctx.state.deliver(to, 'push', messages, String(res.locals.requestId));
    ctx.quota.consume(cost);
    const response = { sentMessages: sentMessages(messages) };
    acceptRetryKey(ctx, res, key, response);
    res.json(response);
  });

  router.post('/v2/bot/message/multicast', (req, res) => {
    const body = jsonBody(req, res);
    const key = req.header('x-line-retry-key');
    if (!body || !retryKeyAllows(ctx, req, res, key)) return;
    const problems = [...validateMulticastTo(body.to), ...validateMessages(body.messages)];
    if (problems.length) return validationError(res, problems);
    const to = body.to as string[];
    const cost = reached(ctx, to);
    if (!quotaAllows(ctx, res, cost)) return;
    const messages = body.messages as Record<string, unknown>[];
    // Unknown or blocking recipients are skipped silently (and not counted), as LINE does for multicast.
    for (const id of to) {
      if (ctx.state.users.has(id)) ctx.state.deliver(id, 'multicast', messages, String(res.locals.requestId));
    }
    ctx.quota.consume(cost);
    acceptRetryKey(ctx, res, key, {});
    res.json({});
  });
}
