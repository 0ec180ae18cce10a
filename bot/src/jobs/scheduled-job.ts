// What a scheduled job is: the registry entry reminders and others plug into (name, cron, policy, handler).
import type { JobRun } from '@nithet/shared';
import type { Logger } from '../logger';

export interface JobContext {
  /** The scheduled minute this run is for (on time or caught up late). */
  slot: Date;
  /** When the run started (the runner's clock). */
  now: Date;
  log: Logger;
}

/** Counts for operators, stored on the run record. */
export type JobResult = NonNullable<JobRun['result']>;

export interface ScheduledJob {
  /** kebab-case; part of the run id `jobRuns/{name}:{slot}`. */
  name: string;
  /** Five-field cron on the Asia/Bangkok clock, e.g. `*\/15 * * * *`. */
  cron: string;
  /** A slot later than this (after downtime) is recorded as skipped instead of run (default 10 min). */
  lateToleranceMs?: number;
  /** How far back a start or a tick looks for missed slots (default: twice the tolerance, so
   *  slots missed beyond the tolerance are recorded as skipped). */
  catchUpWindowMs?: number;
  /** How long a run may hold its claim before another instance takes it over (default 5 min). */
  leaseMs?: number;
  /** Attempts of one slot, including takeovers and retries after failure (default 3). */
  maxAttempts?: number;
  run(ctx: JobContext): Promise<JobResult | void>;
}

export const DEFAULT_LATE_TOLERANCE_MS = 10 * 60_000;
