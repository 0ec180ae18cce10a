// The webhook's front door over real HTTP: the signature is over the exact bytes LINE sent (a re-serialised body is
// refused), bodies are capped at 1 MB (413, also when gzip hides the size or the platform pre-read it), and signed
// bodies that are not a LINE payload get 400 — each refusal changes nothing and sends nothing.
import { createHmac } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { COLLECTIONS, memberDocId } from '@nithet/shared';
import { WEBHOOK_BODY_LIMIT_BYTES, webhookRouter } from '../../src/webhook/route';
import { errorHandler } from '../../src/http/error-handler';
import { startTestStack, TEACHER } from '../support/local-stack';
import { inject } from './inject';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

const sign = (body: string | Buffer, secret = stack.config.LINE_CHANNEL_SECRET) =>
  createHmac('sha256', secret).update(body).digest('base64');
const post = (body: string | Buffer, headers: Record<string, string>) =>
  fetch(`${stack.botUrl}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : new Uint8Array(body),
  });
const followBody = (extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    destination: 'Uffffffffffffffffffffffffffffffff',
    events: [
      {
        type: 'follow',
        mode: 'active',
        timestamp: Date.now(),
        source: { type: 'user', userId: TEACHER },
        webhookEventId: `01JSEC${Math.random().toString(36).slice(2, 12).toUpperCase().padEnd(20, '0')}`,
        deliveryContext: { isRedelivery: false },
        replyToken: stack.platform.issueReplyToken(TEACHER),
        follow: { isUnblocked: false },
        ...extra,
      },
    ],
  });
/** Nothing happened: no member, no event recorded, nothing sent. */
async function nothingHappened(): Promise<void> {
  expect(await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER))).toBeNull();
  expect((await stack.deps.repos.store.query(COLLECTIONS.processedEvents, {})).docs).toEqual([]);
  expect(stack.platform.messagesTo(TEACHER, { includeUndelivered: true })).toEqual([]);
}

describe('When the signature does not match the exact bytes', () => {
  it.each([
    ['hex instead of base64', (b: string) => createHmac('sha256', stack.config.LINE_CHANNEL_SECRET).update(b).digest('hex')],
    ['for the body with a trailing newline', (b: string) => sign(`${b}\n`)],
    ['truncated', (b: string) => sign(b).slice(0, 20)],
    ['with the login channel id as the secret', (b: string) => sign(b, stack.config.LINE_LOGIN_CHANNEL_ID)],
    ['empty', () => ''],
  ])('then a signature %s gets 401 and nothing happens', async (_name, signature) => {
    const body = followBody();
    const res = await post(body, { 'x-line-signature': signature(body) });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('webhook/bad-signature');
    await nothingHappened();
  });

  it("then LINE's escaped bytes pass as sent, and the same JSON re-serialised (same meaning, other bytes) is refused", async () => {
    // LINE escapes non-ASCII and slashes; JSON.stringify of the parsed body writes them literally.
    const asSent = followBody({ message: { text: 'ครู/สมศรี' } }).replace(
      'ครู/สมศรี',
      '\\u0e04\\u0e23\\u0e39\\/\\u0e2a\\u0e21\\u0e28\\u0e23\\u0e35',
    );
    const reserialised = JSON.stringify(JSON.parse(asSent));
    expect(reserialised).not.toBe(asSent);
    expect((await post(reserialised, { 'x-line-signature': sign(asSent) })).status).toBe(401);
    await nothingHappened();
    expect((await post(asSent, { 'x-line-signature': sign(asSent) })).status).toBe(200);
    expect(await stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER))).not.toBeNull();
  });
});

describe('When the body is too large', () => {
  it('then a body of exactly 1 MB is still read, and one byte more gets 413 before any event is processed', async () => {
    const pad = (size: number) => {
      const body = followBody({ padding: '' });
      return body.replace('"padding":""', `"padding":"${'x'.repeat(size - Buffer.byteLength(body))}"`);
    };
    const over = pad(WEBHOOK_BODY_LIMIT_BYTES + 1);
    expect(Buffer.byteLength(over)).toBe(WEBHOOK_BODY_LIMIT_BYTES + 1);
    const res = await post(over, { 'x-line-signature': sign(over) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe('ข้อมูลที่ส่งมีขนาดใหญ่เกินไป');
    await nothingHappened();

    const limit = pad(WEBHOOK_BODY_LIMIT_BYTES);
    expect((await post(limit, { 'x-line-signature': sign(limit) })).status).toBe(200);
  });

  it('then a small gzip body that inflates past the limit gets 413 (the limit counts inflated bytes)', async () => {
    const inflated = followBody({ padding: ' '.repeat(3 * WEBHOOK_BODY_LIMIT_BYTES) });
    const zipped = gzipSync(inflated);
    expect(zipped.length).toBeLessThan(20_000);
    const res = await post(zipped, { 'content-encoding': 'gzip', 'x-line-signature': sign(inflated) });
    expect(res.status).toBe(413);
    await nothingHappened();
  });

  it('then on Cloud Functions, where the platform pre-reads the body into rawBody, the same limit gives the same 413', async () => {
    const app = express();
    const huge = Buffer.from(followBody({ padding: 'x'.repeat(WEBHOOK_BODY_LIMIT_BYTES) }));
    app.use((req, _res, next) => {
      (req as { rawBody?: Buffer }).rawBody = huge;
      next();
    });
    app.use(webhookRouter(stack.deps));
    app.use(errorHandler);
    const res = await inject(app, { method: 'POST', url: '/webhook', headers: { 'x-line-signature': sign(huge) }, body: '{}' });
    expect(res.status).toBe(413);
    await nothingHappened();
  });
});

describe('When a correctly signed body is not a LINE payload', () => {
  it.each([
    ['not JSON', 'events: follow'],
    ['empty', ''],
    ['JSON null', 'null'],
    ['a JSON array', '[{"type":"follow"}]'],
    ['a JSON string', '"events"'],
    ['events that is not a list', '{"events":"follow"}'],
    ['an event without a type', '{"events":[{"mode":"active"}]}'],
    ['truncated JSON', () => followBody().slice(0, -3)],
  ])('then %s gets 400 and nothing happens', async (_name, given) => {
    const body = typeof given === 'function' ? given() : given;
    const res = await post(body, { 'x-line-signature': sign(body), 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('webhook/malformed-body');
    await nothingHappened();
  });
});
