// CycleFigures: every number the office dashboard (step 5) and the Form 3 report (step 7) show for one cycle, as plain data.
import { z } from 'zod';
import { areaId, isoDateTime, thaiText } from './common';
import { networkKinds, networkLevels } from './network';
import { cyclePeriodKinds, isoDay, yearBE } from './cycle';
import { planActivityKinds, planActivityStatuses, recommendationStatuses } from './plan';

/** Mean, sample SD (n − 1) and n of a score, 2 decimals; mean/sd null when n = 0 (sd also when n = 1). */
export const scoreStatsSchema = z.object({ n: z.number().int().min(0), mean: z.number().nullable(), sd: z.number().nullable() });
export type ScoreStats = z.infer<typeof scoreStatsSchema>;

/** A count under a key with the Thai label people read. */
const labelled = { key: z.string(), label: z.string() };

export const cyclePeriodSchema = z.object({
  yearBE,
  kind: z.enum(cyclePeriodKinds),
  /** "ปีการศึกษา 2570", "ปีงบประมาณ 2570", "พ.ศ. 2570". */
  label: z.string(),
  /** First and last day (Bangkok), inclusive. */
  startsOn: isoDay,
  endsOn: isoDay,
});
export type CyclePeriod = z.infer<typeof cyclePeriodSchema>;

export const networkGroupFigureSchema = z.object({
  ...labelled,
  networks: z.number().int().min(0),
  /** Active memberships in those networks (a person in two networks counts twice). */
  members: z.number().int().min(0),
});
export type NetworkGroupFigure = z.infer<typeof networkGroupFigureSchema>;

export const monthFigureSchema = z.object({
  /** YYYY-MM (Gregorian, Bangkok). */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  /** "ม.ค. 2570". */
  label: z.string(),
  /** Distinct members in an active membership at the month's end. */
  members: z.number().int().min(0),
  /** Participants recorded on network activities held that month. */
  activityParticipants: z.number().int().min(0),
  /** Network activities held that month. */
  networkActivities: z.number().int().min(0),
  /** Check-ins at seminars that started that month. */
  seminarAttendances: z.number().int().min(0),
  seminars: z.number().int().min(0),
});
export type MonthFigure = z.infer<typeof monthFigureSchema>;

/** A planned activity as the trace shows it. */
export const tracedActivitySchema = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(planActivityKinds),
  status: z.enum(planActivityStatuses),
  startsOn: isoDay.nullable(),
  seminarId: z.string().nullable(),
});
export type TracedActivity = z.infer<typeof tracedActivitySchema>;

/** One need from Form 1 (a topic): how many chose it, how strongly, and what the cycle did about it. */
export const needFigureSchema = z.object({
  /** The topic's option id in Form 1 (`active-learning`), the key plan activities name. */
  ...labelled,
  /** Respondents who chose it. */
  count: z.number().int().min(0),
  /** Percent of those who were asked (0–100, 2 decimals). */
  share: z.number().min(0),
  /** Mean level of need (1–5) from the rating grid, when asked. */
  mean: z.number().nullable(),
});
export type NeedFigure = z.infer<typeof needFigureSchema>;

export const needTraceSchema = needFigureSchema.extend({
  activities: z.array(tracedActivitySchema),
  /** Evaluation of the seminars made from those activities (seminar evaluation, overall item); null when none. */
  evaluation: scoreStatsSchema.nullable(),
  /** Still open: no activity answering it is done, its seminars' mean is under 3.51 (below มาก), or an open recommendation names it. */
  open: z.boolean(),
});
export type NeedTrace = z.infer<typeof needTraceSchema>;

export const needGroupSchema = z.object({
  ...labelled,
  respondents: z.number().int().min(0),
  needs: z.array(needFigureSchema),
});
export type NeedGroup = z.infer<typeof needGroupSchema>;

export const scoreGroupSchema = z.object({ ...labelled, ...scoreStatsSchema.shape });
export type ScoreGroup = z.infer<typeof scoreGroupSchema>;

export const recommendationFigureSchema = z.object({
  id: z.string(),
  text: thaiText(2000),
  status: z.enum(recommendationStatuses),
  needKey: z.string().nullable(),
  networkKind: z.enum(networkKinds).nullable(),
  /** The พ.ศ. year it was first written in (older than this cycle = carried forward). */
  fromYearBE: yearBE,
});
export type RecommendationFigure = z.infer<typeof recommendationFigureSchema>;

/** The headline numbers, also kept for the previous cycle (year-over-year). */
export const cycleHeadlineSchema = z.object({
  yearBE,
  networks: z.number().int().min(0),
  members: z.number().int().min(0),
  seminars: z.number().int().min(0),
  seminarAttendances: z.number().int().min(0),
  networkActivities: z.number().int().min(0),
  activityParticipants: z.number().int().min(0),
  needsRespondents: z.number().int().min(0),
  needsAnswered: z.number().int().min(0),
  needsOpen: z.number().int().min(0),
  planActivities: z.number().int().min(0),
  planActivitiesDone: z.number().int().min(0),
  evaluationMean: z.number().nullable(),
  seminarEvaluationMean: z.number().nullable(),
  recommendationsOpen: z.number().int().min(0),
});
export type CycleHeadline = z.infer<typeof cycleHeadlineSchema>;

export const cycleFiguresSchema = z.object({
  office: z.object({ areaId, name: z.string() }),
  period: cyclePeriodSchema,
  generatedAt: isoDateTime,
  headline: cycleHeadlineSchema,
  networks: z.object({
    total: z.number().int().min(0),
    /** Distinct members in at least one active membership. */
    members: z.number().int().min(0),
    coordinators: z.number().int().min(0),
    /** Every kind and level, zeros included, in the manual's order. */
    byKind: z.array(networkGroupFigureSchema.extend({ key: z.enum(networkKinds) })),
    byLevel: z.array(networkGroupFigureSchema.extend({ key: z.enum(networkLevels) })),
  }),
  participation: z.object({
    /** Every month of the period, in order. */
    months: z.array(monthFigureSchema),
    totals: z.object({
      networkActivities: z.number().int().min(0),
      activityParticipants: z.number().int().min(0),
      seminars: z.number().int().min(0),
      seminarAttendances: z.number().int().min(0),
    }),
  }),
  needs: z.object({
    /** The Form 1 rounds counted (opened within the period), newest first. */
    rounds: z.array(z.object({ id: z.string(), title: z.string(), respondents: z.number().int().min(0) })),
    respondents: z.number().int().min(0),
    /** Every need someone chose, most chosen first, each with its trace. */
    top: z.array(needTraceSchema),
    byNetworkKind: z.array(needGroupSchema),
    byNetworkLevel: z.array(needGroupSchema),
    byEducationLevel: z.array(needGroupSchema),
    answered: z.number().int().min(0),
    open: z.number().int().min(0),
  }),
  plan: z.object({
    planId: z.string().nullable(),
    activities: z.number().int().min(0),
    byStatus: z.array(z.object({ key: z.enum(planActivityStatuses), label: z.string(), count: z.number().int().min(0) })),
    byKind: z.array(z.object({ key: z.enum(planActivityKinds), label: z.string(), count: z.number().int().min(0) })),
    /** Sum of the activities' budgets in baht (activities without one count 0). */
    budgetPlanned: z.number().min(0),
    activitiesWithBudget: z.number().int().min(0),
  }),
  evaluation: z.object({
    /** Form 2 rounds (kind "evaluation") counted; the score is the overall rating (1–5). */
    form2: z.object({
      rounds: z.number().int().min(0),
      overall: scoreStatsSchema,
      byNetworkKind: z.array(scoreGroupSchema),
      byNetworkLevel: z.array(scoreGroupSchema),
    }),
    /** Seminar evaluations, overall satisfaction item (1–5), by the networks in each seminar's audience. */
    seminars: z.object({
      overall: scoreStatsSchema,
      byNetworkKind: z.array(scoreGroupSchema),
      byNetworkLevel: z.array(scoreGroupSchema),
    }),
  }),
  recommendations: z.array(recommendationFigureSchema),
  previous: cycleHeadlineSchema.nullable(),
});
export type CycleFigures = z.infer<typeof cycleFiguresSchema>;
