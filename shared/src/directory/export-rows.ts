// What an export holds: the office's schools, and its people (LINE members with a profile + roster entries).
import type { Member } from '../domain/member';
import type { School } from '../domain/school';
import { personCells } from './member-rows';
import { memberPersonKey } from './plan';
import type { RosterEntry } from './roster';
import { schoolCells } from './school-rows';

const thai = new Intl.Collator('th');

export function schoolExportRows(schools: readonly School[], areaId: string): Array<Record<string, string>> {
  return schools
    .filter((s) => s.areaId === areaId)
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
    .map(schoolCells);
}

/**
 * People of the office, by school then Thai name. A roster entry whose school + name matches a
 * Member's profile is that Member (linked at read time), so the person appears once, as the Member.
 */
export function peopleExportRows(
  members: readonly Member[],
  roster: readonly RosterEntry[],
  areaId: string,
): Array<Record<string, string>> {
  const withProfile = members.filter((m) => m.areaId === areaId && m.profile !== null);
  const memberKeys = new Set(withProfile.map(memberPersonKey));
  const memberIds = new Set(withProfile.map((m) => m.id));
  const superseded = (r: RosterEntry) => memberKeys.has(r.personKey) || (r.linkedMemberId !== undefined && memberIds.has(r.linkedMemberId));
  const people = [
    ...withProfile.map((m) => ({ p: m.profile!, line: m.lineUserId as string | undefined })),
    ...roster.filter((r) => r.areaId === areaId && !superseded(r)).map((r) => ({ p: r, line: undefined })),
  ];
  people.sort(
    (a, b) =>
      (a.p.schoolCode < b.p.schoolCode ? -1 : a.p.schoolCode > b.p.schoolCode ? 1 : 0) ||
      thai.compare(a.p.firstName, b.p.firstName) ||
      thai.compare(a.p.lastName, b.p.lastName),
  );
  return people.map(({ p, line }) => personCells(p, line));
}

/**
 * For the registration use case: when a Member registers with the same school + name as a roster
 * entry, the entry records the link (the Member is the record of truth from then on). Pure: the
 * caller writes the returned entry, or nothing when it is already linked or the names differ.
 */
export function linkRosterEntry(entry: RosterEntry, member: Member, now: string): RosterEntry | null {
  if (memberPersonKey(member) !== entry.personKey || entry.linkedMemberId === member.id) return null;
  return { ...entry, linkedMemberId: member.id, linkedLineUserId: member.lineUserId, updatedAt: now };
}
