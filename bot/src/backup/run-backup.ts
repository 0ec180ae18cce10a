// Backup and restore as whole operations over a file, used by the command-line entries and the tests.
import { rm } from 'node:fs/promises';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupTrailer } from './backup-format';
import { openLineWriter, readLines } from './backup-file';
import type { BackupStore } from './backup-store';
import { exportArea } from './export-area';
import { importArea, type RestoreResult } from './import-area';

export async function backupToFile(source: BackupStore, areaId: string, outPath: string, now: Date): Promise<BackupTrailer> {
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
    const trailer = await exportArea(source.store, collections, areaId, (doc) => writer.write(doc));
    await writer.write(trailer);
    await writer.close();
    return trailer;
  } catch (e) {
    // A half-written file must not pass for a backup: remove it (a restore would refuse it anyway, having no end marker).
    await writer.close().catch(() => undefined);
    await rm(outPath, { force: true });
    throw e;
  }
}

export function restoreFromFile(
  target: BackupStore,
  inPath: string,
  options: { force?: boolean; areaId?: string } = {},
): Promise<RestoreResult> {
  return importArea(target.store, readLines(inPath), options);
}
