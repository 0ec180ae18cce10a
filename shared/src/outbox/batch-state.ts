// The life of one outbox batch: pending → sending (leased) → sent | pending (retry, or parked at the monthly limit) | failed.
import type { OutboundMessage } from '../domain/messaging';
import { backoffDelayMs, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff';
import { isMonthlyLimit, parkClaimedForQuota } from './monthly-limit';

/** A batch as queued: nothing sent yet, due at `dueAt` (later than now when quiet hours hold it). */
export function newOutboundBatch(
  fields: Pick<OutboundMessage, 'id' | 'areaId' | 'to' | 'requests' | 'reason' | 'job'>,
  now: string,
  dueAt: string = now,
): OutboundMessage {
  return {
    kind: 'multicast',
    delivered: 0,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: dueAt,
    leaseUntil: null,
    firstAttemptAt: null,
    sentAt: null,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

export interface OutboxPolicy {
  /** How long a claim is exclusive; after it, another dispatcher may reclaim the batch. */
  leaseMs: number;
  /** Claims (first try included) before a retryable failure becomes permanent (the retry-key window usually ends it first). */
  maxAttempts: number;
  /** LINE forgets a retry key after 24 h; past this age a re-send could duplicate, so we stop. */
  retryKeyWindowMs: number;
  backoff: BackoffPolicy;
  /** How long a batch waits after LINE's monthly limit (429 "monthly limit") before it is tried again. */
  quotaRetryMs: number;
}

export const DEFAULT_OUTBOX_POLICY: OutboxPolicy = {
  leaseMs: 60_000,
  // LINE down for minutes or hours must not lose an announcement: 429/5xx/timeouts are retried for as long as the
  // retry key holds. 300 tries outlast the 23 h window even at the shortest backoff (5–10 min once capped).
  maxAttempts: 300,
  retryKeyWindowMs: 23 * 3600_000,
  backoff: DEFAULT_BACKOFF,
  quotaRetryMs: 3600_000,
};

/** What LINE answered to one request (409 for a known retry key arrives as ok). */
export type RequestOutcome = { ok: true } | { ok: false; status: number; message: string; retryable: boolean };

const ms = (iso: string | null) => (iso === null ? Number.NaN : Date.parse(iso));

/** Due and not held: pending and due, or sending with an expired lease (its dispatcher died). */
export function isClaimable(b: OutboundMessage, now: Date): boolean {
  if (b.status === 'pending') return ms(b.nextAttemptAt) <= now.getTime();
  if (b.status === 'sending') return ms(b.leaseUntil) <= now.getTime();
  return false;
}

/**
 * Claims a claimable batch: `send` false when it may no longer be sent safely (it is then failed).
 * The lease end doubles as nextAttemptAt, so one query (status, nextAttemptAt) finds expired leases too.
 */
export function claimBatch(
  b: OutboundMessage,
  now: Date,
  policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
): { batch: OutboundMessage; send: boolean } {
  if (!isClaimable(b, now)) throw new Error(`Outbox batch ${b.id} is not claimable (${b.status})`);
  const at = now.toISOString();
  if (b.firstAttemptAt !== null && now.getTime() - ms(b.firstAttemptAt) > policy.retryKeyWindowMs) {
    const lastError = `retry key older than ${policy.retryKeyWindowMs / 3600_000} h; not re-sent (last: ${b.lastError ?? 'unknown'})`;
    return { batch: { ...b, status: 'failed', leaseUntil: null, lastError, updatedAt: at }, send: false };
  }
  const leaseUntil = new Date(now.getTime() + policy.leaseMs).toISOString();
  return {
    batch: {
      ...b,
      status: 'sending',
      attempts: b.attempts + 1,
      leaseUntil,
      nextAttemptAt: leaseUntil,
      firstAttemptAt: b.firstAttemptAt ?? at,
      updatedAt: at,
    },
    send: true,
  };
}

/** The next request to send, or undefined when every request was accepted. */
export const nextRequest = (b: OutboundMessage) => b.requests[b.delivered];

/** Applies LINE's answer to the request at `delivered`; `random` ∈ [0, 1) jitters the backoff. */
export function afterRequest(
  b: OutboundMessage,
  outcome: RequestOutcome,
  now: Date,
  random: number,
  policy: OutboxPolicy = DEFAULT_OUTBOX_POLICY,
): OutboundMessage {
  const at = now.toISOString();
  if (outcome.ok) {
    const delivered = b.delivered + 1;
    const done = delivered >= b.requests.length;
    return done ? { ...b, delivered, status: 'sent', sentAt: at, leaseUntil: null, updatedAt: at } : { ...b, delivered, updatedAt: at };
  }
  if (isMonthlyLimit(outcome)) return parkClaimedForQuota(b, outcome, now, new Date(now.getTime() + policy.quotaRetryMs));
  const failure = { lastStatus: outcome.status, lastError: outcome.message, leaseUntil: null, updatedAt: at };
  if (!outcome.retryable || b.attempts >= policy.maxAttempts) return { ...b, ...failure, status: 'failed' };
  const nextAttemptAt = new Date(now.getTime() + backoffDelayMs(b.attempts, random, policy.backoff)).toISOString();
  return { ...b, ...failure, status: 'pending', nextAttemptAt };
}
