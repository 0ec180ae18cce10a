// The durable outbox of the bot: enqueue a multicast, preview its cost, dispatch due batches, loop.
export {
  enqueueMulticast,
  previewMulticast,
  outboxJobId,
  type EnqueueMulticastInput,
  type EnqueueResult,
  type MulticastInput,
} from './enqueue-multicast';
export {
  runOutbox,
  resumeParkedOutbox,
  parkedForQuota,
  DEFAULT_OUTBOX_CONCURRENCY,
  type RunOutboxOptions,
  type RunOutboxResult,
} from './run-outbox';
export { startOutboxLoop, type OutboxLoop, type OutboxLoopOptions } from './outbox-loop';
export { createPacer, LINE_MULTICAST_RATE_PER_SECOND, type Pacer } from './pacer';
export { jobBatches, purgeFinishedBatches } from './outbox-store';
