// The outbox as a scheduled job: where no loop runs (Cloud Functions), queued pushes are sent and retried here.
import type { BotDeps } from '../deps';
import { runOutbox } from '../outbox';
import type { ScheduledJob } from './scheduled-job';

export function outboxJob(deps: BotDeps): ScheduledJob {
  return {
    name: 'outbox',
    cron: '* * * * *',
    // A missed minute is covered by the next one: no catching up on old minutes.
    lateToleranceMs: 2 * 60_000,
    catchUpWindowMs: 3 * 60_000,
    leaseMs: 10 * 60_000,
    maxAttempts: 1,
    async run() {
      const r = await runOutbox(deps);
      return { ...r };
    },
  };
}
