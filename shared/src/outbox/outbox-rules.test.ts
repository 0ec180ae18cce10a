// The outbox's pure rules: batching, cost preview, backoff, pacing, and the batch state machine.
import type { OutboundMessage } from '../domain/messaging';
import {
  afterRequest,
  backoffDelayMs,
  claimBatch,
  costPreview,
  DEFAULT_OUTBOX_POLICY,
  fullBucket,
  isClaimable,
  isMonthlyLimit,
  isParkedForQuota,
  newOutboundBatch,
  parkPendingForQuota,
  resumeParked,
  planBatches,
  takeToken,
} from './index';

const ids = (n: number) => Array.from({ length: n }, (_, i) => `U${i.toString(16).padStart(32, '0')}`);
const T0 = new Date('2026-11-02T03:00:00.000Z');
const at = (msAfter: number) => new Date(T0.getTime() + msAfter);

const batch = (over: Partial<OutboundMessage> = {}): OutboundMessage => ({
  ...newOutboundBatch(
    {
      id: 'mc-1-0000',
      areaId: 'esa',
      to: ids(2),
      requests: [{ messages: [{ type: 'text', text: 'a' }], retryKey: '123e4567-e89b-42d3-a456-426614174000' }],
      reason: 'test',
      job: { id: 'mc-1', dedupeKey: 'k', index: 0, batches: 1, recipients: 2, reachable: 2, skippedUnreachable: 0 },
    },
    T0.toISOString(),
  ),
  ...over,
});

describe('When a multicast is split into batches', () => {
  it('then 1,203 recipients make 500 + 500 + 203, duplicates removed, and 7 messages make 2 ordered requests each', () => {
    const plan = planBatches([...ids(1203), ...ids(3)], ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7']);
    expect(plan.map((b) => b.to.length)).toEqual([500, 500, 203]);
    expect(new Set(plan.flatMap((b) => b.to)).size).toBe(1203);
    expect(plan[0]!.parts).toEqual([
      ['m1', 'm2', 'm3', 'm4', 'm5'],
      ['m6', 'm7'],
    ]);
    expect(planBatches(ids(3), [])).toEqual([]);
  });

  it('then the cost preview counts batches, requests and quota per reachable recipient', () => {
    expect(costPreview({ recipients: 1210, reachable: 1203, messages: 2 })).toEqual({
      recipients: 1210,
      reachable: 1203,
      skippedUnreachable: 7,
      batches: 3,
      requests: 3,
      quotaCost: 1203,
    });
    expect(costPreview({ recipients: 501, reachable: 501, messages: 6 })).toMatchObject({ batches: 2, requests: 4, quotaCost: 1002 });
    expect(costPreview({ recipients: 4, reachable: 0, messages: 1 })).toMatchObject({
      batches: 0,
      requests: 0,
      quotaCost: 0,
      skippedUnreachable: 4,
    });
  });
});

describe('When a request fails and is retried', () => {
  it('then the delay doubles from 250 ms within [half, full] of its ceiling, capped at 10 minutes', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 0))).toEqual([125, 250, 500, 1000]);
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, 1))).toEqual([250, 500, 1000, 2000]);
    expect(backoffDelayMs(30, 0.5)).toBe(450_000);
    // Even at the shortest waits, the tries of a batch outlast its retry key (23 h): no LINE outage shorter than
    // that loses it, and the retry-key window, not the count, ends a batch that never gets through.
    const waits = Array.from({ length: DEFAULT_OUTBOX_POLICY.maxAttempts - 1 }, (_, i) => backoffDelayMs(i + 1, 0));
    expect(waits.reduce((a, b) => a + b, 0)).toBeGreaterThan(DEFAULT_OUTBOX_POLICY.retryKeyWindowMs);
  });

  it("then 429/5xx/timeouts go back to pending with backoff, other 4xx fail with LINE's message, and the last try is the end", () => {
    const claimed = claimBatch(batch(), T0).batch;
    expect(claimed).toMatchObject({
      status: 'sending',
      attempts: 1,
      leaseUntil: at(60_000).toISOString(),
      nextAttemptAt: at(60_000).toISOString(),
    });
    const retry = afterRequest(claimed, { ok: false, status: 429, message: 'rate', retryable: true }, T0, 0);
    expect(retry).toMatchObject({ status: 'pending', nextAttemptAt: at(125).toISOString(), leaseUntil: null, lastStatus: 429 });
    const bad = afterRequest(claimed, { ok: false, status: 400, message: 'Failed to send messages', retryable: false }, T0, 0);
    expect(bad).toMatchObject({ status: 'failed', lastStatus: 400, lastError: 'Failed to send messages' });
    const tired = afterRequest(
      { ...claimed, attempts: DEFAULT_OUTBOX_POLICY.maxAttempts },
      { ok: false, status: 500, message: 'x', retryable: true },
      T0,
      0,
    );
    expect(tired.status).toBe('failed');
  });

  it('then requests are accepted in order and the batch is sent after the last', () => {
    const two = batch({
      requests: [...batch().requests, { messages: [{ type: 'text', text: 'b' }], retryKey: '223e4567-e89b-42d3-a456-426614174000' }],
    });
    const one = afterRequest(claimBatch(two, T0).batch, { ok: true }, T0, 0);
    expect(one).toMatchObject({ status: 'sending', delivered: 1 });
    expect(afterRequest(one, { ok: true }, T0, 0)).toMatchObject({
      status: 'sent',
      delivered: 2,
      sentAt: T0.toISOString(),
      leaseUntil: null,
    });
  });
});

describe('When LINE answers 429 for the monthly limit rather than the rate limit', () => {
  const monthly = { ok: false as const, status: 429, message: '{"message":"You have reached your monthly limit."}', retryable: true };
  const rate = {
    ok: false as const,
    status: 429,
    message: '{"message":"The API rate limit has been exceeded. Try again later."}',
    retryable: true,
  };

  it('then only the monthly one parks the batch for an hour, not counted as an attempt, however often it comes back', () => {
    expect([isMonthlyLimit(monthly), isMonthlyLimit(rate), isMonthlyLimit({ ok: true })]).toEqual([true, false, false]);
    let b = batch();
    for (let hour = 0; hour < 30; hour += 1) {
      const now = at(hour * 3600_000);
      b = afterRequest(claimBatch(b, now).batch, monthly, now, 0);
      expect(b).toMatchObject({ status: 'pending', attempts: 0, firstAttemptAt: null, lastStatus: 429, leaseUntil: null });
      expect(b.nextAttemptAt).toBe(at((hour + 1) * 3600_000).toISOString());
      expect(isParkedForQuota(b)).toBe(true);
    }
    // Thirty hours later, with the quota raised, it is still sent (its retry key was never accepted).
    expect(afterRequest(claimBatch(b, at(30 * 3600_000)).batch, { ok: true }, at(30 * 3600_000), 0).status).toBe('sent');
    expect(afterRequest(claimBatch(batch(), T0).batch, rate, T0, 0)).toMatchObject({ status: 'pending', attempts: 1 });
  });

  it('then a batch tried before with an unknown outcome keeps its key window, so it is never sent after LINE forgot the key', () => {
    const timedOut = afterRequest(claimBatch(batch(), T0).batch, { ok: false, status: 0, message: 'timeout', retryable: true }, T0, 0);
    const parked = afterRequest(claimBatch(timedOut, at(1000)).batch, monthly, at(1000), 0);
    expect(parked).toMatchObject({ status: 'pending', attempts: 1, firstAttemptAt: T0.toISOString() });
    expect(claimBatch(parked, at(24 * 3600_000)).batch.status).toBe('failed');
  });

  it('then the other due batches are held with it without a request, and an operator can resume them all', () => {
    const until = at(3600_000);
    const held = parkPendingForQuota(batch(), 'monthly', T0, until);
    expect(held).toMatchObject({ status: 'pending', attempts: 0, nextAttemptAt: until.toISOString(), lastStatus: 429 });
    expect(parkPendingForQuota(batch({ nextAttemptAt: at(7200_000).toISOString() }), 'm', T0, until).nextAttemptAt).toBe(
      at(7200_000).toISOString(),
    );
    expect(() => parkPendingForQuota(batch({ status: 'sent' }), 'm', T0, until)).toThrow();
    expect(resumeParked(held, at(60_000)).nextAttemptAt).toBe(at(60_000).toISOString());
    const retrying = batch({ lastStatus: 500, lastError: 'x', nextAttemptAt: at(5000).toISOString() });
    expect(resumeParked(retrying, T0)).toBe(retrying);
  });
});

describe('When dispatchers compete for a batch', () => {
  it('then a held lease blocks a claim until it expires, and a key older than the window is never re-sent', () => {
    const held = claimBatch(batch(), T0).batch;
    expect(isClaimable(held, at(59_999))).toBe(false);
    expect(isClaimable(held, at(60_000))).toBe(true);
    expect(claimBatch(held, at(60_000)).batch.attempts).toBe(2);
    expect(isClaimable(batch({ status: 'sent' }), at(1e9))).toBe(false);
    expect(isClaimable(batch({ nextAttemptAt: at(1).toISOString() }), T0)).toBe(false);
    const stale = claimBatch(held, at(24 * 3600_000));
    expect(stale.send).toBe(false);
    expect(stale.batch.status).toBe('failed');
  });
});

describe('When requests are paced with a token bucket', () => {
  it('then after the burst each request waits 1/rate, and no 1-second window holds more than rate + burst', () => {
    const config = { ratePerSecond: 200, burst: 20 };
    let state = fullBucket(config, 0);
    let now = 0;
    const sendTimes: number[] = [];
    for (let i = 0; i < 1000; i += 1) {
      const taken = takeToken(state, now, config);
      state = taken.state;
      now += taken.waitMs; // the caller sleeps, then sends
      sendTimes.push(now);
    }
    expect(sendTimes.slice(0, 20).every((t) => t === 0)).toBe(true);
    expect(sendTimes[20]).toBe(5);
    for (const start of sendTimes) expect(sendTimes.filter((t) => t >= start && t < start + 1000).length).toBeLessThanOrEqual(220);
    expect(sendTimes.at(-1)).toBe(4900);
  });
});
