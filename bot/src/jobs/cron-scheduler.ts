// node-cron on the Asia/Bangkok clock: each job's ticks call the runner; a start catches up missed slots.
import { schedule, type ScheduledTask } from 'node-cron';
import { THAI_TZ } from '@nithet/shared';
import type { Logger } from '../logger';
import type { JobRunner } from './job-runner';

export interface Scheduler {
  /** Stops the ticks and waits for the runs in progress. */
  stop(): Promise<void>;
}

export function startScheduler(runner: JobRunner, logger: Logger): Scheduler {
  const inFlight = new Set<Promise<unknown>>();
  const track = (what: string, run: () => Promise<unknown>) => {
    const p = run()
      .catch((err: unknown) => logger.error({ err, job: what }, 'scheduler tick failed'))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  const tasks: ScheduledTask[] = runner.jobs.map((job) =>
    schedule(job.cron, () => track(job.name, () => runner.runDue(job.name)), { timezone: THAI_TZ, name: job.name, noOverlap: true }),
  );
  // After downtime: run the slots still worth running, record the others as skipped.
  track('catch-up', () => runner.runDue());
  logger.info({ jobs: runner.jobs.map((j) => `${j.name} ${j.cron}`) }, 'scheduler started');
  return {
    async stop() {
      await Promise.all(tasks.map((t) => t.stop()));
      await Promise.all([...inFlight]);
    },
  };
}
