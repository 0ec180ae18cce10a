// LINE's monthly message limit: unlike a rate-limit 429 it lasts until the quota changes, so batches are parked, not retried.
import type { OutboundMessage } from '../domain/messaging';
import type { RequestOutcome } from './batch-state';

/** Start of `lastError` on a batch parked because LINE's monthly limit was reached. */
export const QUOTA_EXCEEDED = 'quota-exceeded';

/** 429 "You have reached your monthly limit." (a rate-limit 429 says "rate limit"). */
export function isMonthlyLimit(outcome: RequestOutcome): boolean {
  return !outcome.ok && outcome.status === 429 && /monthly limit/i.test(outcome.message);
}

export const isParkedForQuota = (b: OutboundMessage): boolean => b.status === 'pending' && (b.lastError ?? '').startsWith(QUOTA_EXCEEDED);

const parkedError = (message: string) =>
  `${QUOTA_EXCEEDED}: LINE's monthly message limit reached; waits until the quota changes (${message})`;

/**
 * The batch whose request LINE refused for the monthly limit (nothing was sent): pending again at `until`, the
 * claim not counted as an attempt. When this claim was its first, every earlier try was refused too, so its
 * retry key was never accepted and the 24-hour key window starts afresh at the next try.
 */
export function parkClaimedForQuota(
  b: OutboundMessage,
  outcome: { status: number; message: string },
  now: Date,
  until: Date,
): OutboundMessage {
  return {
    ...b,
    status: 'pending',
    attempts: Math.max(0, b.attempts - 1),
    firstAttemptAt: b.attempts <= 1 ? null : b.firstAttemptAt,
    nextAttemptAt: until.toISOString(),
    leaseUntil: null,
    lastStatus: outcome.status,
    lastError: parkedError(outcome.message),
    updatedAt: now.toISOString(),
  };
}

/** A pending batch not tried yet in this run, held back with the one that met the limit (no request made). */
export function parkPendingForQuota(b: OutboundMessage, message: string, now: Date, until: Date): OutboundMessage {
  if (b.status !== 'pending') throw new Error(`Outbox batch ${b.id} is not pending (${b.status})`);
  const nextAttemptAt = b.nextAttemptAt > until.toISOString() ? b.nextAttemptAt : until.toISOString();
  return { ...b, nextAttemptAt, lastStatus: 429, lastError: parkedError(message), updatedAt: now.toISOString() };
}

/** An operator's resume (e.g. after raising the quota): a parked batch is due now. */
export function resumeParked(b: OutboundMessage, now: Date): OutboundMessage {
  if (!isParkedForQuota(b)) return b;
  return { ...b, nextAttemptAt: now.toISOString(), updatedAt: now.toISOString() };
}
