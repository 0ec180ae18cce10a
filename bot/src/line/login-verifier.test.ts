// LIFF ID-token verification with LINE Login mocked at the HTTP edge (nock): caching, expiry, outages.
import nock from 'nock';
import { AppError, ManualClock } from '@nithet/shared';
import { createLoginVerifier } from './login-verifier';

const BASE = 'https://api.line.test';
const CHANNEL = '1650000000';
const USER = 'U0123456789abcdef0123456789abcdef';
const clock = new ManualClock(new Date('2027-01-15T02:00:00Z'));
const nowSec = () => Math.floor(clock.now().getTime() / 1000);
const verifier = () => createLoginVerifier({ apiBaseUrl: BASE, loginChannelId: CHANNEL, clock, timeoutMs: 500 });
const payload = (extra: Record<string, unknown> = {}) => ({
  iss: 'https://access.line.me',
  sub: USER,
  aud: CHANNEL,
  exp: nowSec() + 3600,
  iat: nowSec(),
  name: 'ครูสมศรี',
  ...extra,
});

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: AppError) => e.code,
  );

describe('When the API verifies a LIFF ID token', () => {
  it('then LINE Login is asked once with the Login channel id, and the answer is cached until the token expires', async () => {
    const scope = nock(BASE)
      .post('/oauth2/v2.1/verify', (body: Record<string, string>) => body.id_token === 'tok-1' && body.client_id === CHANNEL)
      .once()
      .reply(200, payload());
    const v = verifier();
    expect((await v.verify('tok-1')).userId).toBe(USER);
    expect((await v.verify('tok-1')).userId).toBe(USER);
    expect(scope.isDone()).toBe(true);

    clock.advance(3601_000);
    expect(await codeOf(v.verify('tok-1'))).toBe('auth/token-expired');
    clock.advance(-3601_000);
  });

  it.each([
    ['IdToken expired.', 'auth/token-expired'],
    ['Invalid IdToken.', 'auth/invalid-token'],
    ['Invalid IdToken Audience.', 'auth/invalid-token'],
  ])('then LINE answering 400 "%s" becomes %s', async (description, code) => {
    nock(BASE).post('/oauth2/v2.1/verify').reply(400, { error: 'invalid_request', error_description: description });
    expect(await codeOf(verifier().verify('tok-2'))).toBe(code);
  });

  it('then a payload for another channel is refused even if LINE said 200', async () => {
    nock(BASE)
      .post('/oauth2/v2.1/verify')
      .reply(200, payload({ aud: '1999999999' }));
    expect(await codeOf(verifier().verify('tok-3'))).toBe('auth/invalid-token');
  });

  it('then LINE being down or slow is a 503 the person can retry, never a pass', async () => {
    nock(BASE).post('/oauth2/v2.1/verify').reply(500, 'oops');
    expect(await codeOf(verifier().verify('tok-4'))).toBe('auth/verifier-unavailable');
    nock(BASE).post('/oauth2/v2.1/verify').delay(2000).reply(200, payload());
    expect(await codeOf(verifier().verify('tok-5'))).toBe('auth/verifier-unavailable');
  });
});
