// Client-side filters of a network's member list (a network has at most a few hundred members).
import type { NetworkMembersResponse } from '@nithet/shared';

export type MemberRow = NetworkMembersResponse['members'][number];
type Status = MemberRow['status'];
type Level = MemberRow['levels'][number];

/** '' means any; NO_SCHOOL picks people who have not given a school. */
export interface MemberFilter {
  status: Status | '';
  school: string;
  level: Level | '';
}
export const NO_SCHOOL = '-';
export const anyMember: MemberFilter = { status: '', school: '', level: '' };

export function filterMembers(rows: readonly MemberRow[], f: MemberFilter): MemberRow[] {
  return rows.filter(
    (r) =>
      (!f.status || r.status === f.status) &&
      (!f.school || (f.school === NO_SCHOOL ? r.schoolCode === null : r.schoolCode === f.school)) &&
      (!f.level || r.levels.includes(f.level)),
  );
}

const thai = new Intl.Collator('th');

/** The schools present in the list, Thai-sorted, for the school filter. */
export function schoolOptions(rows: readonly MemberRow[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const r of rows) if (r.schoolCode) seen.set(r.schoolCode, r.schoolName ?? r.schoolCode);
  return [...seen].map(([code, name]) => ({ code, name })).sort((a, b) => thai.compare(a.name, b.name));
}

/** Pending requests first, then coordinators, then members; by name within each. */
export function sortMembers(rows: readonly MemberRow[]): MemberRow[] {
  const rank = (r: MemberRow) => (r.status === 'pending' ? 0 : r.role === 'coordinator' ? 1 : r.status === 'active' ? 2 : 3);
  return [...rows].sort((a, b) => rank(a) - rank(b) || thai.compare(a.name, b.name));
}
