// Plan, PlanActivity and Report: the yearly plan built from needs (step 2) and its report (step 7).
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';
import { networkKinds } from './network';

export const planSchema = z.object({
  id: z.string(),
  areaId,
  /** Buddhist Era year the plan covers, e.g. 2570. */
  yearBE: z.number().int().min(2500).max(2700),
  title: thaiText(300).min(1),
  status: z.enum(['draft', 'approved', 'closed']),
  ...auditFields,
});
export type Plan = z.infer<typeof planSchema>;

export const planActivitySchema = z.object({
  id: z.string(),
  areaId,
  planId: z.string(),
  title: thaiText(300).min(1),
  networkKinds: z.array(z.enum(networkKinds)).default([]),
  networkIds: z.array(z.string()).default([]),
  /** Needs (form response ids or need topics) this activity answers. */
  answersNeeds: z.array(z.string()).default([]),
  startsOn: isoDateTime.nullable(),
  endsOn: isoDateTime.nullable(),
  status: z.enum(['planned', 'in-progress', 'done', 'dropped']),
  ...auditFields,
});
export type PlanActivity = z.infer<typeof planActivitySchema>;

export const reportSchema = z.object({
  id: z.string(),
  areaId,
  planId: z.string(),
  title: thaiText(300).min(1),
  status: z.enum(['draft', 'submitted', 'approved', 'published']),
  publishedAt: isoDateTime.nullable(),
  ...auditFields,
});
export type Report = z.infer<typeof reportSchema>;
