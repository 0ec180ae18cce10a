// An import plan as the preview the supervisor checks before anything is written.
import { columnsOf } from './columns';
import { personCells } from './member-rows';
import type { ImportPlan, PlannedWrite } from './plan';
import { schoolCells } from './school-rows';
import { PREVIEW_SAMPLE_ROWS, type DirectoryPreview, type PreviewRow } from './contracts';

export function cellsOf(write: PlannedWrite): Record<string, string> {
  switch (write.target) {
    case 'schools':
      return schoolCells(write.doc);
    case 'members':
      return personCells(write.doc.profile!, write.doc.lineUserId);
    case 'rosterEntries':
      return personCells(write.doc);
  }
}

const previewRow = (w: PlannedWrite): PreviewRow => ({ row: w.row.row, id: w.id, cells: cellsOf(w), changed: w.changed, target: w.target });

/** Rows that have at least one error (a row with three bad cells counts once). */
export const invalidRowCount = (plan: ImportPlan): number => new Set(plan.errors.map((e) => e.row)).size;

export function toPreview(plan: ImportPlan, sample = PREVIEW_SAMPLE_ROWS): DirectoryPreview {
  const present = new Set(plan.presentColumns);
  return {
    kind: plan.kind,
    totalRows: plan.totalRows,
    counts: {
      create: plan.toCreate.length,
      update: plan.toUpdate.length,
      unchanged: plan.unchanged.length,
      invalid: invalidRowCount(plan),
    },
    columns: columnsOf(plan.kind).map((c) => ({ key: c.key, header: c.header, present: present.has(c.key) })),
    create: plan.toCreate.slice(0, sample).map(previewRow),
    update: plan.toUpdate.slice(0, sample).map(previewRow),
    errors: plan.errors,
    fileErrors: plan.fileErrors,
    ignoredHeaders: plan.ignoredHeaders,
  };
}
