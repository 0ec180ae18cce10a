// Retry timing: exponential backoff with "equal jitter" (half fixed, half random), capped.
export interface BackoffPolicy {
  baseMs: number;
  maxMs: number;
}

/**
 * The first retry within 125–250 ms (a lost answer or a 500 is usually over by then, and a rate-limit bucket has
 * refilled), doubling up to 10 minutes (reached after about 4–8 minutes of LINE trouble), then every 5–10 minutes.
 */
export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 250, maxMs: 10 * 60_000 };

/** Delay before retry number `attempt` (1 = the first retry); `random` ∈ [0, 1). */
export function backoffDelayMs(attempt: number, random: number, policy: BackoffPolicy = DEFAULT_BACKOFF): number {
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  const r = Math.min(Math.max(random, 0), 1);
  return Math.round(ceiling / 2 + (ceiling / 2) * r);
}
