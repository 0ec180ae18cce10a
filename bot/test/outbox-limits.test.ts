// The outbox against the local LINE platform's limits: the 200/s multicast bucket, the monthly quota, random failures.
import { COLLECTIONS, ManualClock, systemClock } from '@nithet/shared';
import type { BotDeps } from '../src/deps';
import { createLineMessenger } from '../src/line/messenger';
import { LOCAL_SECRETS } from '../src/local/local-stack';
import { enqueueMulticast, jobBatches, resumeParkedOutbox, runOutbox, startOutboxLoop } from '../src/outbox';
import { startTestStack } from './support/local-stack';
import { addMembers, AREA, deliveredCounts, lineId, multicasts } from './support/outbox-members';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(() => stack.stop());

const HOUR = 3600_000;
const store = () => stack.deps.repos.store;
const textsOf = (userId: string) => stack.platform.messagesTo(userId).map((m) => String(m.message.text));
const statusCounts = () => {
  const counts: Record<number, number> = {};
  for (const r of multicasts(stack)) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
};

/** One announcement to `members` (their member ids). */
const announce = (deps: BotDeps, members: string[], dedupeKey: string) =>
  enqueueMulticast(deps, {
    areaId: AREA,
    reason: 'test',
    recipientMemberIds: members,
    messages: [{ type: 'text', text: 'ประกาศ' }],
    dedupeKey,
  });

/** The first `count` test people each have exactly one message. */
const expectOneEach = (count: number) =>
  expect(
    new Set(
      deliveredCounts(
        stack,
        Array.from({ length: count }, (_, i) => lineId(i)),
      ),
    ),
  ).toEqual(new Set([1]));

/** `jobs` announcements, each one batch to the same three people; returns their job ids. */
async function manyJobs(deps: BotDeps, jobs: number): Promise<string[]> {
  const members = await addMembers(stack, 0, 3);
  const ids: string[] = [];
  for (let i = 0; i < jobs; i += 1) {
    const messages = [{ type: 'text' as const, text: `ประกาศ ${i}` }];
    ids.push(
      (await enqueueMulticast(deps, { areaId: AREA, reason: 'test', recipientMemberIds: members, messages, dedupeKey: `job:${i}` })).jobId,
    );
  }
  return ids;
}

/** Every one of the three got each announcement exactly once. */
function expectEachOnce(jobs: number): void {
  const expected = Array.from({ length: jobs }, (_, i) => `ประกาศ ${i}`).sort();
  for (const n of [0, 1, 2]) expect(textsOf(lineId(n)).sort()).toEqual(expected);
}

/** Batches not sent yet, counted in one query (cheap enough to poll while the loop sends). */
const unsent = () => store().count(COLLECTIONS.outbox, [{ field: 'status', op: 'in', value: ['pending', 'sending', 'failed'] }]);

async function statusesOf(jobIds: string[]): Promise<string[]> {
  const batches = await Promise.all(jobIds.map((id) => jobBatches(store(), id)));
  return [...new Set(batches.flat().map((b) => b.status))];
}

describe("When multicast requests meet LINE's token bucket", () => {
  it('then 400 requests from the dispatcher paced at 200/s are never answered 429 and each batch is sent once', async () => {
    const JOBS = 400;
    const deps = { ...stack.deps, clock: systemClock };
    const jobIds = await manyJobs(deps, JOBS);
    const t0 = performance.now();
    expect(await runOutbox(deps)).toMatchObject({ claimed: JOBS, sent: JOBS, retrying: 0, requests: JOBS });
    // 50 at once, then one every 5 ms.
    expect(performance.now() - t0).toBeGreaterThan(((JOBS - 50) / 200) * 1000 - 50);
    expect(statusCounts()).toEqual({ 200: JOBS });
    expect(await statusesOf(jobIds)).toEqual(['sent']);
    expectEachOnce(JOBS);
  });

  it('then a dispatcher far too fast for the bucket gets 429s, backs off, and still delivers every batch exactly once', async () => {
    // A bucket of 50/s here, so that the sender is surely faster than it even on a busy test machine.
    stack.platform.setRateLimits({ 'POST /v2/bot/message/multicast': 50 });
    const JOBS = 150;
    const deps = { ...stack.deps, clock: systemClock };
    const jobIds = await manyJobs(deps, JOBS);
    const loop = startOutboxLoop(deps, { ratePerSecond: 5000, concurrency: 16, intervalMs: 200 });
    try {
      for (let waited = 0; (await unsent()) > 0; waited += 100) {
        if (waited > 20_000) throw new Error(`not all sent: ${JSON.stringify(statusCounts())}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await loop.stop();
    }
    expect(await statusesOf(jobIds)).toEqual(['sent']);
    const counts = statusCounts();
    expect(counts[429]).toBeGreaterThan(0);
    expect(counts[200]).toBe(JOBS);
    // Each retry used its batch's key: 200 once per stored key.
    const accepted = multicasts(stack).filter((r) => r.status === 200);
    const keys = (await Promise.all(jobIds.map((id) => jobBatches(store(), id)))).flat().map((b) => b.requests[0]!.retryKey);
    expect(accepted.map((r) => r.retryKey).sort()).toEqual(keys.sort());
    expectEachOnce(JOBS);
  });
});

describe("When LINE's monthly message limit is reached in the middle of an announcement", () => {
  const T0 = new Date('2026-11-02T03:00:00.000Z');

  it('then the batches are parked with an ops alert, retried hourly without ever failing, and sent once after the quota is raised', async () => {
    const clock = new ManualClock(T0);
    const deps: BotDeps = { ...stack.deps, clock };
    const alerts = jest.spyOn(deps.logger, 'error');
    const members = await addMembers(stack, 0, 1100); // batches of 500, 500, 100
    const { jobId } = await announce(deps, members, 'seminar:quota');
    stack.platform.setQuota({ type: 'limited', value: 550 }); // one batch of 500 fits, then nothing more
    // One at a time, so one batch goes out before the limit is met.
    expect(await runOutbox(deps, { concurrency: 1 })).toEqual({ claimed: 2, sent: 1, retrying: 0, failed: 0, parked: 2, requests: 2 });
    expect(alerts).toHaveBeenCalledWith(
      expect.objectContaining({ alert: 'line-monthly-limit', parked: 2, until: new Date(T0.getTime() + HOUR).toISOString() }),
      expect.stringContaining('monthly message limit'),
    );
    const parked = (await jobBatches(store(), jobId)).filter((b) => b.status !== 'sent');
    expect(parked).toHaveLength(2);
    for (const b of parked) {
      expect(b).toMatchObject({
        status: 'pending',
        attempts: 0,
        lastStatus: 429,
        nextAttemptAt: new Date(T0.getTime() + HOUR).toISOString(),
      });
      expect(b.lastError).toMatch(/^quota-exceeded: /);
    }
    clock.advance(10 * 60_000);
    expect(await runOutbox(deps)).toMatchObject({ claimed: 0, requests: 0 });

    // For 30 hours the quota stays: each hour the two batches find out again, and nothing is given up.
    for (let hour = 1; hour <= 30; hour += 1) {
      clock.set(new Date(T0.getTime() + hour * HOUR));
      expect(await runOutbox(deps)).toMatchObject({ sent: 0, failed: 0, parked: 2, requests: 2 });
    }
    expect(statusCounts()).toEqual({ 200: 1, 429: 61 });

    // The office raises its plan; an operator resumes instead of waiting for the next hour.
    stack.platform.setQuota({ type: 'limited', value: 5000 });
    expect(await resumeParkedOutbox(deps)).toBe(2);
    expect(await runOutbox(deps)).toMatchObject({ claimed: 2, sent: 2, parked: 0 });
    expect((await jobBatches(store(), jobId)).map((b) => b.status)).toEqual(['sent', 'sent', 'sent']);
    expectOneEach(members.length);
    expect(stack.platform.quota().totalUsage).toBe(1100);
  });

  it('then a rate-limit 429 is still retried with backoff as before, not parked', async () => {
    const clock = new ManualClock(T0);
    const deps: BotDeps = { ...stack.deps, clock };
    await announce(deps, await addMembers(stack, 0, 2), 'k');
    stack.platform.injectFault({ path: '/v2/bot/message/multicast', status: 429, times: 1 });
    expect(await runOutbox(deps)).toMatchObject({ retrying: 1, parked: 0 });
    clock.advance(1000);
    expect(await runOutbox(deps)).toMatchObject({ sent: 1 });
  });
});

describe('When a random 30 % of multicasts answer 500 or 429, time out, or lose their answer', () => {
  it('then after retries every batch is sent and every person has the announcement exactly once', async () => {
    const clock = new ManualClock(new Date('2026-11-02T03:00:00.000Z'));
    const impatient = createLineMessenger({
      channelAccessToken: LOCAL_SECRETS.channelAccessToken,
      apiBaseUrl: stack.platform.url,
      timeoutMs: 150,
    });
    const deps: BotDeps = { ...stack.deps, clock, messenger: impatient };
    const members = await addMembers(stack, 0, 6000); // 12 batches
    const { jobId } = await announce(deps, members, 'seminar:faults');
    stack.platform.setRandomFailures({
      rate: 0.3,
      seed: 7,
      failures: [
        { kind: 'status', status: 500 },
        { kind: 'status', status: 429 },
        { kind: 'timeout', delayMs: 300 },
        { kind: 'lost-answer' },
      ],
    });
    for (let run = 0; (await jobBatches(store(), jobId)).some((b) => b.status !== 'sent'); run += 1) {
      if (run > 20) throw new Error('not sent after 20 runs');
      await runOutbox(deps);
      clock.advance(HOUR);
    }
    const statuses = new Set(stack.platform.requests().map((r) => (r.cut ? r.cut : r.status)));
    for (const seen of [200, 500, 429, 'timeout', 'lost-answer']) expect(statuses).toContain(seen);
    expectOneEach(members.length);
  });
});
