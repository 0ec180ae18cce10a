// The office's uploaded files in a backup (`--files`): found through the documents that name them (evidence photos,
// library documents, published report files), so only that office's files go in and a file no record uses stays out.
import { createHash } from 'node:crypto';
import { assertSafeKey, type DocData, type DocValue, type FileStore } from '@nithet/shared';
import { backupFileSchema, type BackupFile } from './backup-format';
import { BackupError } from './export-area';

export interface FileRef {
  key: string;
  contentType: string;
}

/** Every `{ key, contentType }` object anywhere in a document: how stored files are recorded (StoredFile, report files). */
export function fileRefsOf(data: DocData): FileRef[] {
  const found: FileRef[] = [];
  const walk = (v: DocValue) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (v === null || typeof v !== 'object') return;
    if (typeof v.key === 'string' && typeof v.contentType === 'string') found.push({ key: v.key, contentType: v.contentType });
    Object.values(v).forEach(walk);
  };
  walk(data);
  return found;
}

/** A `{ key, contentType }` whose key the server could not have made is some other object, not a file. */
function isSafeKey(key: string): boolean {
  try {
    assertSafeKey(key);
    return true;
  } catch {
    return false;
  }
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Writes one line per referenced file (sorted, each once); files the store no longer has are returned, not fatal. */
export async function writeFileLines(
  files: FileStore,
  refs: Iterable<FileRef>,
  write: (line: BackupFile) => Promise<void>,
): Promise<{ files: number; bytes: number; missing: string[] }> {
  const unique = new Map([...refs].filter((r) => isSafeKey(r.key)).map((r) => [r.key, r]));
  const result = { files: 0, bytes: 0, missing: [] as string[] };
  for (const key of [...unique.keys()].sort()) {
    const bytes = await files.getBytes(key); // one file in memory at a time (10 MB at most)
    if (!bytes) {
      result.missing.push(key);
      continue;
    }
    const { contentType } = unique.get(key)!;
    await write({ file: key, contentType, size: bytes.length, sha256: sha256(bytes), data: Buffer.from(bytes).toString('base64') });
    result.files++;
    result.bytes += bytes.length;
  }
  return result;
}

/** A file line is what it says: a safe key, and bytes of the recorded size and hash. Returns the bytes. */
export function checkedFileLine(value: unknown, line: number): { file: BackupFile; bytes: Buffer } | undefined {
  const parsed = backupFileSchema.safeParse(value);
  if (!parsed.success) return undefined;
  const file = parsed.data;
  try {
    assertSafeKey(file.file);
  } catch {
    throw new BackupError(`line ${line}: the file key is not one the server makes`);
  }
  const bytes = Buffer.from(file.data, 'base64');
  if (bytes.length !== file.size || sha256(bytes) !== file.sha256)
    throw new BackupError(`line ${line}: file ${file.file} does not match its size or SHA-256: it was changed or damaged`);
  return { file, bytes };
}

/** Second pass over a checked backup: puts every file into the target FileStore (replacing the same key). */
export async function restoreFileLines(
  files: FileStore,
  lines: AsyncIterable<{ line: number; value: unknown }>,
): Promise<{ files: number; bytes: number }> {
  const result = { files: 0, bytes: 0 };
  for await (const { line, value } of lines) {
    const checked = typeof value === 'object' && value !== null && 'file' in value ? checkedFileLine(value, line) : undefined;
    if (!checked) continue;
    await files.put(checked.file.file, new Uint8Array(checked.bytes), { contentType: checked.file.contentType });
    result.files++;
    result.bytes += checked.bytes.length;
  }
  return result;
}
