// Area: one Educational Service Area office (the tenant).
import { z } from 'zod';
import { areaId, auditFields, thaiText } from './common';

export const areaKinds = ['primary', 'secondary'] as const;

export const areaSchema = z.object({
  id: areaId,
  name: thaiText(200).min(1),
  kind: z.enum(areaKinds),
  province: thaiText(100),
  /** Days after which a profile counts as not confirmed (data-quality view). */
  profileStaleDays: z.number().int().min(1).max(730).default(180),
  ...auditFields,
});
export type Area = z.infer<typeof areaSchema>;
