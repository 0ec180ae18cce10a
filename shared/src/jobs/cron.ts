// Five-field cron expressions read on the Bangkok wall clock: the same text node-cron and onSchedule get.
import { AppError } from '../errors';
import { bangkokFields, floorToMinute, MINUTE_MS, type BangkokFields } from './bangkok-time';

type Field = keyof BangkokFields;
const FIELDS: ReadonlyArray<{ key: Field; min: number; max: number }> = [
  { key: 'minute', min: 0, max: 59 },
  { key: 'hour', min: 0, max: 23 },
  { key: 'dayOfMonth', min: 1, max: 31 },
  { key: 'month', min: 1, max: 12 },
  { key: 'dayOfWeek', min: 0, max: 7 },
];

export interface CronSchedule {
  expression: string;
  allowed: Record<Field, ReadonlySet<number>>;
  /** Standard cron: when both day fields are restricted, either may match. */
  dayOr: boolean;
}

const invalid = (expression: string, why: string) => new AppError('validation/invalid-input', `Invalid cron "${expression}": ${why}`);

function parseField(expression: string, text: string, min: number, max: number): Set<number> {
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!m) throw invalid(expression, `bad field "${text}"`);
    const from = m[1] === '*' ? min : Number(m[2]);
    const to = m[1] === '*' ? max : m[3] !== undefined ? Number(m[3]) : m[4] !== undefined ? max : from;
    const step = m[4] !== undefined ? Number(m[4]) : 1;
    if (from < min || to > max || from > to || step < 1) throw invalid(expression, `"${part}" is out of ${min}–${max}`);
    for (let v = from; v <= to; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expression: string): CronSchedule {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw invalid(expression, 'expected 5 fields (minute hour day month weekday)');
  const sets = FIELDS.map((f, i) => parseField(expression, parts[i]!, f.min, f.max));
  const dow = sets[4]!;
  if (dow.has(7)) dow.add(0);
  const allowed = Object.fromEntries(FIELDS.map((f, i) => [f.key, sets[i]!])) as Record<Field, Set<number>>;
  return { expression, allowed, dayOr: parts[2] !== '*' && parts[4] !== '*' };
}

export function cronMatches(schedule: CronSchedule, at: Date): boolean {
  const f = bangkokFields(at);
  const a = schedule.allowed;
  if (!a.minute.has(f.minute) || !a.hour.has(f.hour) || !a.month.has(f.month)) return false;
  const dom = a.dayOfMonth.has(f.dayOfMonth);
  const dow = a.dayOfWeek.has(f.dayOfWeek);
  return schedule.dayOr ? dom || dow : dom && dow;
}

/** Scheduled minutes in (from, to], oldest first. */
export function slotsBetween(schedule: CronSchedule, from: Date, to: Date): Date[] {
  const out: Date[] = [];
  const end = floorToMinute(to).getTime();
  for (let t = floorToMinute(from).getTime() + MINUTE_MS; t <= end; t += MINUTE_MS) {
    const at = new Date(t);
    if (cronMatches(schedule, at)) out.push(at);
  }
  return out;
}
