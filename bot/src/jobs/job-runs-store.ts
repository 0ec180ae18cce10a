// The jobRuns collection: claim a slot exactly once (create-if-absent, lease takeover), record skips and endings.
import {
  finishRun,
  isRunClaimable,
  JOB_RUNS_COLLECTION,
  jobRunId,
  jobRunSchema,
  newRunningRun,
  newSkippedRun,
  reclaimRun,
  type DocData,
  type DocumentStore,
  type JobRun,
  type RunPolicy,
} from '@nithet/shared';

const toData = (run: JobRun) => JSON.parse(JSON.stringify(run)) as DocData;
const parse = (data: DocData | null): JobRun | null => (data === null ? null : jobRunSchema.parse(data));

export async function getJobRun(store: DocumentStore, job: string, slot: Date): Promise<JobRun | null> {
  return parse(await store.get(JOB_RUNS_COLLECTION, jobRunId(job, slot)));
}

/** The run this caller now holds, or null when another instance has it (or it is finished). */
export async function claimJobRun(store: DocumentStore, job: string, slot: Date, now: Date, policy: RunPolicy): Promise<JobRun | null> {
  const id = jobRunId(job, slot);
  const fresh = newRunningRun(job, slot, now, policy);
  if (await store.create(JOB_RUNS_COLLECTION, id, toData(fresh))) return fresh;
  return store.runTransaction(async (tx) => {
    const current = parse(await tx.get(JOB_RUNS_COLLECTION, id));
    if (!current || !isRunClaimable(current, now, policy)) return null;
    const taken = reclaimRun(current, now, policy);
    tx.set(JOB_RUNS_COLLECTION, id, toData(taken));
    return taken;
  });
}

/** Records a slot as skipped unless some instance already recorded it; true when this call did. */
export async function skipJobRun(
  store: DocumentStore,
  job: string,
  slot: Date,
  now: Date,
  policy: RunPolicy,
  note: string,
): Promise<boolean> {
  return store.create(JOB_RUNS_COLLECTION, jobRunId(job, slot), toData(newSkippedRun(job, slot, now, policy, note)));
}

/** Writes the ending only while our claim still holds; false when another instance took the run over. */
export async function finishJobRun(
  store: DocumentStore,
  held: JobRun,
  now: Date,
  outcome: Parameters<typeof finishRun>[2],
): Promise<boolean> {
  const id = jobRunId(held.job, new Date(held.slot));
  return store.runTransaction(async (tx) => {
    const current = parse(await tx.get(JOB_RUNS_COLLECTION, id));
    if (!current || current.status !== 'running' || current.attempts !== held.attempts) return false;
    tx.set(JOB_RUNS_COLLECTION, id, toData(finishRun(current, now, outcome)));
    return true;
  });
}
