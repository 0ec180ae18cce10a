// FileStore on the local disk (self-hosted and local installs): one file per key under FILES_DIR, written atomically.
import { createReadStream } from 'node:fs';
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import { randomUUID } from 'node:crypto';
import { AppError, STORED_FILE_TYPES, assertSafeKey, type FileStore } from '@nithet/shared';

/** The disk keeps bytes only: the type comes back from the key's extension, which the server set from the bytes. */
const TYPE_BY_EXT = new Map<string, string>(Object.entries(STORED_FILE_TYPES).map(([type, ext]) => [ext, type]));
const typeOf = (key: string) => TYPE_BY_EXT.get(key.slice(key.lastIndexOf('.') + 1).toLowerCase()) ?? 'application/octet-stream';

const isMissing = (e: unknown) => (e as NodeJS.ErrnoException)?.code === 'ENOENT';

export function createDiskFileStore(options: { dir: string }): FileStore {
  const root = resolve(options.dir);
  /** Keys are checked twice: their shape, and that the resolved path stays under the root. */
  const pathOf = (key: string): string => {
    assertSafeKey(key);
    const full = resolve(root, key);
    if (!full.startsWith(root + sep)) throw new AppError('validation/invalid-input', `File key escapes the files folder`);
    return full;
  };
  const unavailable = (e: unknown, what: string) => new AppError('file/unavailable', `Disk file store ${what} failed`, { cause: e });

  return {
    kind: 'disk',
    async put(key, bytes) {
      const full = pathOf(key);
      try {
        await mkdir(dirname(full), { recursive: true });
        // Write then rename: a crash mid-write never leaves half a photo under the real name.
        const tmp = `${full}.${randomUUID()}.part`;
        await writeFile(tmp, bytes, { flag: 'wx' });
        await rename(tmp, full);
      } catch (e) {
        throw unavailable(e, 'put');
      }
    },
    async getBytes(key) {
      const full = pathOf(key);
      try {
        return new Uint8Array(await readFile(full));
      } catch (e) {
        if (isMissing(e)) return null;
        throw unavailable(e, 'get');
      }
    },
    async open(key) {
      const full = pathOf(key);
      try {
        const info = await stat(full);
        const stream = Readable.toWeb(createReadStream(full)) as ReadableStream<Uint8Array>;
        return { contentType: typeOf(key), size: info.size, stream };
      } catch (e) {
        if (isMissing(e)) return null;
        throw unavailable(e, 'open');
      }
    },
    async delete(key) {
      const full = pathOf(key);
      try {
        await rm(full, { force: true });
      } catch (e) {
        throw unavailable(e, 'delete');
      }
    },
  };
}
