// Member rows: the zod schema of one file row and how it changes a Member's profile or a roster entry.
import { z } from 'zod';
import { lineUserId } from '../domain/common';
import { schoolCode, type EducationLevel } from '../domain/school';
import type { Member, MemberProfile } from '../domain/member';
import { memberColumns } from './columns';
import { formatLevels, formatPosition, parseLevels, parsePhone, parsePosition, parseTitle, splitList } from './cell-values';
import { directoryCell, type ParsedRow } from './table';
import { directoryTh } from './messages-th';
import { personKey, rosterDocId, type RosterEntry } from './roster';
import type { MergeContext } from './school-rows';

const h = Object.fromEntries(memberColumns.map((c) => [c.key, c.header])) as Record<(typeof memberColumns)[number]['key'], string>;

const personName = (header: string) =>
  directoryCell.text(header, 80, true).refine((v) => !/[/\\]/.test(v), { message: directoryTh.slash(header) });

const subjects = z.string().transform((raw, ctx) => {
  const list = [...new Set(splitList(raw))];
  if (list.length > 12) ctx.addIssue({ code: 'custom', message: directoryTh.tooManyValues(h.subjects, 12) });
  const long = list.find((s) => s.length > 60);
  if (long) ctx.addIssue({ code: 'custom', message: directoryTh.tooLong(h.subjects, 60) });
  return list;
});

const levels = z.string().transform((raw, ctx): EducationLevel[] => {
  const { levels: found, unknown } = parseLevels(raw);
  if (unknown[0] !== undefined) ctx.addIssue({ code: 'custom', message: directoryTh.unknownLevel(unknown[0]) });
  return found;
});

export const memberRowSchema = z.object({
  title: directoryCell.parsed(h.title, true, parseTitle, directoryTh.unknownTitle),
  firstName: personName(h.firstName),
  lastName: personName(h.lastName),
  schoolCode: directoryCell.parsed(
    h.schoolCode,
    true,
    (v) => (schoolCode.safeParse(v).success ? v : undefined),
    () => directoryTh.schoolCode,
  ),
  position: directoryCell.parsed(h.position, true, parsePosition, directoryTh.unknownPosition),
  subjects: subjects.optional(),
  levels: levels.optional(),
  phone: directoryCell.parsed(h.phone, false, parsePhone, () => directoryTh.phone).optional(),
  lineUserId: directoryCell
    .parsed(
      h.lineUserId,
      false,
      (v) => (lineUserId.safeParse(v).success ? v : undefined),
      () => directoryTh.lineUserId,
    )
    .optional(),
});
export type MemberRow = z.output<typeof memberRowSchema>;

export const rowPersonKey = (v: MemberRow): string => personKey(v.schoolCode!, v.firstName, v.lastName);

type ProfileFields = Omit<MemberProfile, 'phone'> & { phone?: string | undefined };

/** The row's profile on top of what is stored: absent columns keep the stored value. */
function mergedProfile(row: ParsedRow<MemberRow>, base: ProfileFields | null): MemberProfile {
  const v = row.value;
  const keep = <K extends 'subjects' | 'levels'>(k: K) => (row.present.has(k) ? (v[k] ?? []) : (base?.[k] ?? []));
  const phone = row.present.has('phone') ? v.phone : base?.phone;
  return {
    title: v.title!,
    firstName: v.firstName,
    lastName: v.lastName,
    schoolCode: v.schoolCode!,
    position: v.position!,
    subjects: keep('subjects'),
    levels: keep('levels'),
    ...(phone ? { phone } : {}),
  };
}

const profileKeys = ['title', 'firstName', 'lastName', 'schoolCode', 'position', 'subjects', 'levels', 'phone'] as const;
export function changedProfileFields(a: ProfileFields | null, b: ProfileFields): string[] {
  return profileKeys.filter((k) => JSON.stringify(a?.[k] ?? null) !== JSON.stringify(b[k] ?? null));
}

/** A registered (or pre-filled) Member's profile after the row, or null when nothing changes. */
export function mergeMember(row: ParsedRow<MemberRow>, existing: Member, ctx: MergeContext): Member | null {
  const profile = mergedProfile(row, existing.profile);
  if (changedProfileFields(existing.profile, profile).length === 0) return null;
  return { ...existing, profile, updatedAt: ctx.now };
}

/** A roster entry after the row (created when absent), or null when nothing changes. */
export function mergeRoster(row: ParsedRow<MemberRow>, existing: RosterEntry | null, ctx: MergeContext): RosterEntry | null {
  const key = rowPersonKey(row.value);
  const profile = mergedProfile(row, existing);
  if (existing && changedProfileFields(existing, profile).length === 0) return null;
  const { phone, ...rest } = profile;
  return {
    ...(existing ? { linkedMemberId: existing.linkedMemberId, linkedLineUserId: existing.linkedLineUserId } : {}),
    id: rosterDocId(ctx.areaId, key),
    areaId: ctx.areaId,
    ...rest,
    ...(phone ? { phone } : {}),
    personKey: key,
    createdAt: existing?.createdAt ?? ctx.now,
    updatedAt: ctx.now,
  };
}

/** One person as export cells, keyed by column; LINE user id only for a Member. */
export const personCells = (p: ProfileFields, lineUser?: string): Record<string, string> => ({
  title: p.title,
  firstName: p.firstName,
  lastName: p.lastName,
  schoolCode: p.schoolCode,
  position: formatPosition(p.position),
  subjects: p.subjects.join(', '),
  levels: formatLevels(p.levels),
  phone: p.phone ?? '',
  lineUserId: lineUser ?? '',
});
