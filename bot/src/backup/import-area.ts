// Restores one office from a backup file into a store that holds nothing of that office (unless forced), in batches.
import type { DocumentStore } from '@nithet/shared';
import {
  backupDocSchema,
  backupHeaderSchema,
  backupTrailerSchema,
  type BackupDoc,
  type BackupHeader,
  type BackupTrailer,
} from './backup-format';
import { BackupError } from './export-area';
import { AREAS_COLLECTION, OWNED_BY_PARENT } from './ownership';
import { checkedFileLine } from './backup-files';

/** Firestore commits at most 500 writes and 10 MiB per transaction: stay well under both. */
const BATCH_DOCS = 300;
const BATCH_BYTES = 4 * 1024 * 1024;

export interface RestoreResult {
  header: BackupHeader;
  trailer: BackupTrailer;
  /** Uploaded files in the backup (checked, not yet written: restoreFileLines does that in a second pass). */
  files: number;
}

/** What of this office the target already holds, in words (empty when nothing). */
export async function officeDataPresent(store: DocumentStore, areaId: string, collections: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  if (await store.get(AREAS_COLLECTION, areaId)) found.push(`${AREAS_COLLECTION}/${areaId}`);
  for (const c of collections) {
    if (c === AREAS_COLLECTION || OWNED_BY_PARENT[c]) continue;
    const n = await store.count(c, [{ field: 'areaId', op: '==', value: areaId }]);
    if (n > 0) found.push(`${n} in ${c}`);
  }
  return found;
}

/**
 * Reads the whole file first (header, documents, trailer) and checks it is complete, then refuses a target that
 * already holds this office's data unless `force`, then writes. A cut or edited file writes nothing.
 */
export async function importArea(
  store: DocumentStore,
  lines: AsyncIterable<{ line: number; value: unknown }>,
  options: { force?: boolean; areaId?: string } = {},
): Promise<RestoreResult> {
  let header: BackupHeader | undefined;
  let trailer: BackupTrailer | undefined;
  const docs: BackupDoc[] = [];
  let files = 0;
  for await (const { line, value } of lines) {
    if (trailer) throw new BackupError(`line ${line}: data after the end marker`);
    if (!header) {
      const h = backupHeaderSchema.safeParse(value);
      if (!h.success) throw new BackupError('line 1 is not a Nithet backup header');
      header = h.data;
      continue;
    }
    const t = backupTrailerSchema.safeParse(value);
    if (t.success) {
      trailer = t.data;
      continue;
    }
    // A file line's bytes are checked and dropped here: only one file is ever held in memory.
    if (typeof value === 'object' && value !== null && 'file' in value) {
      if (!checkedFileLine(value, line)) throw new BackupError(`line ${line} is not a backed-up file`);
      files++;
      continue;
    }
    const d = backupDocSchema.safeParse(value);
    if (!d.success) throw new BackupError(`line ${line} is not a backed-up document`);
    docs.push(d.data as BackupDoc);
  }
  if (!header) throw new BackupError('the file is empty');
  if (!trailer) throw new BackupError('the file has no end marker: it was cut short (copy it again)');
  const counts: Record<string, number> = {};
  for (const d of docs) counts[d.collection] = (counts[d.collection] ?? 0) + 1;
  const mismatch = Object.keys({ ...counts, ...trailer.counts }).filter((c) => (counts[c] ?? 0) !== (trailer!.counts[c] ?? 0));
  if (files !== (trailer.files ?? 0))
    throw new BackupError(`the file holds ${files} uploaded files, its end marker says ${trailer.files ?? 0}`);
  if (docs.length !== trailer.documents || mismatch.length) {
    throw new BackupError(`the file does not match its own counts (${mismatch.join(', ') || 'total'}): it was changed or damaged`);
  }
  if (options.areaId && options.areaId !== header.areaId) {
    throw new BackupError(`the file holds office "${header.areaId}", not "${options.areaId}"`);
  }

  const present = await officeDataPresent(store, header.areaId, Object.keys(counts));
  if (present.length && !options.force) throw new TargetNotEmptyError(header.areaId, present);

  let batch: BackupDoc[] = [];
  let bytes = 0;
  const flush = async () => {
    if (!batch.length) return;
    const writing = batch;
    batch = [];
    bytes = 0;
    await store.runTransaction(async (tx) => {
      for (const d of writing) tx.set(d.collection, d.id, d.data);
    });
  };
  for (const d of docs) {
    const size = JSON.stringify(d.data).length;
    if (batch.length >= BATCH_DOCS || bytes + size > BATCH_BYTES) await flush();
    batch.push(d);
    bytes += size;
  }
  await flush();
  return { header, trailer, files };
}

export class TargetNotEmptyError extends BackupError {
  constructor(
    readonly areaId: string,
    readonly present: string[],
  ) {
    super(`the target store already holds data of office "${areaId}": ${present.join(', ')}`);
    this.name = 'TargetNotEmptyError';
  }
}
