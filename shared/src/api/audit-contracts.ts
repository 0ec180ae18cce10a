// Wire contracts of the audit log view (supervisors, read only) and the data-quality board's figures and nudges.
import { z } from 'zod';
import { auditActions, auditEntities } from '../domain/audit';

export const AUDIT_PATHS = {
  /** GET (supervisor) ?entity=&from=YYYY-MM-DD&to=YYYY-MM-DD&after=cursor: the office's log, newest first. */
  log: '/api/supervisor/audit',
} as const;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'วันที่ต้องอยู่ในรูปแบบ ปปปป-ดด-วว');

export const auditQuerySchema = z
  .object({
    entity: z.enum(auditEntities).optional(),
    /** Bangkok calendar days (inclusive), as an <input type="date"> sends them. */
    from: day.optional(),
    to: day.optional(),
    after: z.string().min(1).max(500).optional(),
    limit: z.coerce.number().int().min(1).max(100).default(30),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น' });
export type AuditQuery = z.input<typeof auditQuerySchema>;

export const auditEntryViewSchema = z.object({
  id: z.string(),
  at: z.string(),
  /** The member's name as the office knows them; "ระบบ" for scheduled jobs. */
  actorName: z.string(),
  entity: z.enum(auditEntities),
  entityId: z.string(),
  action: z.enum(auditActions),
  summary: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.string().nullable(), to: z.string().nullable() })),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export const auditLogResponseSchema = z.object({
  entries: z.array(auditEntryViewSchema),
  nextCursor: z.string().nullable(),
  /** How long entries are kept (years), shown under the list. */
  retentionYears: z.number().int(),
});
export type AuditLogResponse = z.infer<typeof auditLogResponseSchema>;
