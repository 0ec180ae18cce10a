// OutboundMessage (a batch of the durable outbox) and ProcessedEvent (webhook de-duplication).
import { z } from 'zod';
import { areaId, auditFields, isoDateTime } from './common';

export const outboundKinds = ['push', 'multicast'] as const;
export const outboundStatuses = ['pending', 'sending', 'sent', 'failed'] as const;

/** One LINE request of a batch: at most 5 messages, and the retry key fixed when the batch was created. */
export const outboundRequestSchema = z.object({
  /** LINE message objects, already checked against LINE's limits when enqueued. */
  messages: z.array(z.record(z.string(), z.unknown())).min(1).max(5),
  /** UUID sent as X-Line-Retry-Key on every attempt, so a retry is never a second send. */
  retryKey: z.uuid(),
});
export type OutboundRequest = z.infer<typeof outboundRequestSchema>;

/** The job a batch belongs to (one enqueue call, idempotent by dedupeKey), copied on each batch. */
export const outboundJobSchema = z.object({
  id: z.string(),
  dedupeKey: z.string(),
  index: z.number().int().min(0),
  batches: z.number().int().min(1),
  recipients: z.number().int().min(0),
  reachable: z.number().int().min(0),
  skippedUnreachable: z.number().int().min(0),
});

/** One outbox batch: up to 500 recipients, its requests sent in order (more than 5 messages = more requests). */
export const outboundMessageSchema = z.object({
  id: z.string(),
  areaId,
  kind: z.enum(outboundKinds),
  to: z.array(z.string()).min(1).max(500),
  requests: z.array(outboundRequestSchema).min(1),
  /** How many of `requests` LINE has accepted (200, or 409 for a known retry key). */
  delivered: z.number().int().min(0),
  status: z.enum(outboundStatuses),
  attempts: z.number().int().min(0),
  /** When the batch is due: the next retry, or while sending the end of its lease (then it is reclaimable). */
  nextAttemptAt: isoDateTime,
  leaseUntil: isoDateTime.nullable(),
  firstAttemptAt: isoDateTime.nullable(),
  sentAt: isoDateTime.nullable(),
  lastStatus: z.number().int().optional(),
  lastError: z.string().optional(),
  reason: z.string(),
  job: outboundJobSchema,
  ...auditFields,
});
export type OutboundMessage = z.infer<typeof outboundMessageSchema>;

export const processedEventSchema = z.object({
  id: z.string(),
  type: z.string(),
  receivedAt: isoDateTime,
  /** When the record may be purged (Firestore TTL field). */
  expireAt: isoDateTime,
});
export type ProcessedEvent = z.infer<typeof processedEventSchema>;
