// No tokens, secrets or personal data in logs: every line the server writes during a representative run (webhook
// events, a registration with a profile, API calls with tokens, refusals, LINE failures, a crash) is captured and
// scanned for the channel secret, the access token, ID tokens, LINE user ids, names and phone numbers.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, memberDocId, membershipDocId } from '@nithet/shared';
import { createLogger, scrubLogLine } from '../../src/logger';
import { LOCAL_SECRETS, startLocalStack, type LocalStack } from '../../src/local/local-stack';
import { runOutbox } from '../../src/outbox';
import { ROOT_DIR, SUPERVISOR, TEACHER, TEACHER_2 } from '../support/local-stack';
import { COORDINATOR, registration } from '../support/people';

const lines: string[] = [];
const minted: string[] = [];
let stack: LocalStack;

beforeAll(async () => {
  const logger = createLogger({ level: 'trace', destination: { write: (line: string) => void lines.push(line) } });
  stack = await startLocalStack({
    rootDir: ROOT_DIR,
    dataDir: mkdtempSync(join(tmpdir(), 'nithet-logs-')),
    logger,
    richMenus: false,
    outboxLoop: false,
    scheduler: false,
  });
  const mint = stack.platform.mintIdToken.bind(stack.platform);
  stack.platform.mintIdToken = (userId, opts) => {
    const token = mint(userId, opts);
    minted.push(token);
    return token;
  };
  await representativeRun();
});
afterAll(async () => {
  await stack.stop();
});

const PHONE = '0812345678';
const call = (path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
  fetch(`${stack.botUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });

async function representativeRun(): Promise<void> {
  const p = stack.platform;
  // Webhook: follow, a message with a phone number and a name, a sticker, postbacks good and bad, a forged request.
  await p.sendEvent(TEACHER, { type: 'follow' });
  await p.sendEvent(TEACHER_2, { type: 'follow' });
  await p.sendEvent(TEACHER, { type: 'message', text: `สวัสดีค่ะ ครูสมศรี ใจดี โทร ${PHONE}` });
  await p.sendEvent(TEACHER, { type: 'sticker', packageId: '446', stickerId: '1988' });
  await p.sendEvent(TEACHER, { type: 'postback', data: `action=bogus&who=${TEACHER}&tel=${PHONE}` });
  await p.postRawWebhook('{"events":[]}', { 'x-line-signature': 'forged' });
  await p.postRawWebhook('not json at all');

  // Registration with a full profile (and a refused one), as the LIFF page sends it.
  const teacher = p.mintIdToken(TEACHER);
  expect((await call('/api/me/registration', { method: 'PUT', token: teacher, body: registration({ phone: PHONE }) })).status).toBe(200);
  expect((await call('/api/me/registration', { method: 'PUT', token: teacher, body: { ...registration(), phone: 'x' } })).status).toBe(400);

  // API calls: good tokens, forged, expired and wrong-audience tokens, a token in the wrong header form.
  expect((await call('/api/me', { token: teacher })).status).toBe(200);
  expect((await call('/api/me', { token: `${teacher.slice(0, -4)}AAAA` })).status).toBe(401);
  expect((await call('/api/me', { token: p.mintIdToken(TEACHER, { expiresInSeconds: -60 }) })).status).toBe(401);
  expect((await call('/api/me', { token: p.mintIdToken(TEACHER, { audience: '1999999999' }) })).status).toBe(401);
  expect((await call('/api/me', { headers: { authorization: `Token ${teacher}` } })).status).toBe(401);
  expect((await call('/api/supervisor/settings', { token: teacher })).status).toBe(403);

  // A join request the coordinator approves with a postback, while LINE's push API fails for a while.
  p.injectFault({ method: 'POST', path: '/v2/bot/message/push', status: 500, times: 3 });
  expect((await call('/api/networks/join', { method: 'POST', token: teacher, body: { code: 'LEAD2570' } })).status).toBeLessThan(300);
  const membershipId = membershipDocId('net-lead2570', memberDocId('demo-esa', TEACHER));
  await p.sendEvent(COORDINATOR, { type: 'postback', data: `action=approve&m=${membershipId}` });
  await call(`/api/memberships/${membershipId}/decision`, {
    method: 'POST',
    token: p.mintIdToken(SUPERVISOR),
    body: { decision: 'approve' },
  });

  // A nudge through the outbox while LINE rate-limits, then sent.
  p.injectFault({ method: 'POST', path: /\/v2\/bot\/message\/(multicast|push)/, status: 429, times: 2 });
  await call('/api/supervisor/nudges', {
    method: 'POST',
    token: p.mintIdToken(SUPERVISOR),
    body: { memberIds: [memberDocId('demo-esa', TEACHER)] },
  });
  await runOutbox(stack.deps);
  await runOutbox(stack.deps, { now: () => new Date(Date.now() + 3600_000) });

  // A crash: a stored member that no longer parses makes the API answer 500 and the webhook handler fail.
  await stack.deps.repos.store.set(COLLECTIONS.members, memberDocId('demo-esa', TEACHER_2), {
    lineUserId: TEACHER_2,
    displayName: 'Kru Anan',
  });
  expect((await call('/api/me/export', { token: p.mintIdToken(TEACHER_2) })).status).toBe(500);
  await p.sendEvent(TEACHER_2, { type: 'message', text: 'ลงทะเบียน' });
  await p.sendEvent(TEACHER, { type: 'unfollow' });
}

describe('When the server logs a representative run', () => {
  it('then the run was logged: requests, webhook events, refusals, LINE failures and the crash are all there', () => {
    const records = lines.map((l) => JSON.parse(l) as { level: number; msg: string });
    const said = (text: string) => records.some((r) => r.msg.startsWith(text));
    for (const text of ['request', 'unknown postback', 'Webhook signature mismatch', 'ID token rejected', 'multicast failed'])
      expect([text, said(text)]).toEqual([text, true]);
    expect(records.some((r) => r.level >= 50)).toBe(true); // the crash, with its error and stack
  });

  it.each([
    ['the channel secret', () => [LOCAL_SECRETS.channelSecret]],
    ['the app secret', () => [LOCAL_SECRETS.appSecret]],
    ['the channel access token', () => [LOCAL_SECRETS.channelAccessToken]],
    ['any ID token used in the run', () => minted],
    ['any part of an ID token (its signature)', () => minted.map((t) => t.split('.')[2]!)],
    ['a LINE user id', () => [TEACHER, TEACHER_2, SUPERVISOR, COORDINATOR]],
    ['a name or display name', () => ['สมศรี', 'ใจดี', 'Kru Anan', 'วิภาวรรณ', 'ประสิทธิ์']],
    ['a phone number', () => [PHONE]],
  ])('then no line contains %s', (_what, secrets) => {
    const leaks = secrets().flatMap((s) => lines.filter((l) => l.includes(s)).map((l) => l.slice(0, 300)));
    expect(leaks).toEqual([]);
  });

  it('then nothing shaped like a LINE user id or a JWT is logged either', () => {
    expect(lines.filter((l) => /U[0-9a-f]{32}/.test(l) || /eyJ[\w-]+\.[\w-]+\.[\w-]+/.test(l))).toEqual([]);
  });
});

describe('When a line carries secrets in their real shapes', () => {
  const secret = '8c3f0a1b2d4e5f60718293a4b5c6d7e8'; // a channel secret: 32 hex digits
  const accessToken = `${'Ab9+/xYz'.repeat(21)}IlFU=`; // a long-lived channel access token: ~170 base64 characters
  const idToken = 'eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9.eyJzdWIiOiJVMTIzIn0.c2lnbmF0dXJl';
  it('then each is replaced, a LINE id by a stable pseudonym, and times, durations, codes and request ids stay readable', () => {
    const line = JSON.stringify({
      time: '2026-11-30T00:14:25.118Z',
      requestId: '5d8a0119-1eff-4d16-980f-13ab6393d263',
      ms: 3.1,
      schoolCode: '1040010002',
      msg: `secret ${secret} token ${accessToken} Bearer ${idToken} user ${TEACHER} group C${'a'.repeat(32)} tel 081-234-5678 / 021234567`,
    });
    const scrubbed = scrubLogLine(line);
    for (const s of [secret, accessToken, idToken, TEACHER, `C${'a'.repeat(32)}`, '081-234-5678', '021234567'])
      expect(scrubbed).not.toContain(s);
    expect(JSON.parse(scrubbed)).toMatchObject({
      time: '2026-11-30T00:14:25.118Z',
      requestId: '5d8a0119-1eff-4d16-980f-13ab6393d263',
      ms: 3.1,
      schoolCode: '1040010002',
    });
    expect(scrubLogLine(TEACHER)).toBe(scrubLogLine(TEACHER)); // the same person, the same pseudonym
    expect(scrubLogLine(TEACHER)).toMatch(/^U#[0-9a-f]{8}$/);
  });
});
