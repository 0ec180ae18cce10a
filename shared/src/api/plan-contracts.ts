// Wire contracts of the plan (step 2), dashboard (step 5), recommendations and next-cycle (step 6) API.
import { z } from 'zod';
import { cycleOf, cyclePeriodKinds, cycleSchema, isoDay, yearBE, type Cycle } from '../domain/cycle';
import { parseOrThrow } from '../validation';
import { cycleFiguresSchema, needFigureSchema, needGroupSchema } from '../domain/cycle-figures';
import { networkKinds, networkLevels } from '../domain/network';
import { planActivitySchema, planSchema, recommendationSchema } from '../domain/plan';
import { seminarStatuses } from '../domain/seminar';

const seg = encodeURIComponent;
/** `?year=2570&period=fiscal`: which cycle a request is about. */
export const cycleQuery = (c: Cycle) => `year=${c.yearBE}&period=${c.periodKind}`;

export const PLAN_PATHS = {
  /** GET (staff) ?year&period: the plan, its activities and the needs beside it. */
  plan: '/api/plan',
  /** POST (staff) ?year&period: add an activity. */
  activities: '/api/plan/activities',
  /** PUT / DELETE (staff): one activity. */
  activity: (id: string) => `/api/plan/activities/${seg(id)}`,
  /** GET (staff) ?year&period: the office's CycleFigures. */
  dashboard: '/api/dashboard',
  /** GET (staff) ?year&period: recommendations; POST (supervisor) ?year&period: add one. */
  recommendations: '/api/recommendations',
  /** PUT (supervisor): edit one (text, need, network kind, status). */
  recommendation: (id: string) => `/api/recommendations/${seg(id)}`,
  /** POST (supervisor) ?year&period: start the cycle after this one (idempotent). */
  nextCycle: '/api/cycle/next',
} as const;

/** The query's year and period; absent ones take the defaults (the cycle of today, ปีงบประมาณ). */
export const cycleQuerySchema = z.object({
  year: z.coerce.number().pipe(yearBE).optional(),
  period: z.enum(cyclePeriodKinds).optional(),
});

export const planActivityViewSchema = planActivitySchema.extend({
  /** The seminar made from it, when there is one. */
  seminar: z.object({ id: z.string(), title: z.string(), startsAt: z.string(), status: z.enum(seminarStatuses) }).nullable(),
});
export type PlanActivityView = z.infer<typeof planActivityViewSchema>;

export const needsPanelSchema = z.object({
  rounds: z.array(z.object({ id: z.string(), title: z.string(), respondents: z.number() })),
  respondents: z.number(),
  top: z.array(needFigureSchema),
  byNetworkKind: z.array(needGroupSchema),
  byNetworkLevel: z.array(needGroupSchema),
  byEducationLevel: z.array(needGroupSchema),
  bySchool: z.array(needGroupSchema),
});
export type NeedsPanel = z.infer<typeof needsPanelSchema>;

export const planViewResponseSchema = z.object({
  cycle: cycleSchema,
  label: z.string(),
  /** The cycle's first and last day, and its January–April window (the default for new activities). */
  period: z.object({ startsOn: isoDay, endsOn: isoDay }),
  window: z.object({ startsOn: isoDay, endsOn: isoDay }),
  plan: planSchema.nullable(),
  activities: z.array(planActivityViewSchema),
  needs: needsPanelSchema,
  /** Choices for the activity form. */
  networks: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(networkKinds), level: z.enum(networkLevels) })),
  owners: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type PlanViewResponse = z.infer<typeof planViewResponseSchema>;

export const planActivityResponseSchema = z.object({ activity: planActivitySchema });

export const dashboardResponseSchema = z.object({ figures: cycleFiguresSchema });

export const recommendationsResponseSchema = z.object({ recommendations: z.array(recommendationSchema) });
export const recommendationResponseSchema = z.object({ recommendation: recommendationSchema });

export const nextCycleResponseSchema = z.object({
  cycle: cycleSchema,
  planId: z.string(),
  /** What this call made; all zero when the next cycle had already been started (the call changes nothing). */
  created: z.object({ plan: z.boolean(), templates: z.number(), activities: z.number(), recommendations: z.number() }),
});
export type NextCycleResponse = z.infer<typeof nextCycleResponseSchema>;

/** The cycle a request names (`?year=2570&period=fiscal`); what it leaves out is today's cycle, counted by ปีงบประมาณ. */
export function resolveCycle(query: unknown, now: Date): Cycle {
  const q = parseOrThrow(cycleQuerySchema, query ?? {}, 'Cycle query');
  const periodKind = q.period ?? 'fiscal';
  return { yearBE: q.year ?? cycleOf(now.toISOString(), periodKind).yearBE, periodKind };
}
