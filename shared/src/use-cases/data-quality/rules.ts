// The per-person rules of the data-quality board: what a profile misses, when it is stale, the once-a-day nudge.
import dayjs from 'dayjs';
import type { Member } from '../../domain/member';
import { THAI_TZ } from '../../dates';

export type MissingField = 'registration' | 'subjects' | 'levels';

export function missingFields(m: Member): MissingField[] {
  if (!m.profile) return ['registration'];
  const missing: MissingField[] = [];
  if (m.profile.subjects.length === 0) missing.push('subjects');
  if (m.profile.levels.length === 0) missing.push('levels');
  return missing;
}

export function isStale(m: Member, now: Date, staleDays: number): boolean {
  return m.profile !== null && (m.profileConfirmedAt === null || dayjs(now).diff(m.profileConfirmedAt, 'day') >= staleDays);
}

/** Nobody is nudged twice on the same Bangkok calendar day. */
export function nudgedToday(m: Pick<Member, 'lastNudgedAt'>, now: Date): boolean {
  if (!m.lastNudgedAt) return false;
  return dayjs(m.lastNudgedAt).tz(THAI_TZ).format('YYYY-MM-DD') === dayjs(now).tz(THAI_TZ).format('YYYY-MM-DD');
}
