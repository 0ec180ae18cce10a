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

/** Every batch of one enqueued job, in batch order. */
export async function jobBatches(store: DocumentStore, jobId: string): Promise<OutboundMessage[]> {
  const { items } = await outboxRepo(store).list({ where: [{ field: 'job.id', op: '==', value: jobId }] });
  return items.sort((a, b) => a.job.index - b.job.index);
}
