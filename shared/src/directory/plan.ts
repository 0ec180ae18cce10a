// The pure import plan: parsed rows + current records → what to create, update, leave alone, and row errors.
import { memberDocId, type Member } from '../domain/member';
import { schoolDocId, type School } from '../domain/school';
import { headerOf, type DirectoryKind } from './columns';
import { directoryTh } from './messages-th';
import { personKey, rosterDocId, type RosterEntry } from './roster';
import { changedSchoolFields, mergeSchool, type MergeContext, type SchoolRow } from './school-rows';
import { changedProfileFields, mergeMember, mergeRoster, rowPersonKey, type MemberRow } from './member-rows';
import type { ParsedRow, RowError, TableCheck } from './table';

export type PlannedWrite =
  | { target: 'schools'; id: string; row: ParsedRow<SchoolRow>; doc: School; changed: string[] }
  | { target: 'members'; id: string; row: ParsedRow<MemberRow>; doc: Member; changed: string[] }
  | { target: 'rosterEntries'; id: string; row: ParsedRow<MemberRow>; doc: RosterEntry; changed: string[] };

export interface ImportPlan {
  kind: DirectoryKind;
  totalRows: number;
  toCreate: PlannedWrite[];
  toUpdate: PlannedWrite[];
  unchanged: Array<{ row: number; id: string }>;
  /** Row errors, by row then column; rows with errors are in no other list. */
  errors: RowError[];
  /** Problems of the whole file (missing columns, empty, too many rows): nothing can be imported. */
  fileErrors: string[];
  ignoredHeaders: string[];
  presentColumns: string[];
}

function emptyPlan(kind: DirectoryKind, check: TableCheck<unknown>): ImportPlan {
  const { totalRows, errors, fileErrors, ignoredHeaders, presentColumns } = check;
  return { kind, totalRows, toCreate: [], toUpdate: [], unchanged: [], errors: [...errors], fileErrors, ignoredHeaders, presentColumns };
}

const rowError = (kind: DirectoryKind, row: number, column: string | null, value: string, message: string): RowError => ({
  row,
  column,
  header: column === null ? null : headerOf(kind, column),
  value,
  message,
});

const sortErrors = (plan: ImportPlan): ImportPlan => {
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
};

/** Schools are keyed by their official code within the office. */
export function planSchoolImport(check: TableCheck<SchoolRow>, current: readonly School[], ctx: MergeContext): ImportPlan {
  const plan = emptyPlan('schools', check);
  const byId = new Map(current.filter((s) => s.areaId === ctx.areaId).map((s) => [s.id, s]));
  const firstRowOf = new Map<string, number>();
  for (const row of check.rows) {
    const id = schoolDocId(ctx.areaId, row.value.code!);
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      plan.errors.push(rowError('schools', row.row, 'code', row.value.code!, directoryTh.duplicateRow(first)));
      continue;
    }
    firstRowOf.set(id, row.row);
    const existing = byId.get(id) ?? null;
    const doc = mergeSchool(row, existing, ctx);
    if (!doc) plan.unchanged.push({ row: row.row, id });
    else if (!existing) plan.toCreate.push({ target: 'schools', id, row, doc, changed: [] });
    else plan.toUpdate.push({ target: 'schools', id, row, doc, changed: changedSchoolFields(existing, doc) });
  }
  return sortErrors(plan);
}

export interface MemberImportContext {
  members: readonly Member[];
  roster: readonly RosterEntry[];
  /** Codes of the office's schools: a person must belong to one of them. */
  schoolCodes: ReadonlySet<string>;
}

/** The person key of a Member who has a profile (registered in LINE or imported with a LINE id). */
export const memberPersonKey = (m: Member): string | null =>
  m.profile ? personKey(m.profile.schoolCode, m.profile.firstName, m.profile.lastName) : null;

/**
 * Members: a row with a LINE user id addresses that Member (who must have added the account); a row
 * without one addresses the Member whose profile has the same school + name if there is one, and
 * otherwise a roster entry keyed by school + name. No Member is ever made up without a LINE account.
 */
export function planMemberImport(check: TableCheck<MemberRow>, current: MemberImportContext, ctx: MergeContext): ImportPlan {
  const plan = emptyPlan('members', check);
  const members = current.members.filter((m) => m.areaId === ctx.areaId);
  const memberById = new Map(members.map((m) => [m.id, m]));
  const memberByKey = new Map<string, Member>();
  for (const m of members) {
    const key = memberPersonKey(m);
    if (key && !memberByKey.has(key)) memberByKey.set(key, m);
  }
  const rosterById = new Map(current.roster.filter((r) => r.areaId === ctx.areaId).map((r) => [r.id, r]));
  const firstRowOf = new Map<string, number>();
  for (const row of check.rows) {
    const v = row.value;
    if (!current.schoolCodes.has(v.schoolCode!)) {
      plan.errors.push(rowError('members', row.row, 'schoolCode', v.schoolCode!, directoryTh.unknownSchool(v.schoolCode!)));
      continue;
    }
    const member = v.lineUserId ? memberById.get(memberDocId(ctx.areaId, v.lineUserId)) : memberByKey.get(rowPersonKey(v));
    if (v.lineUserId && !member) {
      plan.errors.push(rowError('members', row.row, 'lineUserId', v.lineUserId, directoryTh.unknownLineUser));
      continue;
    }
    const id = member ? member.id : rosterDocId(ctx.areaId, rowPersonKey(v));
    const first = firstRowOf.get(id);
    if (first !== undefined) {
      plan.errors.push(rowError('members', row.row, null, '', directoryTh.duplicateRow(first)));
      continue;
    }
    firstRowOf.set(id, row.row);
    if (member) {
      const doc = mergeMember(row, member, ctx);
      if (!doc) plan.unchanged.push({ row: row.row, id });
      else plan.toUpdate.push({ target: 'members', id, row, doc, changed: changedProfileFields(member.profile, doc.profile!) });
      continue;
    }
    const existing = rosterById.get(id) ?? null;
    const doc = mergeRoster(row, existing, ctx);
    if (!doc) plan.unchanged.push({ row: row.row, id });
    else if (!existing) plan.toCreate.push({ target: 'rosterEntries', id, row, doc, changed: [] });
    else plan.toUpdate.push({ target: 'rosterEntries', id, row, doc, changed: changedProfileFields(existing, doc) });
  }
  return sortErrors(plan);
}

/**
 * The same write against the document as read inside the import's transaction (someone may have
 * changed it since the preview): the new document, or null when there is nothing left to change.
 */
export function reapplyWrite(write: PlannedWrite, current: unknown, ctx: MergeContext): School | Member | RosterEntry | null {
  switch (write.target) {
    case 'schools':
      return mergeSchool(write.row, (current as School | null) ?? null, ctx);
    case 'members':
      return current ? mergeMember(write.row, current as Member, ctx) : null;
    case 'rosterEntries':
      return mergeRoster(write.row, (current as RosterEntry | null) ?? null, ctx);
  }
}
