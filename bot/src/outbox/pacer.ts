// Paces LINE requests with the shared token bucket; real time by default, any clock and sleep when given.
import { fullBucket, takeToken, type TokenBucketConfig } from '@nithet/shared';

/** LINE's per-channel limit for POST /v2/bot/message/multicast. */
export const LINE_MULTICAST_RATE_PER_SECOND = 200;

export interface Pacer {
  /** Resolves when one more request may be sent. */
  acquire(): Promise<void>;
}

export interface PacerOptions {
  ratePerSecond?: number;
  /** Requests allowed at once after idling (default: a quarter second's worth). */
  burst?: number;
  nowMs?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export function createPacer(options: PacerOptions = {}): Pacer {
  const ratePerSecond = options.ratePerSecond ?? LINE_MULTICAST_RATE_PER_SECOND;
  const config: TokenBucketConfig = { ratePerSecond, burst: options.burst ?? Math.max(1, Math.floor(ratePerSecond / 4)) };
  const nowMs = options.nowMs ?? (() => performance.now());
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let state = fullBucket(config, nowMs());
  return {
    async acquire() {
      const taken = takeToken(state, nowMs(), config);
      state = taken.state;
      if (taken.waitMs > 0) await sleep(taken.waitMs);
    },
  };
}
