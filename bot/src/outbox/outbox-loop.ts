// Runs the dispatcher every few seconds in the self-hosted server; stop() waits for the current run.
import type { BotDeps } from '../deps';
import { createPacer } from './pacer';
import { runOutbox } from './run-outbox';

export interface OutboxLoopOptions {
  intervalMs?: number;
  /** LINE multicast requests per second for this process (default 200; divide by the number of servers). */
  ratePerSecond?: number;
}

export function startOutboxLoop(deps: BotDeps, options: OutboxLoopOptions = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 5_000;
  const pacer = createPacer({ ...(options.ratePerSecond ? { ratePerSecond: options.ratePerSecond } : {}) });
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = runOutbox(deps, { pacer })
      .then((r) => void (r.claimed > 0 && deps.logger.info({ outbox: r }, 'outbox run')))
      .catch((err: unknown) => deps.logger.error({ err }, 'outbox run failed'))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, intervalMs);
      });
  };
  timer = setTimeout(tick, 0);
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
