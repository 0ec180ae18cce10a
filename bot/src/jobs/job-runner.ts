// Runs each (job, slot) once across processes: due and missed slots within a window, late ones skipped and recorded.
import {
  DEFAULT_RUN_POLICY,
  isRunClaimable,
  JOB_RUNS_COLLECTION,
  jobRunId,
  jobRunSchema,
  parseCron,
  slotsBetween,
  slotUsefulness,
  type Clock,
  type CronSchedule,
  type DocumentStore,
  type RunPolicy,
} from '@nithet/shared';
import type { Logger } from '../logger';
import { claimJobRun, finishJobRun, skipJobRun } from './job-runs-store';
import { DEFAULT_LATE_TOLERANCE_MS, type JobResult, type ScheduledJob } from './scheduled-job';

/** What the runner needs of BotDeps (tests pass just these). */
export interface RunnerDeps {
  repos: { store: DocumentStore };
  clock: Clock;
  logger: Logger;
}

export type SlotOutcome = 'done' | 'failed' | 'skipped' | 'busy';
export interface SlotReport {
  job: string;
  slot: string;
  outcome: SlotOutcome;
  result?: JobResult;
  error?: string;
}

export interface JobRunner {
  readonly jobs: readonly ScheduledJob[];
  /** Runs every due or missed slot (of one job, or all) within each job's catch-up window; one report per slot acted on. */
  runDue(onlyJob?: string): Promise<SlotReport[]>;
}

interface Prepared {
  job: ScheduledJob;
  schedule: CronSchedule;
  policy: RunPolicy;
  toleranceMs: number;
  windowMs: number;
}

function prepare(job: ScheduledJob): Prepared {
  const toleranceMs = job.lateToleranceMs ?? DEFAULT_LATE_TOLERANCE_MS;
  const policy: RunPolicy = {
    ...DEFAULT_RUN_POLICY,
    ...(job.leaseMs ? { leaseMs: job.leaseMs } : {}),
    ...(job.maxAttempts ? { maxAttempts: job.maxAttempts } : {}),
  };
  return { job, schedule: parseCron(job.cron), policy, toleranceMs, windowMs: job.catchUpWindowMs ?? 2 * toleranceMs };
}

async function runSlot(deps: RunnerDeps, p: Prepared, slot: Date): Promise<SlotReport> {
  const name = p.job.name;
  const report = (outcome: SlotOutcome, extra: Partial<SlotReport> = {}): SlotReport => ({
    job: name,
    slot: slot.toISOString(),
    outcome,
    ...extra,
  });
  const now = deps.clock.now();
  const use = slotUsefulness(slot, now, p.toleranceMs);
  if (!use.run) {
    const recorded = await skipJobRun(
      deps.repos.store,
      name,
      slot,
      now,
      p.policy,
      `${use.reason}: ${Math.round(use.lateMs / 60_000)} min late`,
    );
    if (recorded) deps.logger.warn({ job: name, slot, lateMs: use.lateMs }, 'scheduled run skipped: too late');
    return report(recorded ? 'skipped' : 'busy');
  }
  const held = await claimJobRun(deps.repos.store, name, slot, now, p.policy);
  if (!held) return report('busy');
  const log = deps.logger.child({ job: name, slot: slot.toISOString(), attempt: held.attempts });
  try {
    const result = (await p.job.run({ slot, now, log })) ?? {};
    await finishJobRun(deps.repos.store, held, deps.clock.now(), { ok: true, result });
    log.info({ result, lateMs: use.lateMs }, 'scheduled run done');
    return report('done', { result });
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    await finishJobRun(deps.repos.store, held, deps.clock.now(), { ok: false, error });
    log.error({ err }, 'scheduled run failed');
    return report('failed', { error });
  }
}

export function createJobRunner(deps: RunnerDeps, jobs: readonly ScheduledJob[]): JobRunner {
  const names = new Set<string>();
  for (const j of jobs) {
    if (names.has(j.name)) throw new Error(`Two scheduled jobs are named "${j.name}"`);
    names.add(j.name);
  }
  const prepared = jobs.map(prepare);
  return {
    jobs,
    async runDue(onlyJob) {
      const reports: SlotReport[] = [];
      for (const p of prepared) {
        if (onlyJob !== undefined && p.job.name !== onlyJob) continue;
        const now = deps.clock.now();
        const slots = slotsBetween(p.schedule, new Date(now.getTime() - p.windowMs), now);
        // One read for the whole window; only absent, failed or abandoned slots are acted on.
        const existing = await deps.repos.store.getMany(
          JOB_RUNS_COLLECTION,
          slots.map((s) => jobRunId(p.job.name, s)),
        );
        for (const [i, slot] of slots.entries()) {
          const data = existing[i];
          if (data && !isRunClaimable(jobRunSchema.parse(data), now, p.policy)) continue;
          reports.push(await runSlot(deps, p, slot));
        }
      }
      return reports;
    },
  };
}
