// Deletes documents whose ISO `expireAt` has passed, in bounded pages (processed webhook events, old job runs),
// and audit entries past their retention.
import { COLLECTIONS, JOB_RUNS_COLLECTION, purgeOldAuditEntries, type DocumentStore } from '@nithet/shared';
import type { ScheduledJob } from './scheduled-job';
import { purgeFinishedBatches } from '../outbox';

export interface PurgeOptions {
  /** Documents deleted per page, one commit each (default 200). */
  pageSize?: number;
  /** Pages per run at most; the rest waits for the next run (default 25). */
  maxPages?: number;
}

export interface PurgeResult {
  deleted: number;
  pages: number;
  /** True when the page limit was reached with expired documents possibly left. */
  more: boolean;
}

export async function purgeExpired(store: DocumentStore, collection: string, now: Date, options: PurgeOptions = {}): Promise<PurgeResult> {
  const pageSize = options.pageSize ?? 200;
  const maxPages = options.maxPages ?? 25;
  const result: PurgeResult = { deleted: 0, pages: 0, more: false };
  // Single-field range on expireAt: Firestore's automatic index serves it.
  const spec = {
    where: [{ field: 'expireAt', op: '<' as const, value: now.toISOString() }],
    orderBy: [{ field: 'expireAt' }],
    limit: pageSize,
  };
  while (result.pages < maxPages) {
    const { docs } = await store.query(collection, spec);
    if (docs.length === 0) return result;
    await store.runTransaction(async (tx) => {
      for (const d of docs) tx.delete(collection, d.id);
    });
    result.pages += 1;
    result.deleted += docs.length;
    if (docs.length < pageSize) return result;
  }
  result.more = true;
  return result;
}

const OUTBOX_KEEP_MS = 30 * 24 * 3600_000;

/** Daily at 03:17 Bangkok time: expired de-duplication records of webhook events, old job-run records, old outbox batches. */
export function purgeProcessedEventsJob(store: DocumentStore, options: PurgeOptions = {}): ScheduledJob {
  return {
    name: 'purge-processed-events',
    cron: '17 3 * * *',
    lateToleranceMs: 12 * 3600_000,
    catchUpWindowMs: 26 * 3600_000,
    leaseMs: 15 * 60_000,
    async run({ now }) {
      const events = await purgeExpired(store, COLLECTIONS.processedEvents, now, options);
      const runs = await purgeExpired(store, JOB_RUNS_COLLECTION, now, options);
      // Sent and failed outbox batches older than 30 days (each job's first batch stays: it makes re-queueing a no-op).
      const batches = await purgeFinishedBatches(store, new Date(now.getTime() - OUTBOX_KEEP_MS));
      // Data-quality refusals (two years, by expireAt) and audit entries past their five-year retention.
      const refusals = await purgeExpired(store, COLLECTIONS.validationFailures, now, options);
      // Not-answered lists (names) 90 days after their round closed.
      const waiting = await purgeExpired(store, COLLECTIONS.formWaiting, now, options);
      const audit = await purgeOldAuditEntries(store, now);
      return {
        events: events.deleted,
        eventPages: events.pages,
        more: events.more || runs.more,
        jobRuns: runs.deleted,
        outboxBatches: batches,
        validationFailures: refusals.deleted,
        notAnsweredEntries: waiting.deleted,
        auditEntries: audit,
      };
    },
  };
}
