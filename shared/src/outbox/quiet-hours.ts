// Quiet hours: no pushes at night (default 21:00–07:00 Asia/Bangkok); a send then waits for the morning.
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import timezone from 'dayjs/plugin/timezone';
import { THAI_TZ } from '../dates';

dayjs.extend(utc);
dayjs.extend(timezone);

export interface QuietHours {
  /** Local hour (0–23) the quiet time starts, inclusive. */
  startHour: number;
  /** Local hour (0–23) it ends, exclusive; may be before startHour (over midnight). */
  endHour: number;
  timeZone: string;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { startHour: 21, endHour: 7, timeZone: THAI_TZ };

const inQuiet = (hour: number, q: QuietHours) =>
  q.startHour === q.endHour
    ? false
    : q.startHour < q.endHour
      ? hour >= q.startHour && hour < q.endHour
      : hour >= q.startHour || hour < q.endHour;

/** When a send asked for at `now` may go out: null when now is fine, else the end of the quiet time. */
export function quietHoursDelay(now: Date, q: QuietHours = DEFAULT_QUIET_HOURS): Date | null {
  const local = dayjs(now).tz(q.timeZone);
  if (!inQuiet(local.hour(), q)) return null;
  let end = local.hour(q.endHour).minute(0).second(0).millisecond(0);
  if (!end.isAfter(local)) end = end.add(1, 'day');
  return end.toDate();
}
