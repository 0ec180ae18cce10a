// The outbox collection: typed access, the due-batches query (index: status + nextAttemptAt) and a job's batches.
import { COLLECTIONS, createRepository, outboundMessageSchema, type DocumentStore, type OutboundMessage } from '@nithet/shared';

export const outboxRepo = (store: DocumentStore) => createRepository(store, COLLECTIONS.outbox, outboundMessageSchema);

/** Pending batches that are due and sending batches whose lease ran out, oldest first. */
export async function dueBatches(store: DocumentStore, now: Date, limit: number): Promise<OutboundMessage[]> {
  const page = await outboxRepo(store).list({
    where: [
      { field: 'status', op: 'in', value: ['pending', 'sending'] },
      { field: 'nextAttemptAt', op: '<=', value: now.toISOString() },
    ],
    orderBy: [{ field: 'nextAttemptAt' }],
    limit,
  });
  return page.items;
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

/** Every batch of one enqueued job, in batch order. */
export async function jobBatches(store: DocumentStore, jobId: string): Promise<OutboundMessage[]> {
  const { items } = await outboxRepo(store).list({ where: [{ field: 'job.id', op: '==', value: jobId }] });
  return items.sort((a, b) => a.job.index - b.job.index);
}
