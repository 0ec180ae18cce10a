// The audit log: who changed what and when, for networks, plans, forms and reports (the manual's work standard).
import { z } from 'zod';
import { areaId, isoDateTime, thaiText } from './common';

export const auditEntities = [
  'network',
  'membership',
  'plan',
  'planActivity',
  'networkActivity',
  'libraryItem',
  'recommendation',
  'formTemplate',
  'formRound',
  'report',
  'settings',
  /** A member's office roles (supervisor, admin): who appointed or removed whom. */
  'member',
] as const;
export type AuditEntity = (typeof auditEntities)[number];

export const auditActions = ['create', 'update', 'delete', 'status'] as const;
export type AuditAction = (typeof auditActions)[number];

export const auditEntrySchema = z.object({
  id: z.string(),
  areaId,
  at: isoDateTime,
  /** The member who made the change; null for the system (a scheduled job). */
  actorMemberId: z.string().nullable(),
  entity: z.enum(auditEntities),
  entityId: z.string(),
  action: z.enum(auditActions),
  /** One Thai line a supervisor reads in the log, e.g. "เปลี่ยนสถานะรายงานเป็น อนุมัติแล้ว". */
  summary: thaiText(300),
  /** Changed fields (names only, plus short before/after values where they are not personal data). */
  changes: z.array(z.object({ field: z.string(), from: z.string().max(200).nullable(), to: z.string().max(200).nullable() })).default([]),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
