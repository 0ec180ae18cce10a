// The file storage port (evidence photos, library documents): disk on a self-hosted install, Cloud Storage on Firebase.
import { AppError } from '../errors';

export interface StoredObject {
  contentType: string;
  size: number;
  /** Web stream, so the port stays browser-safe; the server pipes it straight to the response. */
  stream: ReadableStream<Uint8Array>;
}

export interface FileStore {
  /** Which adapter (for /healthz and logs). */
  readonly kind: 'disk' | 'gcs' | 'memory';
  /** Writes (or replaces) the object under `key`. */
  put(key: string, bytes: Uint8Array, meta: { contentType: string }): Promise<void>;
  /** The whole object, or null when absent. */
  getBytes(key: string): Promise<Uint8Array | null>;
  /** A stream of the object, or null when absent. */
  open(key: string): Promise<StoredObject | null>;
  /** Deleting an absent object is not an error. */
  delete(key: string): Promise<void>;
}

/** Keys are built by the server from ids only: segments of [A-Za-z0-9._-], no empty, `.` or `..` segments. */
const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

export function assertSafeKey(key: string): void {
  const parts = key.split('/');
  if (key.length > 400 || parts.some((p) => !SEGMENT.test(p) || p === '.' || p === '..'))
    throw new AppError('validation/invalid-input', `Unsafe file key ${JSON.stringify(key.slice(0, 80))}`);
}

/** An in-memory FileStore for unit tests and demos. */
export function createMemoryFileStore(): FileStore & { readonly keys: () => string[] } {
  const objects = new Map<string, { bytes: Uint8Array; contentType: string }>();
  return {
    kind: 'memory',
    keys: () => [...objects.keys()].sort(),
    async put(key, bytes, meta) {
      assertSafeKey(key);
      objects.set(key, { bytes: bytes.slice(), contentType: meta.contentType });
    },
    async getBytes(key) {
      assertSafeKey(key);
      return objects.get(key)?.bytes.slice() ?? null;
    },
    async open(key) {
      assertSafeKey(key);
      const o = objects.get(key);
      if (!o) return null;
      const bytes = o.bytes.slice();
      const stream = new ReadableStream<Uint8Array>({
        start(c) {
          c.enqueue(bytes);
          c.close();
        },
      });
      return { contentType: o.contentType, size: bytes.length, stream };
    },
    async delete(key) {
      assertSafeKey(key);
      objects.delete(key);
    },
  };
}
