// Runs the dispatcher in the self-hosted server: again when the next batch falls due (a retry after its backoff),
// at the latest every few seconds for new work, at once on wake(); stop() waits for the current run.
import type { BotDeps } from '../deps';
import { nextDueAt } from './outbox-store';
import { createPacer } from './pacer';
import { runOutbox } from './run-outbox';
import { onQueued } from './queued-signal';

export interface OutboxLoopOptions {
  /** Longest pause between runs, which is how soon newly queued work is seen without wake() (default 5 s). */
  intervalMs?: number;
  /** LINE multicast requests per second for this process (default 200; divide by the number of servers). */
  ratePerSecond?: number;
  /** LINE requests in flight at once (default 8). */
  concurrency?: number;
}

export interface OutboxLoop {
  /** Runs now (or right after the current run): for callers that just queued something. */
  wake(): void;
  stop(): Promise<void>;
}

/** A batch due in the past but not claimable (e.g. contended) must not make the loop spin. */
const MIN_PAUSE_MS = 50;

export function startOutboxLoop(deps: BotDeps, options: OutboxLoopOptions = {}): OutboxLoop {
  const intervalMs = options.intervalMs ?? 5_000;
  // One pacer for every run: the rate limit is LINE's per channel, not per run.
  const pacer = createPacer({ ...(options.ratePerSecond ? { ratePerSecond: options.ratePerSecond } : {}) });
  let stopped = false;
  let busy = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pauseAfterRun = async (): Promise<number> => {
    const next = await nextDueAt(deps.repos.store).catch(() => null);
    if (!next) return intervalMs;
    return Math.min(intervalMs, Math.max(MIN_PAUSE_MS, next.getTime() - deps.clock.now().getTime()));
  };
  const tick = () => {
    timer = undefined;
    busy = true;
    running = (async () => {
      try {
        const r = await runOutbox(deps, { pacer, ...(options.concurrency ? { concurrency: options.concurrency } : {}) });
        if (r.claimed > 0) deps.logger.info({ outbox: r }, 'outbox run');
      } catch (err) {
        deps.logger.error({ err }, 'outbox run failed');
      }
      const pause = again ? 0 : await pauseAfterRun();
      busy = false;
      again = false;
      if (!stopped) timer = setTimeout(tick, pause);
    })();
  };
  timer = setTimeout(tick, 0);
  const wake = () => {
    if (stopped) return;
    if (busy) again = true;
    else {
      clearTimeout(timer);
      tick();
    }
  };
  const unsubscribe = onQueued(wake);
  return {
    wake,
    async stop() {
      stopped = true;
      unsubscribe();
      clearTimeout(timer);
      await running;
    },
  };
}
