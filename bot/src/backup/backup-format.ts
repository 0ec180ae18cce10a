// The backup file: JSON lines (gzip when the name ends in .gz) — a header, one line per document, with `--files` one
// line per uploaded file, and a trailer whose counts let a restore tell a complete file from a cut one.
import { z } from 'zod';
import type { DocData } from '@nithet/shared';

export const BACKUP_FORMAT = 'nithet-backup';
export const BACKUP_VERSION = 1;

export const backupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  areaId: z.string().min(1),
  createdAt: z.string(),
  /** Which adapter it was read from (for people; a backup restores into either). */
  source: z.enum(['sqlite', 'firestore']),
});
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

export const backupDocSchema = z.object({
  collection: z.string().min(1),
  id: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});
export interface BackupDoc {
  collection: string;
  id: string;
  data: DocData;
}

/**
 * An uploaded file (`--files`): after the documents, before the trailer, one line each, its bytes in base64 with their
 * SHA-256, so a restore can tell a damaged file before writing anything.
 */
export const backupFileSchema = z.object({
  file: z.string().min(1).max(400),
  contentType: z.string().min(1).max(200),
  size: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  data: z.string(),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export const backupTrailerSchema = z.object({
  end: z.literal(true),
  documents: z.number().int().min(0),
  counts: z.record(z.string(), z.number().int().min(0)),
  /** File lines (absent in a backup made without `--files`). */
  files: z.number().int().min(0).optional(),
});
export type BackupTrailer = z.infer<typeof backupTrailerSchema>;
