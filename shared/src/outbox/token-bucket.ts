// Pacing under LINE's per-endpoint rate limit: a reserving token bucket over a caller-given clock.
export interface TokenBucketConfig {
  /** Sustained requests per second (LINE multicast: 200). */
  ratePerSecond: number;
  /** Requests allowed at once after idling. */
  burst: number;
}

export interface TokenBucketState {
  tokens: number;
  atMs: number;
}

export const fullBucket = (config: TokenBucketConfig, nowMs: number): TokenBucketState => ({ tokens: config.burst, atMs: nowMs });

/**
 * Takes one token at `nowMs`: returns the new state and how long the caller must wait before sending.
 * Tokens may go negative: each caller reserves its slot, so concurrent callers queue fairly.
 */
export function takeToken(state: TokenBucketState, nowMs: number, config: TokenBucketConfig): { state: TokenBucketState; waitMs: number } {
  if (!(config.ratePerSecond > 0) || !(config.burst >= 1)) throw new RangeError('ratePerSecond must be > 0 and burst ≥ 1');
  const elapsed = Math.max(0, nowMs - state.atMs);
  const tokens = Math.min(config.burst, state.tokens + (elapsed * config.ratePerSecond) / 1000) - 1;
  const waitMs = tokens >= 0 ? 0 : Math.ceil((-tokens * 1000) / config.ratePerSecond);
  return { state: { tokens, atMs: Math.max(nowMs, state.atMs) }, waitMs };
}
