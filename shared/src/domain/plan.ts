// Plan, PlanActivity and Recommendation: the yearly plan built from needs (step 2) and the guidelines from evaluation (step 6).
import { z } from 'zod';
import { areaId, auditFields, thaiText } from './common';
import { networkKinds } from './network';
import { cycleKey, cyclePeriodKinds, isoDay, planWindow, yearBE, type Cycle } from './cycle';

/** The planned activity kinds of step 2 (สัมมนา/ประชุม, อบรมเชิงปฏิบัติการ, นิเทศโรงเรียน, แลกเปลี่ยนเรียนรู้, วงจร PLC). */
export const planActivityKinds = ['seminar', 'workshop', 'school-visit', 'knowledge-exchange', 'plc-cycle'] as const;
export type PlanActivityKind = (typeof planActivityKinds)[number];
export const planActivityStatuses = ['planned', 'in-progress', 'done', 'dropped'] as const;
export type PlanActivityStatus = (typeof planActivityStatuses)[number];
export const planStatuses = ['draft', 'approved', 'closed'] as const;

/** A need key: the Form 1 topic option id (`active-learning`), or `other` for a topic people wrote in. */
export const needKey = z.string().regex(/^[A-Za-z0-9_:-]{1,80}$/, 'รหัสความต้องการไม่ถูกต้อง');

export const planSchema = z.object({
  /** `${areaId}:${yearBE}-${periodKind}`: one plan per office and cycle. */
  id: z.string(),
  areaId,
  /** Buddhist Era year the plan covers, e.g. 2570. */
  yearBE,
  periodKind: z.enum(cyclePeriodKinds).default('fiscal'),
  title: thaiText(300).min(1),
  status: z.enum(planStatuses),
  /** The plan of the year before this one was cloned from (start next cycle), if any. */
  clonedFromPlanId: z.string().nullable().default(null),
  ...auditFields,
});
export type Plan = z.infer<typeof planSchema>;
export const planDocId = (area: string, c: Cycle): string => `${area}:${cycleKey(c)}`;

export const planActivitySchema = z.object({
  id: z.string(),
  areaId,
  planId: z.string(),
  title: thaiText(300).min(1),
  kind: z.enum(planActivityKinds).default('seminar'),
  description: thaiText(2000).default(''),
  networkKinds: z.array(z.enum(networkKinds)).default([]),
  networkIds: z.array(z.string()).default([]),
  /** The Form 1 needs (topic keys) this activity answers. */
  answersNeeds: z.array(needKey).default([]),
  /** Days in Bangkok (YYYY-MM-DD); by default inside the plan's January–April window. */
  startsOn: isoDay.nullable(),
  endsOn: isoDay.nullable(),
  /** The member responsible. */
  ownerMemberId: z.string().nullable().default(null),
  /** Baht; null = not budgeted. */
  budget: z.number().min(0).max(100_000_000).nullable().default(null),
  status: z.enum(planActivityStatuses),
  /** The activity of last year's plan this one was cloned from (start next cycle). */
  clonedFromId: z.string().nullable().default(null),
  ...auditFields,
});
export type PlanActivity = z.infer<typeof planActivitySchema>;

/** What a supervisor types for an activity (the server fills the rest); `.partial()` of it is an edit. */
export const planActivityFieldsSchema = z.object({
  title: thaiText(300).min(1, 'กรุณาระบุชื่อกิจกรรม'),
  kind: z.enum(planActivityKinds),
  description: thaiText(2000).default(''),
  networkKinds: z.array(z.enum(networkKinds)).max(networkKinds.length).default([]),
  networkIds: z.array(z.string().min(1).max(200)).max(50).default([]),
  answersNeeds: z.array(needKey).max(30).default([]),
  /** Empty: the default dates inside January–April. */
  startsOn: isoDay.nullable().default(null),
  endsOn: isoDay.nullable().default(null),
  ownerMemberId: z.string().min(1).max(200).nullable().default(null),
  budget: z.number({ error: 'งบประมาณต้องเป็นตัวเลข' }).min(0, 'งบประมาณต้องไม่ติดลบ').max(100_000_000).nullable().default(null),
  status: z.enum(planActivityStatuses).default('planned'),
});
export const planActivityInputSchema = planActivityFieldsSchema.refine((a) => !a.startsOn || !a.endsOn || a.endsOn >= a.startsOn, {
  message: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม',
  path: ['endsOn'],
});
export type PlanActivityInput = z.input<typeof planActivityInputSchema>;

export const recommendationStatuses = ['open', 'done'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

/** A guideline (แนวทาง) set from the evaluation (step 6); open ones are carried into the next cycle. */
export const recommendationSchema = z.object({
  id: z.string(),
  areaId,
  /** The cycle it belongs to now. */
  yearBE,
  periodKind: z.enum(cyclePeriodKinds).default('fiscal'),
  text: thaiText(2000).min(1),
  needKey: needKey.nullable().default(null),
  networkKind: z.enum(networkKinds).nullable().default(null),
  status: z.enum(recommendationStatuses),
  /** The year it was first written (carried copies keep it). */
  fromYearBE: yearBE,
  /** The recommendation of the year before this one was carried from. */
  carriedFromId: z.string().nullable().default(null),
  createdBy: z.string().nullable().default(null),
  ...auditFields,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const recommendationInputSchema = z.object({
  text: thaiText(2000).min(1, 'กรุณาระบุข้อเสนอแนะ'),
  needKey: needKey.nullable().default(null),
  networkKind: z.enum(networkKinds).nullable().default(null),
  status: z.enum(recommendationStatuses).default('open'),
});
export type RecommendationInput = z.input<typeof recommendationInputSchema>;

// The report (step 7) lives in ./report.ts.

const DAY_MS = 24 * 3600_000;
const dayMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A new activity's days when none are given: today while inside the January–April window, else the window's first day. */
export function defaultActivityDays(c: Cycle, today: string): { startsOn: string; endsOn: string } {
  const w = planWindow(c);
  const day = today >= w.startsOn && today <= w.endsOn ? today : w.startsOn;
  return { startsOn: day, endsOn: day };
}

/**
 * An activity's days carried into another cycle's window: the same month and day when it fell in January–April
 * (29 February becomes the 28th), else the window's first day; the length is kept but never past 30 April.
 */
export function carryDaysInto(c: Cycle, from: { startsOn: string | null; endsOn: string | null }): { startsOn: string; endsOn: string } {
  const w = planWindow(c);
  const year = w.startsOn.slice(0, 4);
  const monthDay = from.startsOn?.slice(5) ?? '';
  let startsOn = w.startsOn;
  if (monthDay >= '01-01' && monthDay <= '04-30') {
    const candidate = `${year}-${monthDay}`;
    startsOn = dayOf(dayMs(candidate)) === candidate ? candidate : `${year}-02-28`;
  }
  const length = from.startsOn && from.endsOn ? Math.max(0, Math.round((dayMs(from.endsOn) - dayMs(from.startsOn)) / DAY_MS)) : 0;
  const endsOn = dayOf(Math.min(dayMs(startsOn) + length * DAY_MS, dayMs(w.endsOn)));
  return { startsOn, endsOn };
}
