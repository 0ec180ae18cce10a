// LIFF ID tokens at the API: forged, tampered, unsigned, expired, other-channel and replayed tokens are refused with
// 401 (503 while LINE cannot answer); identity and roles come from the verified token and the store on every
// request, never from the client, so a token outliving a deletion, a block or a demotion grants nothing more.
import express from 'express';
import type { AddressInfo } from 'node:net';
import { memberDocId, type Clock } from '@nithet/shared';
import { createLoginVerifier } from '../../src/line/login-verifier';
import { IdTokenIssuer } from '../../src/local/line-platform/id-token';
import { startTestStack, SUPERVISOR, TEACHER } from '../support/local-stack';
import { followAndRegister, registration } from '../support/people';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeEach(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
});
afterEach(async () => {
  await stack.stop();
});

const TEACHER_ID = memberDocId('demo-esa', TEACHER);
const SUPERVISOR_ID = memberDocId('demo-esa', SUPERVISOR);
const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const payloadOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;

async function call(path: string, init: { token?: string; method?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const res = await fetch(`${stack.botUrl}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.token !== undefined ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const body = (await res.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  return { status: res.status, code: body?.error?.code, message: body?.error?.message, body };
}

describe('When the token is not one LINE issued for this channel', () => {
  it.each([
    [
      'signed with another key (forged)',
      () => {
        const real = payloadOf(stack.platform.mintIdToken(SUPERVISOR));
        return new IdTokenIssuer().mint(real as never);
      },
    ],
    [
      're-signed nowhere: its payload swapped to the supervisor (tampered)',
      () => {
        const [head, , sig] = stack.platform.mintIdToken(TEACHER).split('.');
        return `${head}.${b64({ ...payloadOf(stack.platform.mintIdToken(TEACHER)), sub: SUPERVISOR })}.${sig}`;
      },
    ],
    ['unsigned (alg "none")', () => `${b64({ typ: 'JWT', alg: 'none' })}.${b64(payloadOf(stack.platform.mintIdToken(SUPERVISOR)))}.`],
    ['for another LINE Login channel (wrong audience)', () => stack.platform.mintIdToken(SUPERVISOR, { audience: '1999999999' })],
    ['not a JWT at all', () => 'not-a-token'],
    ['10 kB of garbage', () => 'A'.repeat(10_000)],
  ])('then a token %s gets 401 auth/invalid-token with a Thai message, and no data', async (_name, token) => {
    const res = await call('/api/supervisor/settings', { token: token() });
    expect([res.status, res.code]).toEqual([401, 'auth/invalid-token']);
    expect(res.message).toBe('ยืนยันตัวตนไม่สำเร็จ กรุณาปิดแล้วเปิดหน้านี้จาก LINE อีกครั้ง');
  });

  it('then an expired token gets 401 auth/token-expired, which tells the LIFF app to start LIFF again', async () => {
    const res = await call('/api/me', { token: stack.platform.mintIdToken(TEACHER, { expiresInSeconds: -1 }) });
    expect([res.status, res.code]).toEqual([401, 'auth/token-expired']);
  });

  it.each([
    ['no Authorization header', {}],
    ['"Bearer" with no token', { authorization: 'Bearer' }],
    ['another scheme', { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` }],
    ['two tokens', { authorization: 'Bearer a b' }],
  ])('then %s gets 401 auth/missing-token', async (_name, headers) => {
    const res = await call('/api/me', { headers });
    expect([res.status, res.code]).toEqual([401, 'auth/missing-token']);
  });

  it('then a valid token in the query string or a cookie is not accepted either', async () => {
    const token = stack.platform.mintIdToken(TEACHER);
    expect((await call(`/api/me?access_token=${token}&id_token=${token}`)).status).toBe(401);
    expect((await call('/api/me', { headers: { cookie: `token=${token}; id_token=${token}` } })).status).toBe(401);
  });

  it("then even if LINE's verify endpoint answered for another channel, the audience check refuses it", async () => {
    // A stand-in for LINE that accepts anything and names another channel as the audience.
    const fake = express();
    fake.post(
      '/oauth2/v2.1/verify',
      (_req, res) =>
        void res.json({ iss: 'https://access.line.me', sub: TEACHER, aud: '1999999999', exp: Math.floor(Date.now() / 1000) + 600 }),
    );
    const server = fake.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const verifier = createLoginVerifier({
        apiBaseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        loginChannelId: stack.config.LINE_LOGIN_CHANNEL_ID,
        clock: { now: () => new Date() },
        timeoutMs: 2000,
      });
      await expect(verifier.verify('anything')).rejects.toMatchObject({ code: 'auth/invalid-token' });
    } finally {
      server.close();
    }
  });

  it("then while LINE's verify endpoint fails, the API answers 503 (try again), never 401 or 500", async () => {
    stack.platform.injectFault({ method: 'POST', path: '/oauth2/v2.1/verify', status: 500 });
    // A token not seen before (one verified earlier is cached until it expires and needs no call to LINE).
    const res = await call('/api/me', { token: stack.platform.mintIdToken(TEACHER, { expiresInSeconds: 1234 }) });
    expect([res.status, res.code]).toEqual([503, 'auth/verifier-unavailable']);
  });
});

describe('When a genuine token is replayed', () => {
  it('then a token that was verified and cached is refused once its expiry passes, without asking LINE again', async () => {
    let now = Date.now();
    const clock: Clock = { now: () => new Date(now) };
    stack.deps.verifier = createLoginVerifier({
      apiBaseUrl: stack.config.LINE_API_BASE_URL,
      loginChannelId: stack.config.LINE_LOGIN_CHANNEL_ID,
      clock,
      timeoutMs: 2000,
    });
    const token = stack.platform.mintIdToken(TEACHER, { expiresInSeconds: 120 });
    expect((await call('/api/me', { token })).status).toBe(200);
    const verifyCalls = () => stack.platform.requests().filter((r) => r.path === '/oauth2/v2.1/verify').length;
    const asked = verifyCalls();
    now += 121_000;
    const res = await call('/api/me', { token });
    expect([res.status, res.code]).toEqual([401, 'auth/token-expired']);
    expect(verifyCalls()).toBe(asked);
  });

  it('then ids in the body never choose who the caller is: a teacher naming the supervisor still changes only themselves', async () => {
    const before = await stack.deps.repos.members.get(SUPERVISOR_ID);
    const res = await call('/api/me/registration', {
      method: 'PUT',
      token: stack.platform.mintIdToken(TEACHER),
      body: { ...registration({ firstName: 'ปลอม' }), lineUserId: SUPERVISOR, memberId: SUPERVISOR_ID, roles: ['supervisor', 'admin'] },
    });
    expect(res.status).toBe(200);
    expect(await stack.deps.repos.members.get(SUPERVISOR_ID)).toEqual(before);
    const teacher = await stack.deps.repos.members.get(TEACHER_ID);
    expect([teacher?.profile?.firstName, teacher?.roles]).toEqual(['ปลอม', ['teacher']]);
  });

  it('then after the person deletes their data, their still-valid token finds nothing of them', async () => {
    const token = stack.platform.mintIdToken(TEACHER);
    expect((await call('/api/me', { method: 'DELETE', token })).status).toBe(200);
    for (const path of ['/api/me', '/api/me/export', '/api/networks/mine', '/api/seminars', '/api/form-rounds/mine']) {
      const res = await call(path, { token });
      expect([path, res.status, res.code]).toEqual([path, 404, 'member/not-found']);
    }
    expect(await stack.deps.repos.members.get(TEACHER_ID)).toBeNull();
  });

  it('then after the person blocks the account, their token still reaches only their own data (to see or delete it)', async () => {
    await stack.platform.sendEvent(TEACHER, { type: 'unfollow' });
    const token = stack.platform.mintIdToken(TEACHER);
    const me = await call('/api/me', { token });
    expect(me.status).toBe(200);
    expect((me.body as { member: { id: string } }).member.id).toBe(TEACHER_ID);
    expect((await call('/api/supervisor/settings', { token })).status).toBe(403);
  });

  it("then a supervisor's token minted before a demotion opens no supervisor route after it (roles come from the store)", async () => {
    const token = stack.platform.mintIdToken(SUPERVISOR);
    expect((await call('/api/supervisor/settings', { token })).status).toBe(200);
    const member = (await stack.deps.repos.members.get(SUPERVISOR_ID))!;
    await stack.deps.repos.members.put({ ...member, roles: ['teacher'] });
    const res = await call('/api/supervisor/settings', { token });
    expect([res.status, res.code]).toEqual([403, 'auth/forbidden']);
  });
});
