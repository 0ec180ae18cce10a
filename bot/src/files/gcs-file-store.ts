// FileStore on Cloud Storage (the Firebase install) through firebase-admin's getStorage().bucket(); private objects only.
import { Readable } from 'node:stream';
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getStorage } from 'firebase-admin/storage';
import { AppError, assertSafeKey, type FileStore } from '@nithet/shared';

export interface GcsFileStoreOptions {
  bucket: string;
  projectId?: string;
}

type Bucket = ReturnType<ReturnType<typeof getStorage>['bucket']>;

let appSeq = 0;

const statusOf = (e: unknown): number | undefined => {
  const code = (e as { code?: unknown })?.code;
  return typeof code === 'number' ? code : undefined;
};

export function createGcsFileStore(options: GcsFileStoreOptions): FileStore & { close(): Promise<void> } {
  let app: App | undefined;
  let bucket: Bucket | undefined;
  // Created on first use, never at import (STORAGE_EMULATOR_HOST, when set, is read then by the library).
  const theBucket = (): Bucket => {
    if (bucket) return bucket;
    app = initializeApp(
      { storageBucket: options.bucket, ...(options.projectId ? { projectId: options.projectId } : {}) },
      `nithet-files-${++appSeq}-${Date.now().toString(36)}`,
    );
    bucket = getStorage(app).bucket(options.bucket);
    return bucket;
  };
  const file = (key: string) => {
    assertSafeKey(key);
    return theBucket().file(key);
  };
  const unavailable = (e: unknown, what: string) =>
    new AppError('file/unavailable', `Cloud Storage ${what} failed (${statusOf(e) ?? 'no status'})`, { cause: e });

  return {
    kind: 'gcs',
    async put(key, bytes, meta) {
      const f = file(key);
      try {
        // One request (multipart), not a resumable session: evidence files are at most 10 MB.
        await f.save(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
          resumable: false,
          contentType: meta.contentType,
          metadata: { cacheControl: 'private, max-age=0, no-transform' },
        });
      } catch (e) {
        throw unavailable(e, 'upload');
      }
    },
    async getBytes(key) {
      const f = file(key);
      try {
        const [buf] = await f.download();
        return new Uint8Array(buf);
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw unavailable(e, 'download');
      }
    },
    async open(key) {
      const f = file(key);
      let metadata;
      try {
        [metadata] = await f.getMetadata();
      } catch (e) {
        if (statusOf(e) === 404) return null;
        throw unavailable(e, 'metadata');
      }
      const stream = Readable.toWeb(f.createReadStream()) as ReadableStream<Uint8Array>;
      return { contentType: metadata.contentType ?? 'application/octet-stream', size: Number(metadata.size ?? 0), stream };
    },
    async delete(key) {
      const f = file(key);
      try {
        await f.delete({ ignoreNotFound: true });
      } catch (e) {
        throw unavailable(e, 'delete');
      }
    },
    async close() {
      if (app) await deleteApp(app);
      app = undefined;
      bucket = undefined;
    },
  };
}
