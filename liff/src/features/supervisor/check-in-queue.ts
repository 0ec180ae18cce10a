// The door's check-in queue: every scan or typed code is stored on the phone first and leaves only once the server answered for it.
import { z } from 'zod';
import { MAX_SCANS_PER_REQUEST, checkInScanSchema, type CheckInScan } from '@nithet/shared';

/** A camera reads the same QR code several times while it is held up: repeats within this window are one scan. */
export const DEDUPE_WINDOW_MS = 5_000;
/** Enough to cover the window at any realistic scanning pace; older entries are dropped. */
const RECENT_LIMIT = 50;

export interface CheckInQueue {
  /** Oldest first: sent in this order. */
  pending: CheckInScan[];
  /** What was scanned lately (normalised) and when, for the duplicate check. */
  recent: { key: string; at: string }[];
}

export const emptyQueue: CheckInQueue = { pending: [], recent: [] };

export const queueStorageKey = (seminarId: string): string => `nithet.checkIns.${seminarId}`;

/** What a typed or scanned value means at the door: a signed QR token (has dots) or an 8-character code. */
export type CheckInValue = { ok: true; value: string; kind: 'qr' | 'code' } | { ok: false; problem: 'empty' | 'format' };

const CODE = /^[0-9A-Z]{8}$/;
const MAX_VALUE_LENGTH = 1000;

/** Checks what the staff member typed or pasted; codes are sent as the server reads them (capitals, no spaces or dashes). */
export function readCheckInValue(raw: string): CheckInValue {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.includes('.'))
    return trimmed.length <= MAX_VALUE_LENGTH ? { ok: true, value: trimmed, kind: 'qr' } : { ok: false, problem: 'format' };
  const code = trimmed.toUpperCase().replace(/[\s-]/g, '');
  return CODE.test(code) ? { ok: true, value: code, kind: 'code' } : { ok: false, problem: 'format' };
}

/** The same ticket typed in lower case or with a space counts as the same scan. */
const dedupeKey = (value: string): string => (value.includes('.') ? value.trim() : value.trim().toUpperCase().replace(/[\s-]/g, ''));

export type EnqueueOutcome = { kind: 'queued'; queue: CheckInQueue; scan: CheckInScan } | { kind: 'duplicate'; queue: CheckInQueue };

/** Adds a scan unless the same value was scanned within the window; `id` is the scan's clientScanId. */
export function enqueue(queue: CheckInQueue, value: string, now: Date, id: string): EnqueueOutcome {
  const key = dedupeKey(value);
  const at = now.getTime();
  const recent = queue.recent.filter((r) => Math.abs(at - Date.parse(r.at)) < DEDUPE_WINDOW_MS);
  if (recent.some((r) => r.key === key)) return { kind: 'duplicate', queue: { ...queue, recent } };
  const scan: CheckInScan = { clientScanId: id, value: value.trim(), scannedAt: now.toISOString() };
  return {
    kind: 'queued',
    scan,
    queue: { pending: [...queue.pending, scan], recent: [...recent, { key, at: scan.scannedAt }].slice(-RECENT_LIMIT) },
  };
}

/** The next request's scans: the oldest first, at most what the server takes in one request. */
export function takeBatch(queue: CheckInQueue, max: number = MAX_SCANS_PER_REQUEST): CheckInScan[] {
  return queue.pending.slice(0, max);
}

/** Drops the scans the server answered for; the rest (not sent, or sent with no answer yet) stay queued. */
export function applyResults(queue: CheckInQueue, results: readonly { clientScanId: string }[]): CheckInQueue {
  const answered = new Set(results.map((r) => r.clientScanId));
  return { ...queue, pending: queue.pending.filter((s) => !answered.has(s.clientScanId)) };
}

const recentSchema = z.object({ key: z.string(), at: z.iso.datetime() });

/** Reads the stored queue; a garbled store gives an empty queue, a garbled item is dropped and the rest kept. */
export function parseQueue(raw: string | null): CheckInQueue {
  if (!raw) return emptyQueue;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return emptyQueue;
  }
  if (typeof json !== 'object' || json === null) return emptyQueue;
  const { pending, recent } = json as Record<string, unknown>;
  const keep = <T>(list: unknown, schema: z.ZodType<T>): T[] =>
    Array.isArray(list)
      ? list.flatMap((x) => {
          const parsed = schema.safeParse(x);
          return parsed.success ? [parsed.data] : [];
        })
      : [];
  const seen = new Set<string>();
  const unique = keep(pending, checkInScanSchema).filter((s) => {
    if (seen.has(s.clientScanId)) return false;
    seen.add(s.clientScanId);
    return true;
  });
  return { pending: unique, recent: keep(recent, recentSchema) };
}

/** The part of Storage the queue needs (localStorage in the app, a fake in tests). */
export type QueueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface StoredQueue {
  read(): CheckInQueue;
  /** Read–change–write, re-reading each time so scans added meanwhile (another tab, an earlier call) are kept. */
  update(change: (q: CheckInQueue) => CheckInQueue): CheckInQueue;
}

/** The seminar's queue in storage; when storage is blocked or full it carries on in memory for this page's life. */
export function storedQueue(storage: QueueStorage | undefined, seminarId: string): StoredQueue {
  const key = queueStorageKey(seminarId);
  let memory = emptyQueue;
  let inMemory = storage === undefined;
  const read = (): CheckInQueue => {
    if (inMemory || !storage) return memory;
    try {
      return parseQueue(storage.getItem(key));
    } catch {
      inMemory = true;
      return memory;
    }
  };
  return {
    read,
    update(change) {
      memory = change(read());
      if (!inMemory && storage) {
        try {
          storage.setItem(key, JSON.stringify(memory));
        } catch {
          inMemory = true; // quota or privacy mode: the scans are still sent while the page is open
        }
      }
      return memory;
    },
  };
}
