// Rate limits over real HTTP with the production budgets: per verified LINE user on the API, per address without a
// valid token and on the public pages, a Thai 429 with Retry-After; LINE's webhook is never limited.
import { createHmac } from 'node:crypto';
import { DEFAULT_RATE_LIMITS } from '../../src/http/rate-limit';
import { startTestStack, SUPERVISOR, TEACHER } from '../support/local-stack';
import { COORDINATOR } from '../support/people';

jest.setTimeout(60_000);

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

const PER_USER = DEFAULT_RATE_LIMITS.apiPerUser;
const PER_IP = DEFAULT_RATE_LIMITS.perIp;
const get = (path: string, token?: string) =>
  fetch(`${stack.botUrl}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
/** Sends `n` requests, a few at a time; the statuses in order of sending. */
async function burst(n: number, send: () => Promise<Response>): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < n; i += 10) {
    const batch = await Promise.all(Array.from({ length: Math.min(10, n - i) }, send));
    for (const r of batch) {
      statuses.push(r.status);
      await r.arrayBuffer();
    }
  }
  return statuses;
}

describe('When one person calls the API faster than anyone clicks', () => {
  it(`then ${PER_USER} requests a minute pass, the next gets 429 in Thai with Retry-After, and other people are not slowed`, async () => {
    const token = stack.platform.mintIdToken(SUPERVISOR);
    const statuses = await burst(PER_USER, () => get('/api/me', token));
    expect(statuses.filter((s) => s !== 200)).toEqual([]);

    const limited = await get('/api/me', token);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit-policy')).toContain(`q=${PER_USER}`);
    expect(await limited.json()).toEqual({
      error: { code: 'http/too-many-requests', message: 'มีการใช้งานถี่เกินไป กรุณารอสักครู่แล้วลองใหม่อีกครั้งค่ะ' },
    });
    // Same address, another person: their own budget.
    expect((await get('/api/me', stack.platform.mintIdToken(COORDINATOR))).status).toBe(200);
    // A fresh token for the same person is still the same person.
    expect((await get('/api/me', stack.platform.mintIdToken(SUPERVISOR, { expiresInSeconds: 999 }))).status).toBe(429);
  });

  it(`then callers without a valid token share their address's ${PER_IP} a minute, which does not touch signed-in people`, async () => {
    const statuses = await burst(PER_IP, () => get('/api/me', 'forged'));
    expect(statuses.filter((s) => s !== 401)).toEqual([]);
    expect((await get('/api/me')).status).toBe(429);
    expect((await get('/api/liff-config')).status).toBe(429);
    expect((await get('/api/me', stack.platform.mintIdToken(TEACHER))).status).not.toBe(429);
  });
});

describe('When the public pages or the webhook are called in bulk', () => {
  it(`then the public pages allow ${PER_IP} a minute per address together, then 429`, async () => {
    const statuses = await burst(PER_IP, () => get(`/verify/${'Z'.repeat(22)}`));
    expect(statuses.filter((s) => s !== 404)).toEqual([]);
    expect((await get(`/verify/${'Z'.repeat(22)}`)).status).toBe(429);
    // One budget for all public pages of an address; the LIFF app and signed-in API calls are not part of it.
    expect((await get('/calendar/seminars/x.ics?sig=y')).status).toBe(429);
    expect((await get('/liff/')).status).toBe(200);
    expect((await get('/api/me', stack.platform.mintIdToken(TEACHER))).status).not.toBe(429);
  });

  it('then LINE can deliver any number of webhook requests: none is refused for rate', async () => {
    const body = '{"destination":"U0","events":[]}';
    const signature = createHmac('sha256', stack.config.LINE_CHANNEL_SECRET).update(body).digest('base64');
    const statuses = await burst(PER_IP + 50, () =>
      fetch(`${stack.botUrl}/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': signature },
        body,
      }),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
  });
});
