// The Messaging API adapter against LINE mocked at the HTTP edge: retry keys, 409, 429/500, timeouts.
import nock from 'nock';
import { createLineMessenger, retryKeyFor } from './messenger';

const BASE = 'https://api.line.test';
const USER = 'U0123456789abcdef0123456789abcdef';
const messenger = () => createLineMessenger({ channelAccessToken: 'tkn', apiBaseUrl: BASE, timeoutMs: 300 });
const hello = [{ type: 'text' as const, text: 'สวัสดีค่ะ' }];

beforeAll(() => nock.disableNetConnect());
afterEach(() => {
  nock.abortPendingRequests();
  nock.cleanAll();
});
afterAll(() => nock.enableNetConnect());

describe('When the bot pushes a message', () => {
  it('then the retry key is a UUID derived from the job, the same for the same job', async () => {
    const key = retryKeyFor('registered:m1:2027-01-15');
    expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(retryKeyFor('registered:m1:2027-01-15')).toBe(key);
    expect(retryKeyFor('registered:m2:2027-01-15')).not.toBe(key);
    const scope = nock(BASE, { reqheaders: { 'x-line-retry-key': key, authorization: 'Bearer tkn' } })
      .post('/v2/bot/message/push')
      .reply(200, { sentMessages: [] });
    expect(await messenger().push(USER, hello, key)).toEqual({ ok: true });
    expect(scope.isDone()).toBe(true);
  });

  it('then 409 for an already accepted retry key counts as sent', async () => {
    nock(BASE).post('/v2/bot/message/push').reply(409, { message: 'The retry key is already accepted' });
    expect(await messenger().push(USER, hello, retryKeyFor('x'))).toEqual({ ok: true });
  });

  it.each([
    [429, true],
    [500, true],
    [400, false],
  ])('then LINE answering %i is a failure marked retryable=%s', async (status, retryable) => {
    nock(BASE).post('/v2/bot/message/push').reply(status, { message: 'x' });
    expect(await messenger().push(USER, hello, retryKeyFor('y'))).toMatchObject({ ok: false, status, retryable });
  });

  it('then a reply is never marked retryable, even after a timeout (the token is single-use)', async () => {
    nock(BASE).post('/v2/bot/message/reply').delay(1000).reply(200, {});
    expect(await messenger().reply('reply-token', hello)).toMatchObject({ ok: false, retryable: false });
  });
});
