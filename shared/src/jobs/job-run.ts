// A scheduled occurrence: one run of (jobName, slot), its stored record and the claim rules (lease, retries).
import { z } from 'zod';

export const JOB_RUNS_COLLECTION = 'jobRuns';

export const jobRunStatusSchema = z.enum(['running', 'done', 'failed', 'skipped']);
export type JobRunStatus = z.infer<typeof jobRunStatusSchema>;

export const jobRunSchema = z.object({
  job: z.string().min(1),
  /** The scheduled minute, ISO UTC. */
  slot: z.string(),
  status: jobRunStatusSchema,
  attempts: z.number().int().nonnegative(),
  /** While running: after this moment another instance may take the run over (the holder crashed). */
  leaseUntil: z.string().nullable(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Why it was skipped, or the last error message. */
  note: z.string().nullable(),
  /** What the handler reported (counts), for operators. */
  result: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).nullable(),
  /** When the purge job may delete this record. */
  expireAt: z.string(),
});
export type JobRun = z.infer<typeof jobRunSchema>;

export interface RunPolicy {
  leaseMs: number;
  /** Runs that failed are tried again (by a later tick or a platform retry) until this many attempts. */
  maxAttempts: number;
  /** How long a run record is kept. */
  keepMs: number;
}

export const DEFAULT_RUN_POLICY: RunPolicy = { leaseMs: 5 * 60_000, maxAttempts: 3, keepMs: 14 * 24 * 3600_000 };

/** The document id of a run: `purge-processed-events:2026-01-15T02:00Z`. */
export function jobRunId(job: string, slot: Date): string {
  if (!/^[a-z0-9-]+$/.test(job)) throw new Error(`Job names are kebab-case: "${job}"`);
  return `${job}:${slot.toISOString().slice(0, 16)}Z`;
}

const base = (job: string, slot: Date, policy: RunPolicy) => ({
  job,
  slot: slot.toISOString(),
  leaseUntil: null,
  startedAt: null,
  finishedAt: null,
  note: null,
  result: null,
  expireAt: new Date(slot.getTime() + policy.keepMs).toISOString(),
});

/** A fresh claim: running under a lease, first attempt. */
export function newRunningRun(job: string, slot: Date, now: Date, policy: RunPolicy): JobRun {
  const leaseUntil = new Date(now.getTime() + policy.leaseMs).toISOString();
  return { ...base(job, slot, policy), status: 'running', attempts: 1, startedAt: now.toISOString(), leaseUntil };
}

/** A record that the slot was not run, and why (it is never claimed after). */
export function newSkippedRun(job: string, slot: Date, now: Date, policy: RunPolicy, note: string): JobRun {
  return { ...base(job, slot, policy), status: 'skipped', attempts: 0, finishedAt: now.toISOString(), note };
}

/** Whether an existing record may be claimed: it failed, or its holder's lease ran out (crash); attempts left. */
export function isRunClaimable(run: JobRun, now: Date, policy: RunPolicy): boolean {
  if (run.attempts >= policy.maxAttempts) return false;
  if (run.status === 'failed') return true;
  return run.status === 'running' && run.leaseUntil !== null && run.leaseUntil <= now.toISOString();
}

export function reclaimRun(run: JobRun, now: Date, policy: RunPolicy): JobRun {
  return {
    ...run,
    status: 'running',
    attempts: run.attempts + 1,
    startedAt: now.toISOString(),
    finishedAt: null,
    leaseUntil: new Date(now.getTime() + policy.leaseMs).toISOString(),
  };
}

export function finishRun(run: JobRun, now: Date, outcome: { ok: true; result: JobRun['result'] } | { ok: false; error: string }): JobRun {
  return outcome.ok
    ? { ...run, status: 'done', leaseUntil: null, finishedAt: now.toISOString(), result: outcome.result, note: null }
    : { ...run, status: 'failed', leaseUntil: null, finishedAt: now.toISOString(), note: outcome.error.slice(0, 500) };
}
