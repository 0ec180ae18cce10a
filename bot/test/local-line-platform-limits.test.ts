// The local LINE platform's rate limits (token buckets per endpoint), random failures and monthly quota, through the real SDK.
import { randomUUID } from 'node:crypto';
import { messagingApi } from '@line/bot-sdk';
import { startLocalLinePlatform, type LocalLinePlatform, type LocalLinePlatformOptions } from '../src/local/line-platform';
import { endpointOf } from '../src/local/line-platform/rate-limits';
import { failure, LOGIN_CHANNEL, SECRET, text, TOKEN } from './local-line-platform-support';

const user = (n: number) => `U${n.toString(16).padStart(32, '0')}`;
const FRIENDS = [user(1), user(2), user(3)];
const BLOCKED = user(9);
const UNKNOWN = user(99);
const RATE_LIMITED = { status: 429, body: { message: 'The API rate limit has been exceeded. Try again later.' } };
const MONTHLY_LIMIT = { status: 429, body: { message: 'You have reached your monthly limit.' } };

let platform: LocalLinePlatform;
let client: messagingApi.MessagingApiClient;
/** The clock of the rate-limit buckets, moved by hand. */
let bucketMs = 0;
/** The platform's calendar clock (quota months). */
let now = new Date('2026-11-30T14:00:00.000Z'); // 23:00 on 30 November in Japan

async function start(options: Partial<LocalLinePlatformOptions> = {}): Promise<void> {
  platform = await startLocalLinePlatform({
    channelSecret: SECRET,
    channelAccessToken: TOKEN,
    loginChannelId: LOGIN_CHANNEL,
    now: () => now,
    rateLimitClock: () => bucketMs,
    users: [...FRIENDS.map((userId) => ({ userId, displayName: userId })), { userId: BLOCKED, displayName: 'blocked', following: false }],
    ...options,
  });
  client = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: platform.url });
}
beforeEach(() => {
  now = new Date('2026-11-30T14:00:00.000Z');
});
afterEach(() => platform.stop());

const multicast = (to: string[] = FRIENDS, retryKey: string = randomUUID()) =>
  client.multicast({ to, messages: [text('ประกาศ')] }, retryKey);
/** Statuses of n calls made one after another. */
async function statuses(n: number, call: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i += 1)
    out.push(
      await call().then(
        () => 200,
        async (e: unknown) => (await failure(Promise.reject(e))).status,
      ),
    );
  return out;
}
const count = (xs: number[], v: number) => xs.filter((x) => x === v).length;

describe("When the bot calls faster than LINE's rate limits", () => {
  beforeEach(() => {
    bucketMs = 0;
    return start();
  });

  it("then multicast allows a full bucket of 200, answers 429 with LINE's message, and refills 200 per second", async () => {
    expect(count(await statuses(200, () => multicast()), 200)).toBe(200);
    expect(await failure(multicast())).toMatchObject(RATE_LIMITED);
    bucketMs += 5; // one token back
    expect(await statuses(2, () => multicast())).toEqual([200, 429]);
    bucketMs += 1000;
    expect(count(await statuses(201, () => multicast()), 200)).toBe(200);
    // A refused request was not handled: nothing delivered for it, and the bucket of push is its own.
    expect(platform.messagesTo(FRIENDS[0]!)).toHaveLength(401);
    await client.pushMessage({ to: FRIENDS[0]!, messages: [text('ส่วนตัว')] });
  });

  it("then every endpoint has its own bucket, whatever the path parameter, at the rate of LINE's table", async () => {
    expect(endpointOf('GET', `/v2/bot/profile/${FRIENDS[0]}`)).toBe('GET /v2/bot/profile/:userId');
    expect(endpointOf('DELETE', '/v2/bot/richmenu/richmenu-abc')).toBe('DELETE /v2/bot/richmenu/:richMenuId');
    expect(endpointOf('DELETE', '/v2/bot/richmenu/alias/teacher')).toBe('DELETE /v2/bot/richmenu/alias/:aliasId');
    expect(endpointOf('GET', '/v2/bot/richmenu/list')).toBe('GET /v2/bot/richmenu/list');
    // 10 per second for the rich menu list; 100 per hour for creating rich menus.
    expect(await statuses(11, () => client.getRichMenuList())).toEqual([...Array(10).fill(200), 429]);
    const menu = {
      size: { width: 2500, height: 843 },
      selected: false,
      name: 'm',
      chatBarText: 'เมนู',
      areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'message' as const, text: 'x' } }],
    };
    expect(count(await statuses(101, () => client.createRichMenu(menu)), 429)).toBe(1);
    bucketMs += 36_000; // an hour / 100
    await client.createRichMenu(menu);
    // Profiles of different people draw from one bucket: 2,000 per second.
    platform.setRateLimits({ 'GET /v2/bot/profile/:userId': 3 });
    let next = 0;
    expect(await statuses(4, () => client.getProfile(FRIENDS[next++ % 3]!))).toEqual([200, 200, 200, 429]);
  });

  it("then rates set at start or later replace LINE's, null or false lift them, and reset() refills every bucket", async () => {
    await platform.stop();
    await start({ rateLimits: { 'POST /v2/bot/message/multicast': { requests: 2, perMs: 1000, burst: 1 } } });
    expect(await statuses(2, () => multicast())).toEqual([200, 429]);
    bucketMs += 500;
    expect(await statuses(2, () => multicast())).toEqual([200, 429]);
    platform.reset();
    expect(await statuses(2, () => multicast())).toEqual([200, 429]);
    platform.setRateLimits({ 'POST /v2/bot/message/multicast': null });
    expect(count(await statuses(300, () => multicast()), 200)).toBe(300);
    platform.setRateLimits(false);
    expect(count(await statuses(15, () => client.getRichMenuList()), 200)).toBe(15);
  });
});

describe('When random failures are injected', () => {
  const config = { rate: 0.3, seed: 42 } as const;
  beforeEach(() => start({ rateLimits: false }));

  it('then the seeded sequence fails about that share, the same requests again after a restart, and nothing else', async () => {
    platform.setRandomFailures(config);
    const first = await statuses(200, () => multicast());
    expect(count(first, 500)).toBeGreaterThan(40);
    expect(count(first, 500)).toBeLessThan(80);
    expect(count(first, 200) + count(first, 500)).toBe(200);
    platform.setRandomFailures(config);
    expect(await statuses(200, () => multicast())).toEqual(first);
    expect(count(await statuses(20, () => client.pushMessage({ to: FRIENDS[0]!, messages: [text('x')] })), 200)).toBe(20);
  });

  it('then a timeout delivers nothing, and a lost answer delivers once: its retry is answered 409', async () => {
    platform.setRandomFailures({ rate: 1, failures: [{ kind: 'timeout', delayMs: 20 }] });
    const key = randomUUID();
    await expect(multicast(FRIENDS, key)).rejects.toThrow();
    expect(platform.messagesTo(FRIENDS[0]!)).toHaveLength(0);
    platform.setRandomFailures({ rate: 1, failures: [{ kind: 'lost-answer' }] });
    await expect(multicast(FRIENDS, key)).rejects.toThrow();
    expect(platform.messagesTo(FRIENDS[0]!)).toHaveLength(1);
    platform.setRandomFailures(undefined);
    expect(await failure(multicast(FRIENDS, key))).toMatchObject({ status: 409 });
    expect(platform.messagesTo(FRIENDS[0]!)).toHaveLength(1);
    expect(platform.requests().map((r) => [r.status, r.cut])).toEqual([
      [0, 'timeout'],
      [200, 'lost-answer'],
      [409, undefined],
    ]);
  });
});

describe('When the monthly message quota is limited', () => {
  beforeEach(() => start({ quota: { type: 'limited', value: 5 } }));

  it('then quota and consumption answer like LINE, counting each reached recipient of pushes and multicasts only', async () => {
    expect(await client.getMessageQuota()).toEqual({ type: 'limited', value: 5 });
    expect(await client.getMessageQuotaConsumption()).toEqual({ totalUsage: 0 });
    await multicast([...FRIENDS, BLOCKED, UNKNOWN]); // 3 friends reached; blocked and unknown are not counted
    await client.pushMessage({ to: BLOCKED, messages: [text('x')] });
    const sent = await platform.sendEvent(FRIENDS[0]!, { type: 'message', text: 'สวัสดี' });
    expect(sent.status).toBe(0); // no webhook receiver here; the reply token still works
    await client.replyMessage({ replyToken: sent.replyToken!, messages: [text('ตอบฟรี')] });
    expect(await client.getMessageQuotaConsumption()).toEqual({ totalUsage: 3 });
    expect(platform.quota()).toEqual({ quota: { type: 'limited', value: 5 }, totalUsage: 3 });
  });

  it('then a send that would go over answers 429 "monthly limit", delivers nothing and keeps its retry key unused', async () => {
    for (const n of ['1', '2', '3']) await client.pushMessage({ to: FRIENDS[0]!, messages: [text(n)] }, randomUUID());
    const key = randomUUID();
    expect(await failure(multicast(FRIENDS, key))).toMatchObject(MONTHLY_LIMIT); // 3 + 3 > 5
    expect(await failure(multicast(FRIENDS, key))).toMatchObject(MONTHLY_LIMIT);
    expect(FRIENDS.map((u) => platform.messagesTo(u).length)).toEqual([3, 0, 0]);
    expect(platform.quota().totalUsage).toBe(3);
    // Exactly up to the limit is allowed.
    await client.pushMessage({ to: FRIENDS[1]!, messages: [text('4')] });
    await client.pushMessage({ to: FRIENDS[2]!, messages: [text('5')] });
    expect(platform.quota().totalUsage).toBe(5);
    // With a higher limit the refused key goes through, once.
    platform.setQuota({ type: 'limited', value: 8 });
    await multicast(FRIENDS, key);
    expect(await failure(multicast(FRIENDS, key))).toMatchObject({ status: 409 });
    expect(FRIENDS.map((u) => platform.messagesTo(u).length)).toEqual([4, 2, 2]);
    expect(platform.quota().totalUsage).toBe(8);
    expect(await failure(client.pushMessage({ to: FRIENDS[2]!, messages: [text('9')] }))).toMatchObject(MONTHLY_LIMIT);
  });

  it('then a new month (Japan time) starts from zero, and setQuota changes the limit and the count', async () => {
    platform.setQuota({ type: 'limited', value: 5 }, { totalUsage: 5 });
    expect(await failure(client.pushMessage({ to: FRIENDS[0]!, messages: [text('x')] }))).toMatchObject(MONTHLY_LIMIT);
    now = new Date('2026-11-30T15:00:00.000Z'); // 00:00 on 1 December in Japan
    await client.pushMessage({ to: FRIENDS[0]!, messages: [text('x')] });
    expect(await client.getMessageQuotaConsumption()).toEqual({ totalUsage: 1 });
    platform.setQuota({ type: 'none' });
    expect(await client.getMessageQuota()).toEqual({ type: 'none' });
    platform.setQuota({ type: 'limited', value: 0 });
    expect(await failure(multicast())).toMatchObject(MONTHLY_LIMIT);
    expect(() => platform.setQuota({ type: 'limited', value: -1 })).toThrow(RangeError);
  });
});
