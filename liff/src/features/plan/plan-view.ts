// The plan pages' pure parts: which cycle the URL names, พ.ศ. days, the month grid, the activity form ↔ the API body.
import { z } from 'zod';
import {
  bangkokDayStart,
  cyclePeriodKinds,
  formatThaiDate,
  planActivityKinds,
  planActivityStatuses,
  resolveCycle,
  type Cycle,
  type PlanActivity,
  type PlanActivityInput,
} from '@nithet/shared';
import { th } from '../../i18n/th-staff';
import { fieldMessageFrom, fieldOfPathFrom } from '../../lib/field-errors';

/** The cycle of `?year=&period=`; a missing or broken value falls back to today's ปีงบประมาณ. */
export function cycleOfSearch(year: string | null, period: string | null, now: Date): Cycle {
  try {
    return resolveCycle({ ...(year ? { year } : {}), ...(period ? { period } : {}) }, now);
  } catch {
    return resolveCycle({}, now);
  }
}

export const cycleSearch = (c: Cycle) => `?year=${c.yearBE}&period=${c.periodKind}`;

/** "20 มกราคม 2570" for a Bangkok day (YYYY-MM-DD). */
export const thaiDay = (day: string) => formatThaiDate(bangkokDayStart(day));

/** "20 มกราคม 2570", or "20 มกราคม 2570 ถึง 22 มกราคม 2570". */
export function dayRange(a: Pick<PlanActivity, 'startsOn' | 'endsOn'>): string {
  if (!a.startsOn) return th.plan.activity.noDate;
  return th.plan.activity.when(thaiDay(a.startsOn), thaiDay(a.endsOn ?? a.startsOn));
}

/** Years offered in the picker: two before the cycle's, one after. */
export const yearChoices = (c: Cycle) => [c.yearBE - 2, c.yearBE - 1, c.yearBE, c.yearBE + 1];
export const periodChoices = cyclePeriodKinds;

const pad = (n: number) => String(n).padStart(2, '0');

/** The weeks of a month (Sunday first), each seven Bangkok days or null outside the month. */
export function monthGrid(month: string): (string | null)[][] {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const first = new Date(Date.UTC(y, m - 1, 1)).getUTCDay();
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const cells: (string | null)[] = [...Array<null>(first).fill(null), ...Array.from({ length: days }, (_, i) => `${month}-${pad(i + 1)}`)];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

/** Activities taking place on a day (from their first to their last day). */
export const activitiesOn = <A extends Pick<PlanActivity, 'startsOn' | 'endsOn'>>(activities: readonly A[], day: string): A[] =>
  activities.filter((a) => a.startsOn !== null && a.startsOn <= day && (a.endsOn ?? a.startsOn) >= day);

/** Months (YYYY-MM) from one day's month to another's. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number) as [number, number];
  const last = to.slice(0, 7);
  for (let i = 0; i < 36; i++) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key >= last) break;
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y += 1;
  }
  return out;
}

/** "มกราคม 2570" for YYYY-MM. */
export const thaiMonth = (month: string) => thaiDay(`${month}-01`).replace(/^1 /, '');

/** The link that opens the seminar form prefilled from an activity ("สร้างสัมมนาจากกิจกรรมนี้"). */
export function seminarFromActivityLink(a: Pick<PlanActivity, 'id' | 'title' | 'startsOn' | 'networkIds'>): string {
  const q = new URLSearchParams({ planActivity: a.id, title: a.title });
  if (a.startsOn) q.set('day', a.startsOn);
  if (a.networkIds.length) q.set('networks', a.networkIds.join(','));
  return `/supervisor/seminars/new/edit?${q.toString()}`;
}

const asArray = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []);
const day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]);

export const activityFormSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    kind: z.enum(planActivityKinds),
    description: z.string().max(2000),
    answersNeeds: z.preprocess(asArray, z.array(z.string()).max(30)),
    networkIds: z.preprocess(asArray, z.array(z.string().min(1)).max(50)),
    startsOn: day,
    endsOn: day,
    ownerMemberId: z.string().max(200),
    budget: z.union([
      z.literal(''),
      z
        .string()
        .trim()
        .regex(/^\d+(\.\d{1,2})?$/),
    ]),
    status: z.enum(planActivityStatuses),
  })
  .superRefine((v, ctx) => {
    if (v.startsOn && v.endsOn && v.endsOn < v.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'ends-before-start' });
  });

export type ActivityFormValues = z.input<typeof activityFormSchema>;
export type ActivityFormOutput = z.output<typeof activityFormSchema>;
type ActivityField = keyof ActivityFormValues;

export const activityFormDefaults: ActivityFormValues = {
  title: '',
  kind: 'seminar',
  description: '',
  answersNeeds: [],
  networkIds: [],
  startsOn: '',
  endsOn: '',
  ownerMemberId: '',
  budget: '',
  status: 'planned',
};

export function activityFormValuesOf(a: PlanActivity): ActivityFormValues {
  return {
    title: a.title,
    kind: a.kind,
    description: a.description,
    answersNeeds: [...a.answersNeeds],
    networkIds: [...a.networkIds],
    startsOn: a.startsOn ?? '',
    endsOn: a.endsOn ?? '',
    ownerMemberId: a.ownerMemberId ?? '',
    budget: a.budget === null ? '' : String(a.budget),
    status: a.status,
  };
}

/** The form as the API's body: blanks are "none" (blank days take the default January–April days). */
export function toActivityInput(v: ActivityFormOutput): PlanActivityInput {
  return {
    title: v.title.trim(),
    kind: v.kind,
    description: v.description.trim(),
    answersNeeds: v.answersNeeds,
    networkIds: v.networkIds,
    startsOn: v.startsOn || null,
    endsOn: v.endsOn || v.startsOn || null,
    ownerMemberId: v.ownerMemberId || null,
    budget: v.budget ? Number(v.budget) : null,
    status: v.status,
  };
}

const e = th.plan.form.errors;
const byField: Record<ActivityField, (code: string) => string> = {
  title: () => e.title,
  kind: () => e.kind,
  description: () => e.description,
  answersNeeds: () => e.answersNeeds,
  networkIds: () => e.networkIds,
  startsOn: () => e.startsOn,
  endsOn: (code) => (code === 'custom' ? e.endsOn : e.startsOn),
  ownerMemberId: () => e.ownerMemberId,
  budget: () => e.budget,
  status: () => e.status,
};
export const activityFieldMessage = fieldMessageFrom(byField);
export const activityFieldOf = fieldOfPathFrom(byField);
