// School rows: the zod schema of one file row, and how a row changes (or leaves alone) a stored School.
import { z } from 'zod';
import { schoolCode, schoolDocId, type EducationLevel, type School } from '../domain/school';
import { schoolColumns } from './columns';
import { formatLevels, parseLevels } from './cell-values';
import { directoryCell, type ParsedRow } from './table';
import { directoryTh } from './messages-th';

const h = Object.fromEntries(schoolColumns.map((c) => [c.key, c.header])) as Record<(typeof schoolColumns)[number]['key'], string>;

const levels = z.string().transform((raw, ctx): EducationLevel[] => {
  const { levels: found, unknown } = parseLevels(raw);
  if (unknown[0] !== undefined) ctx.addIssue({ code: 'custom', message: directoryTh.unknownLevel(unknown[0]) });
  return found;
});

export const schoolRowSchema = z.object({
  code: directoryCell.parsed(
    h.code,
    true,
    (v) => (schoolCode.safeParse(v).success ? v : undefined),
    () => directoryTh.schoolCode,
  ),
  name: directoryCell.text(h.name, 200, true),
  district: directoryCell.text(h.district, 100, false).optional(),
  cluster: directoryCell.text(h.cluster, 100, false).optional(),
  levels: levels.optional(),
});
export type SchoolRow = z.output<typeof schoolRowSchema>;

export interface MergeContext {
  areaId: string;
  /** ISO time of this import: createdAt of new records, updatedAt of changed ones. */
  now: string;
}

/** The School after applying the row, or null when the row changes nothing (so re-imports write nothing). */
export function mergeSchool(row: ParsedRow<SchoolRow>, existing: School | null, ctx: MergeContext): School | null {
  const v = row.value;
  const code = v.code!;
  const base: School = existing ?? {
    id: schoolDocId(ctx.areaId, code),
    areaId: ctx.areaId,
    code,
    name: v.name,
    district: '',
    cluster: '',
    levels: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const next: School = {
    ...base,
    name: v.name,
    district: v.district ?? base.district,
    cluster: v.cluster ?? base.cluster,
    levels: v.levels ?? base.levels,
  };
  if (existing && changedSchoolFields(existing, next).length === 0) return null;
  return existing ? { ...next, updatedAt: ctx.now } : next;
}

const compared = ['name', 'district', 'cluster', 'levels'] as const;
export const changedSchoolFields = (a: School, b: School): string[] =>
  compared.filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));

/** One School as export cells, keyed by column. */
export const schoolCells = (s: School): Record<string, string> => ({
  code: s.code,
  name: s.name,
  district: s.district,
  cluster: s.cluster,
  levels: formatLevels(s.levels),
});
