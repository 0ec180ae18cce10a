// The outbox collection: typed access, the due-batches query (index: status + nextAttemptAt) and a job's batches.
import { COLLECTIONS, createRepository, outboundMessageSchema, type DocumentStore, type OutboundMessage } from '@nithet/shared';

export const outboxRepo = (store: DocumentStore) => createRepository(store, COLLECTIONS.outbox, outboundMessageSchema);

/** What the dispatcher needs to pick a due batch; it reads (and checks) the whole batch again when it claims it. */
export interface DueBatch {
  id: string;
  status: OutboundMessage['status'];
  attempts: number;
}

/**
 * Pending batches that are due and sending batches whose lease ran out, oldest first. Only their id, status and
 * attempts are taken from the documents: parsing whole batches of 500 recipients here would be thrown away.
 */
export async function dueBatches(store: DocumentStore, now: Date, limit: number): Promise<DueBatch[]> {
  const page = await store.query(COLLECTIONS.outbox, {
    where: [
      { field: 'status', op: 'in', value: ['pending', 'sending'] },
      { field: 'nextAttemptAt', op: '<=', value: now.toISOString() },
    ],
    orderBy: [{ field: 'nextAttemptAt' }],
    limit,
  });
  return page.docs.map((d) => ({ id: d.id, status: d.data.status as DueBatch['status'], attempts: Number(d.data.attempts) }));
}

/** When the next batch falls due (a retry, a quiet-hours hold, a lease running out); null when none is waiting. */
export async function nextDueAt(store: DocumentStore): Promise<Date | null> {
  const { items } = await outboxRepo(store).list({
    where: [{ field: 'status', op: 'in', value: ['pending', 'sending'] }],
    orderBy: [{ field: 'nextAttemptAt' }],
    limit: 1,
  });
  return items[0] ? new Date(items[0].nextAttemptAt) : null;
}

/**
 * Changes one stored batch in a transaction: `change` sees the current batch and returns the new one, or null
 * to leave it. Returns what was written (null: nothing, or no such batch).
 */
export async function changeBatch(
  store: DocumentStore,
  id: string,
  change: (current: OutboundMessage) => OutboundMessage | null,
): Promise<OutboundMessage | null> {
  return store.runTransaction(async (tx) => {
    const batches = outboxRepo(store).inTx(tx);
    const current = await batches.get(id);
    const next = current && change(current);
    if (next) batches.put(next);
    return next ?? null;
  });
}

/**
 * Deletes sent and failed batches last changed before `before`, up to `limit` of them; returns how many. The
 * dispatcher's due query reads every batch on SQLite, so finished ones must not pile up for ever. The first
 * batch of each job stays: it is what makes enqueueing the same dedupeKey again a no-op. (Queried by updatedAt
 * only, which needs no composite index on Firestore; batches still waiting are skipped.)
 */
export async function purgeFinishedBatches(store: DocumentStore, before: Date, limit = 500): Promise<number> {
  const { docs } = await store.query(COLLECTIONS.outbox, {
    where: [{ field: 'updatedAt', op: '<', value: before.toISOString() }],
    orderBy: [{ field: 'updatedAt' }],
    limit,
  });
  const finished = docs.filter((d) => {
    const { status, job } = d.data as { status?: string; job?: { index?: number } };
    return (status === 'sent' || status === 'failed') && (job?.index ?? 0) > 0;
  });
  for (const d of finished) await store.delete(COLLECTIONS.outbox, d.id);
  return finished.length;
}

/** Every batch of one enqueued job, in batch order. */
export async function jobBatches(store: DocumentStore, jobId: string): Promise<OutboundMessage[]> {
  const { items } = await outboxRepo(store).list({ where: [{ field: 'job.id', op: '==', value: jobId }] });
  return items.sort((a, b) => a.job.index - b.job.index);
}
