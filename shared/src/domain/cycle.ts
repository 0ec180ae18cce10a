// A cycle of the manual's work: one พ.ศ. year counted as ปีการศึกษา, ปีงบประมาณ or calendar year, and its days.
import { z } from 'zod';

/** How the office counts its year: ปีการศึกษา (16 May–15 May), ปีงบประมาณ (Oct–Sep) or the calendar year. */
export const cyclePeriodKinds = ['academic', 'fiscal', 'calendar'] as const;
export type CyclePeriodKind = (typeof cyclePeriodKinds)[number];

export const yearBE = z.number().int().min(2500).max(2700);
/** A calendar day in Bangkok, YYYY-MM-DD. */
export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'วันที่ต้องอยู่ในรูปแบบ YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'วันที่ไม่ถูกต้อง');

/** One cycle of the manual's work: the พ.ศ. year and how it is counted. */
export const cycleSchema = z.object({ yearBE, periodKind: z.enum(cyclePeriodKinds) });
export type Cycle = z.infer<typeof cycleSchema>;

/** A stable key for a cycle, usable in document ids: `2570-academic`. */
export const cycleKey = (c: Cycle): string => `${c.yearBE}-${c.periodKind}`;

const pad = (n: number) => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * The first and last day of a cycle. ปีการศึกษา 2570 runs 16 May 2027 – 15 May 2028 (CE = BE − 543),
 * ปีงบประมาณ 2570 runs 1 Oct 2026 – 30 Sep 2027, the calendar year 2570 is 1 Jan – 31 Dec 2027.
 */
export function cycleDays(c: Cycle): { startsOn: string; endsOn: string } {
  const ce = c.yearBE - 543;
  switch (c.periodKind) {
    case 'academic':
      return { startsOn: day(ce, 5, 16), endsOn: day(ce + 1, 5, 15) };
    case 'fiscal':
      return { startsOn: day(ce - 1, 10, 1), endsOn: day(ce, 9, 30) };
    case 'calendar':
      return { startsOn: day(ce, 1, 1), endsOn: day(ce, 12, 31) };
  }
}

/**
 * The manual's January–April window (มกราคม–เมษายน) inside a cycle: the January that falls in it
 * (for ปีการศึกษา 2570 that is January 2571 BE, i.e. 2028 CE).
 */
export function planWindow(c: Cycle): { startsOn: string; endsOn: string } {
  const { startsOn } = cycleDays(c);
  const startYear = Number(startsOn.slice(0, 4));
  const januaryYear = startsOn.endsWith('-01-01') ? startYear : startYear + 1;
  return { startsOn: day(januaryYear, 1, 1), endsOn: day(januaryYear, 4, 30) };
}

/** Every month (YYYY-MM) from the cycle's first day to its last. */
export function cycleMonths(c: Cycle): string[] {
  const { startsOn, endsOn } = cycleDays(c);
  const out: string[] = [];
  let y = Number(startsOn.slice(0, 4));
  let m = Number(startsOn.slice(5, 7));
  const last = endsOn.slice(0, 7);
  for (;;) {
    const key = `${y}-${pad(m)}`;
    out.push(key);
    if (key === last) return out;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}

/** The cycle after this one (same way of counting). */
export const nextCycle = (c: Cycle): Cycle => ({ yearBE: c.yearBE + 1, periodKind: c.periodKind });
export const previousCycle = (c: Cycle): Cycle => ({ yearBE: c.yearBE - 1, periodKind: c.periodKind });

/** The Bangkok calendar day (YYYY-MM-DD) of an ISO time; a plain day is returned as it is. */
export function bangkokDay(isoDayOrTime: string): string {
  if (isoDayOrTime.length === 10) return isoDayOrTime;
  return new Date(Date.parse(isoDayOrTime) + 7 * 3600_000).toISOString().slice(0, 10);
}

/** The moment a Bangkok day starts, as an ISO time in UTC (`2028-01-15` → `2028-01-14T17:00:00.000Z`). */
export const bangkokDayStart = (isoDay: string): string => new Date(Date.parse(`${isoDay}T00:00:00Z`) - 7 * 3600_000).toISOString();

/** Whether a day or moment (Bangkok) lies inside the cycle. */
export function inCycle(c: Cycle, isoDayOrTime: string): boolean {
  const { startsOn, endsOn } = cycleDays(c);
  const d = bangkokDay(isoDayOrTime);
  return d >= startsOn && d <= endsOn;
}

/** The cycle as a half-open range of ISO times in UTC [from, to): Bangkok midnight of its first day to that after its last. */
export function cycleBounds(c: Cycle): { from: string; to: string } {
  const { startsOn, endsOn } = cycleDays(c);
  const to = new Date(Date.parse(bangkokDayStart(endsOn)) + 24 * 3600_000).toISOString();
  return { from: bangkokDayStart(startsOn), to };
}

/** The cycle a moment falls in, for a way of counting (the dashboard's default year). */
export function cycleOf(isoTime: string, periodKind: CyclePeriodKind): Cycle {
  const day = bangkokDay(isoTime);
  const ce = Number(day.slice(0, 4));
  const candidates = [ce + 542, ce + 543, ce + 544].map((yearBE) => ({ yearBE, periodKind }));
  return candidates.find((c) => inCycle(c, day)) ?? { yearBE: ce + 543, periodKind };
}
