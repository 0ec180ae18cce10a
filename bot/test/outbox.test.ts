// The durable outbox against the local LINE platform and SQLite: batching, retries, crashes, competing dispatchers.
import { createRepositories, ManualClock, memberDocId } from '@nithet/shared';
import { join } from 'node:path';
import type { BotDeps } from '../src/deps';
import { createLineMessenger, type Messenger } from '../src/line/messenger';
import { LOCAL_SECRETS } from '../src/local/local-stack';
import { enqueueMulticast, jobBatches, previewMulticast, purgeFinishedBatches, runOutbox, startOutboxLoop } from '../src/outbox';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store';
import { startTestStack } from './support/local-stack';
import { addMembers, AREA, deliveredCounts, lineId, multicasts } from './support/outbox-members';

let stack: Awaited<ReturnType<typeof startTestStack>>;
/** The bot's dependencies on a hand-moved clock: enqueue at T0, dispatch at T0 + n. */
let deps: BotDeps;
const T0 = new Date('2026-11-02T01:00:00.000Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);
const HOUR = 3600_000;
const messages = [{ type: 'text' as const, text: 'ประกาศสัมมนา' }];
const enqueue = (recipientMemberIds: string[], dedupeKey = 'seminar:1') =>
  enqueueMulticast(deps, { areaId: AREA, reason: 'test', recipientMemberIds, messages, dedupeKey });
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => lineId(from + i));

beforeEach(async () => {
  stack = await startTestStack();
  deps = { ...stack.deps, clock: new ManualClock(T0) };
});
afterEach(async () => {
  await stack.stop();
});

describe('When 1,203 reachable members and 4 unreachable ones are sent one announcement', () => {
  it('then the preview, 3 requests of ≤500 with distinct stored retry keys, one message each, and a second enqueue adds nothing', async () => {
    const reachable = await addMembers(stack, 0, 1203);
    const unreachable = [
      ...(await addMembers(stack, 5000, 2, 'blocked')),
      ...(await addMembers(stack, 6000, 1, 'withdrawn')),
      memberDocId(AREA, lineId(9999)),
    ];
    const everyone = [...reachable, ...unreachable, reachable[0]!];
    const numbers = { recipients: 1207, reachable: 1203, skippedUnreachable: 4, batches: 3, requests: 3, quotaCost: 1203 };
    expect(await previewMulticast(deps, { areaId: AREA, recipientMemberIds: everyone, messages })).toEqual(numbers);
    const first = await enqueue(everyone);
    expect(first).toMatchObject({ ...numbers, created: true });
    expect(await enqueue(everyone)).toMatchObject({ ...numbers, created: false, jobId: first.jobId });
    expect(await runOutbox(deps, { now: at(0) })).toEqual({ claimed: 3, sent: 3, retrying: 0, failed: 0, parked: 0, requests: 3 });

    // Several requests are in flight at once, so they may arrive in any order.
    const sent = multicasts(stack);
    expect(sent.map((r) => [r.status, r.to.length]).sort((a, b) => b[1]! - a[1]!)).toEqual([
      [200, 500],
      [200, 500],
      [200, 203],
    ]);
    const stored = await jobBatches(stack.deps.repos.store, first.jobId);
    expect(new Set(sent.map((r) => r.retryKey))).toEqual(new Set(stored.map((b) => b.requests[0]!.retryKey)));
    expect(new Set(sent.map((r) => r.retryKey)).size).toBe(3);
    expect(stored.map((b) => b.status)).toEqual(['sent', 'sent', 'sent']);
    expect(new Set(deliveredCounts(stack, ids(0, 1203)))).toEqual(new Set([1]));
    expect(deliveredCounts(stack, [lineId(5000), lineId(5001), lineId(6000)])).toEqual([0, 0, 0]);
    expect(await runOutbox(deps, { now: at(HOUR) })).toMatchObject({ claimed: 0, requests: 0 });
  });
});

describe('When LINE answers 429, 500 or too slowly', () => {
  it('then each batch is retried with the same key after its backoff and delivered exactly once', async () => {
    const members = await addMembers(stack, 0, 1100);
    await enqueue(members);
    stack.platform.injectFault({ path: '/v2/bot/message/multicast', status: 429, times: 1 });
    stack.platform.injectFault({ path: '/v2/bot/message/multicast', status: 500, times: 1 });
    expect(await runOutbox(deps, { now: at(0) })).toMatchObject({ claimed: 3, sent: 1, retrying: 2 });
    expect(await runOutbox(deps, { now: at(100) })).toMatchObject({ claimed: 0 }); // backoff not over
    expect(await runOutbox(deps, { now: at(HOUR) })).toMatchObject({ claimed: 2, sent: 2 });
    const sent = multicasts(stack);
    expect(sent.map((r) => r.status)).toEqual([429, 500, 200, 200, 200]);
    // The two failed batches are retried with their own keys (their order depends on the backoff jitter).
    expect(new Set([sent[3]!.retryKey, sent[4]!.retryKey])).toEqual(new Set([sent[0]!.retryKey, sent[1]!.retryKey]));
    expect(new Set(deliveredCounts(stack, ids(0, 1100)))).toEqual(new Set([1]));
  });

  it('then a timed-out request that LINE did accept is retried, answered 409, and counted as delivered', async () => {
    const members = await addMembers(stack, 0, 3);
    const { jobId } = await enqueue(members);
    const impatient = createLineMessenger({
      channelAccessToken: LOCAL_SECRETS.channelAccessToken,
      apiBaseUrl: stack.platform.url,
      timeoutMs: 200,
    });
    stack.platform.injectFault({ path: '/v2/bot/message/multicast', delayMs: 600, times: 1 });
    expect(await runOutbox({ ...deps, messenger: impatient }, { now: at(0) })).toMatchObject({ retrying: 1 });
    expect((await jobBatches(stack.deps.repos.store, jobId))[0]).toMatchObject({ status: 'pending', lastStatus: 0 });
    while (multicasts(stack).length === 0) await new Promise((r) => setTimeout(r, 50)); // LINE finishes the slow one
    expect(await runOutbox(deps, { now: at(HOUR) })).toMatchObject({ sent: 1 });
    expect(multicasts(stack).map((r) => r.status)).toEqual([200, 409]);
    expect(deliveredCounts(stack, ids(0, 3))).toEqual([1, 1, 1]);
  });

  it("then a 400 is a permanent failure with LINE's message, never retried", async () => {
    const { jobId } = await enqueue(await addMembers(stack, 0, 2));
    stack.platform.injectFault({ path: '/v2/bot/message/multicast', status: 400, times: 1 });
    expect(await runOutbox(deps, { now: at(0) })).toMatchObject({ failed: 1 });
    expect(await runOutbox(deps, { now: at(24 * HOUR) })).toMatchObject({ claimed: 0 });
    const [batch] = await jobBatches(stack.deps.repos.store, jobId);
    expect(batch).toMatchObject({ status: 'failed', attempts: 1, lastStatus: 400, lastError: expect.stringContaining('Injected fault') });
    expect(multicasts(stack)).toHaveLength(1);
  });
});

describe('When the dispatcher dies in the middle', () => {
  it('then after a stop between batches, a fresh run sends only the rest', async () => {
    await enqueue(await addMembers(stack, 0, 1203));
    expect(await runOutbox(deps, { now: at(0), maxBatches: 1 })).toMatchObject({ claimed: 1, sent: 1 });
    expect(await runOutbox(deps, { now: at(1000) })).toMatchObject({ claimed: 2, sent: 2 });
    expect(multicasts(stack).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(new Set(deliveredCounts(stack, ids(0, 1203)))).toEqual(new Set([1]));
  });

  const dying = (): Messenger => ({
    ...stack.deps.messenger,
    multicast: async (...args) => {
      await stack.deps.messenger.multicast(...args);
      throw new Error('process killed before recording');
    },
  });

  it('then a batch LINE accepted before the crash is reclaimed after its lease, answered 409, and not delivered twice', async () => {
    await enqueue(await addMembers(stack, 0, 600));
    await expect(runOutbox({ ...deps, messenger: dying() }, { now: at(0), concurrency: 1 })).rejects.toThrow('process killed');
    expect(await runOutbox(deps, { now: at(30_000) })).toMatchObject({ claimed: 1 }); // the other batch; the lease holds
    expect(await runOutbox(deps, { now: at(61_000) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(multicasts(stack).map((r) => r.status)).toEqual([200, 200, 409]);
    expect(new Set(deliveredCounts(stack, ids(0, 600)))).toEqual(new Set([1]));
  });

  it('then every batch in flight at the crash is reclaimed after its lease and answered 409, none delivered twice', async () => {
    await enqueue(await addMembers(stack, 0, 1600));
    await expect(runOutbox({ ...deps, messenger: dying() }, { now: at(0) })).rejects.toThrow('process killed');
    const inFlight = multicasts(stack).length;
    expect(inFlight).toBeGreaterThan(1);
    expect(await runOutbox(deps, { now: at(61_000) })).toMatchObject({ claimed: 4, sent: 4 });
    const statuses = multicasts(stack).map((r) => r.status);
    expect(statuses.filter((s) => s === 409)).toHaveLength(inFlight);
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(new Set(deliveredCounts(stack, ids(0, 1600)))).toEqual(new Set([1]));
  });
});

describe('When two server instances dispatch at once', () => {
  it('then every batch is claimed by one of them and nobody gets a message twice', async () => {
    await enqueue(await addMembers(stack, 0, 2400));
    const other: BotDeps = { ...deps, repos: createRepositories(createSqliteStore({ file: join(stack.dataDir, 'nithet.sqlite') })) };
    try {
      const [a, b] = await Promise.all([runOutbox(deps, { now: at(0) }), runOutbox(other, { now: at(0) })]);
      expect(a.claimed + b.claimed).toBe(5);
      expect(a.sent + b.sent).toBe(5);
    } finally {
      await other.repos.store.close();
    }
    expect(multicasts(stack).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    expect(new Set(deliveredCounts(stack, ids(0, 2400)))).toEqual(new Set([1]));
  });
});

describe('When a multicast is enqueued with a not-before time (quiet hours)', () => {
  it('then nothing is sent before it, and everything once after it', async () => {
    const members = await addMembers(stack, 0, 3);
    const queued = await enqueueMulticast(deps, {
      areaId: AREA,
      reason: 'test',
      recipientMemberIds: members,
      messages,
      dedupeKey: 'quiet:1',
      notBefore: new Date(T0.getTime() + 8 * HOUR),
    });
    expect(queued).toMatchObject({ created: true, reachable: 3 });
    expect(await runOutbox(deps, { now: at(8 * HOUR - 1) })).toMatchObject({ claimed: 0, requests: 0 });
    expect(multicasts(stack)).toHaveLength(0);
    expect(await runOutbox(deps, { now: at(8 * HOUR) })).toMatchObject({ claimed: 1, sent: 1 });
    expect(deliveredCounts(stack, ids(0, 3))).toEqual([1, 1, 1]);
  });
});

describe('When finished batches are purged after their retention', () => {
  it('then sent batches go except the first of each job, so the same key still enqueues nothing, and waiting ones stay', async () => {
    const members = await addMembers(stack, 0, 1203);
    const { jobId } = await enqueue(members);
    await runOutbox(deps, { now: at(0) });
    const waiting = await enqueue(members.slice(0, 2), 'seminar:2');
    const store = stack.deps.repos.store;
    expect(await purgeFinishedBatches(store, new Date(T0.getTime() - 1))).toBe(0);
    expect(await purgeFinishedBatches(store, at(HOUR)())).toBe(2);
    expect((await jobBatches(store, jobId)).map((b) => [b.job.index, b.status])).toEqual([[0, 'sent']]);
    expect((await jobBatches(store, waiting.jobId)).map((b) => b.status)).toEqual(['pending']);
    expect(await enqueue(members)).toMatchObject({ created: false, jobId });
  });
});

describe('When the server is running its outbox loop and an announcement is queued', () => {
  it("then it goes out at once, not at the loop's next tick a minute later", async () => {
    const people = await addMembers(stack, 0, 3);
    const loop = startOutboxLoop(stack.deps, { intervalMs: 60_000 });
    try {
      await new Promise((r) => setTimeout(r, 200)); // the loop's first run finds nothing and sleeps a minute
      await enqueueMulticast(stack.deps, { areaId: AREA, reason: 'test', recipientMemberIds: people, messages, dedupeKey: 'wake:1' });
      const deadline = Date.now() + 4_000;
      while (deliveredCounts(stack, ids(0, 3)).some((n) => n === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(deliveredCounts(stack, ids(0, 3))).toEqual([1, 1, 1]);
    } finally {
      await loop.stop();
    }
  });
});
