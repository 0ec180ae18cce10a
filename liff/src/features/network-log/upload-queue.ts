// Files waiting to go up with a record: their state per file, so a failed one is retried alone and nothing is lost.

export type QueuedKind = 'evidence' | 'document';
export type QueuedStatus = 'preparing' | 'waiting' | 'uploading' | 'failed';

export interface QueuedFile {
  id: string;
  kind: QueuedKind;
  name: string;
  /** For documents: the title it gets in the library (the file name without its ending, until edited). */
  title: string;
  size: number;
  isImage: boolean;
  status: QueuedStatus;
  /** 0..1 while uploading. */
  progress: number;
  error: string | null;
}

export const titleFromName = (name: string): string =>
  name
    .replace(/\.[A-Za-z0-9]{1,5}$/, '')
    .trim()
    .slice(0, 200);

/** Those a save sends now: never sent yet, or failed before. */
export const toSend = (queue: readonly QueuedFile[]): QueuedFile[] => queue.filter((f) => f.status === 'waiting' || f.status === 'failed');

export const update = (queue: readonly QueuedFile[], id: string, patch: Partial<QueuedFile>): QueuedFile[] =>
  queue.map((f) => (f.id === id ? { ...f, ...patch } : f));

/** "850 KB", "2.4 MB" (Thai readers use the same units). */
export function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${Math.max(1, Math.round(n / 1024)).toLocaleString('th-TH')} KB`;
  return `${(n / (1024 * 1024)).toLocaleString('th-TH', { maximumFractionDigits: 1 })} MB`;
}

export const percent = (fraction: number): number => Math.min(100, Math.max(0, Math.round(fraction * 100)));
