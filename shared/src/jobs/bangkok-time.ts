// Bangkok wall-clock helpers for schedules: calendar fields of a moment and minute-aligned slots.
import dayjs from 'dayjs';
import { THAI_TZ } from '../dates';

export const MINUTE_MS = 60_000;

/** The calendar fields of a moment on a Bangkok wall clock (month 1–12, dayOfWeek 0 = Sunday). */
export interface BangkokFields {
  minute: number;
  hour: number;
  dayOfMonth: number;
  month: number;
  dayOfWeek: number;
}

export function bangkokFields(at: Date): BangkokFields {
  const d = dayjs(at).tz(THAI_TZ);
  return { minute: d.minute(), hour: d.hour(), dayOfMonth: d.date(), month: d.month() + 1, dayOfWeek: d.day() };
}

/** The start of the minute containing `at` (Bangkok minutes coincide with UTC minutes). */
export function floorToMinute(at: Date): Date {
  return new Date(Math.floor(at.getTime() / MINUTE_MS) * MINUTE_MS);
}

/** "2026-01-15T09:00+07:00": a moment as Bangkok wall time, for logs and ids people read. */
export function bangkokMinuteLabel(at: Date): string {
  return dayjs(at).tz(THAI_TZ).format('YYYY-MM-DDTHH:mmZ');
}
