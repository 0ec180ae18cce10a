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
  /** The office's own monthly budget of LINE messages (recipients); null = only LINE's plan limit applies. */
  monthlyMessageQuota: z.number().int().min(0).max(100_000_000).nullable().default(null),
  ...auditFields,
});
export type Area = z.infer<typeof areaSchema>;
