// Backup and restore as whole operations over a file, used by the command-line entries and the tests.
import { rm } from 'node:fs/promises';
import type { FileStore } from '@nithet/shared';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupTrailer } from './backup-format';
import { openLineWriter, readLines } from './backup-file';
import type { BackupStore } from './backup-store';
import { exportArea } from './export-area';
import { importArea, type RestoreResult } from './import-area';
import { fileRefsOf, restoreFileLines, writeFileLines, type FileRef } from './backup-files';

export interface BackupOutcome {
  trailer: BackupTrailer;
  /** With `files`: bytes of the files written, and keys named by a record but gone from the file store. */
  fileBytes: number;
  missingFiles: string[];
}

export async function backupToFile(
  source: BackupStore,
  areaId: string,
  outPath: string,
  now: Date,
  options: { files?: FileStore } = {},
): Promise<BackupOutcome> {
  const collections = await source.listCollections();
  const writer = openLineWriter(outPath);
  try {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      areaId,
      createdAt: now.toISOString(),
      source: source.kind,
    };
    await writer.write(header);
    const refs: FileRef[] = [];
    const trailer = await exportArea(source.store, collections, areaId, (doc) => {
      if (options.files) refs.push(...fileRefsOf(doc.data));
      return writer.write(doc);
    });
    const outcome: BackupOutcome = { trailer, fileBytes: 0, missingFiles: [] };
    if (options.files) {
      const written = await writeFileLines(options.files, refs, (line) => writer.write(line));
      outcome.trailer = { ...trailer, files: written.files };
      outcome.fileBytes = written.bytes;
      outcome.missingFiles = written.missing;
    }
    await writer.write(outcome.trailer);
    await writer.close();
    return outcome;
  } catch (e) {
    // A half-written file must not pass for a backup: remove it (a restore would refuse it anyway, having no end marker).
    await writer.close().catch(() => undefined);
    await rm(outPath, { force: true });
    throw e;
  }
}

/**
 * Checks the whole file and writes the documents (importArea), then, when it holds uploaded files, reads it a second time
 * and puts them into the file store `openFiles` gives (opened only then).
 */
export async function restoreFromFile(
  target: BackupStore,
  inPath: string,
  options: { force?: boolean; areaId?: string; openFiles?: () => Promise<FileStore> } = {},
): Promise<RestoreResult & { fileBytes: number }> {
  const { openFiles, ...importOptions } = options;
  const result = await importArea(target.store, readLines(inPath), importOptions);
  if (result.files === 0) return { ...result, fileBytes: 0 };
  if (!openFiles) throw new Error(`the backup holds ${result.files} uploaded files but no file store was given to restore them`);
  const restored = await restoreFileLines(await openFiles(), readLines(inPath));
  return { ...result, fileBytes: restored.bytes };
}
