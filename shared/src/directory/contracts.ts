// Wire contracts of the directory API: paths, file types, preview and import results, export query.
import { z } from 'zod';
import { directoryKinds, type DirectoryKind } from './columns';

export const directoryPaths = {
  preview: (kind: DirectoryKind) => `/api/directory/${kind}/preview`,
  import: (kind: DirectoryKind) => `/api/directory/${kind}/import`,
  export: (kind: DirectoryKind, format: DirectoryFileFormat) => `/api/directory/${kind}/export?format=${format}`,
} as const;

export const directoryFileFormats = ['xlsx', 'csv'] as const;
export type DirectoryFileFormat = (typeof directoryFileFormats)[number];

export const DIRECTORY_MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
} as const satisfies Record<DirectoryFileFormat, string>;

/** Upload limit of one directory file (4,000 people in XLSX are ≈ 250 KB; CSV ≈ 600 KB). */
export const MAX_DIRECTORY_FILE_BYTES = 5 * 1024 * 1024;
/** Rows of each kind the preview lists; the counts always cover the whole file. */
export const PREVIEW_SAMPLE_ROWS = 50;

export const directoryKindSchema = z.enum(directoryKinds);

export const rowErrorSchema = z.object({
  row: z.number().int().min(0),
  column: z.string().nullable(),
  header: z.string().nullable(),
  value: z.string(),
  message: z.string(),
});

export const previewRowSchema = z.object({
  row: z.number().int().min(2),
  id: z.string(),
  /** Export-shaped cells by column key, as they will be stored. */
  cells: z.record(z.string(), z.string()),
  /** Column keys whose value changes (updates only). */
  changed: z.array(z.string()),
  /** For members: where the row goes — a LINE member's profile or a roster entry without LINE. */
  target: z.enum(['schools', 'members', 'rosterEntries']),
});
export type PreviewRow = z.infer<typeof previewRowSchema>;

export const directoryPreviewSchema = z.object({
  kind: directoryKindSchema,
  totalRows: z.number().int().min(0),
  counts: z.object({
    create: z.number().int().min(0),
    update: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    invalid: z.number().int().min(0),
  }),
  columns: z.array(z.object({ key: z.string(), header: z.string(), present: z.boolean() })),
  create: z.array(previewRowSchema),
  update: z.array(previewRowSchema),
  errors: z.array(rowErrorSchema),
  fileErrors: z.array(z.string()),
  ignoredHeaders: z.array(z.string()),
});
export type DirectoryPreview = z.infer<typeof directoryPreviewSchema>;

export const directoryImportResultSchema = z.object({
  kind: directoryKindSchema,
  counts: z.object({
    created: z.number().int().min(0),
    updated: z.number().int().min(0),
    unchanged: z.number().int().min(0),
    skippedInvalid: z.number().int().min(0),
  }),
  errors: z.array(rowErrorSchema),
});
export type DirectoryImportResult = z.infer<typeof directoryImportResultSchema>;

/** A refused import (rows with errors and no `skipInvalid`): the usual error body plus the preview. */
export const directoryImportRefusedSchema = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
  preview: directoryPreviewSchema,
});

export const directoryImportQuerySchema = z.object({
  skipInvalid: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});

export const directoryExportQuerySchema = z.object({ format: z.enum(directoryFileFormats).default('xlsx') });
