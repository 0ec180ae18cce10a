// OutboundMessage (the durable outbox) and ProcessedEvent (webhook de-duplication).
import { z } from 'zod';
import { areaId, auditFields, isoDateTime } from './common';

export const outboundKinds = ['push', 'multicast'] as const;
export const outboundStatuses = ['pending', 'sending', 'sent', 'failed'] as const;

export const outboundMessageSchema = z.object({
  id: z.string(),
  areaId,
  kind: z.enum(outboundKinds),
  to: z.array(z.string()).min(1).max(500),
  /** LINE message objects, already checked against LINE's limits when built. */
  messages: z.array(z.record(z.string(), z.unknown())).min(1).max(5),
  /** UUID sent as X-Line-Retry-Key on every attempt, so a retry is never a second send. */
  retryKey: z.uuid(),
  status: z.enum(outboundStatuses),
  attempts: z.number().int().min(0),
  nextAttemptAt: isoDateTime,
  lastError: z.string().optional(),
  reason: z.string(),
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
