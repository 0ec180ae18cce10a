// The door's queue on this phone: a scan is stored first, then sent — at once, on page load, when the phone is back
// online, every half minute while some wait, and on "ส่งอีกครั้ง"; one send at a time, and a scan leaves only once answered.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CheckInResponse } from '@nithet/shared';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { sendCheckIns } from '../api/attendance';
import { logResults, logScans, type ScanLogEntry } from '../attendance-view';
import { applyResults, enqueue, queueStorageKey, storedQueue, takeBatch, type EnqueueOutcome } from '../check-in-queue';

const RETRY_EVERY_MS = 30_000;

export type SyncProblem = { kind: 'offline' } | { kind: 'error'; error: ApiError } | null;

export interface CheckInQueueState {
  pending: number;
  log: ScanLogEntry[];
  syncing: boolean;
  problem: SyncProblem;
  /** Queues a scanned or typed value and starts sending; 'duplicate' when it was just scanned. */
  add: (value: string) => 'queued' | 'duplicate';
  sync: () => void;
}

export function useCheckInQueue(seminarId: string, onSynced: (res: CheckInResponse) => void): CheckInQueueState {
  const store = useMemo(() => storedQueue(localStorageOrUndefined(), seminarId), [seminarId]);
  const [pending, setPending] = useState(() => store.read().pending.length);
  const [log, setLog] = useState(() => logScans([], store.read().pending));
  const [syncing, setSyncing] = useState(false);
  const [problem, setProblem] = useState<SyncProblem>(null);
  const busy = useRef(false);
  const again = useRef(false);
  const synced = useRef(onSynced);
  useEffect(() => {
    synced.current = onSynced;
  }, [onSynced]);

  const sendAll = useCallback(async () => {
    for (;;) {
      const batch = takeBatch(store.read());
      if (batch.length === 0) return;
      let res: CheckInResponse;
      try {
        res = await sendCheckIns(seminarId, batch);
      } catch (err) {
        const error = asApiError(err);
        const offline = error.code === 'client/network' || error.code === 'client/timeout';
        setProblem(offline ? { kind: 'offline' } : { kind: 'error', error });
        return;
      }
      setPending(store.update((q) => applyResults(q, res.results)).pending.length);
      setLog((l) => logResults(l, res.results));
      setProblem(null);
      synced.current(res);
      if (res.results.length === 0) return; // an answer for none of them: wait for the next trigger rather than loop
    }
  }, [store, seminarId]);

  const sync = useCallback(() => {
    if (busy.current) {
      again.current = true; // a scan arrived while sending: one more round when this one ends
      return;
    }
    busy.current = true;
    setSyncing(true);
    void (async () => {
      try {
        do {
          again.current = false;
          await sendAll();
        } while (again.current);
      } finally {
        busy.current = false;
        setSyncing(false);
      }
    })();
  }, [sendAll]);

  const add = useCallback(
    (value: string) => {
      let outcome: EnqueueOutcome | undefined;
      const q = store.update((current) => {
        outcome = enqueue(current, value, new Date(), newScanId());
        return outcome.queue;
      });
      setPending(q.pending.length);
      if (!outcome || outcome.kind === 'duplicate') return 'duplicate';
      const { scan } = outcome;
      setLog((l) => logScans(l, [scan]));
      sync();
      return 'queued';
    },
    [store, sync],
  );

  useEffect(() => {
    sync(); // what an earlier visit left queued
    const onStorage = (e: StorageEvent) => {
      if (e.key === queueStorageKey(seminarId)) setPending(store.read().pending.length);
    };
    window.addEventListener('online', sync);
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('online', sync);
      window.removeEventListener('storage', onStorage);
    };
  }, [sync, store, seminarId]);

  useEffect(() => {
    if (pending === 0) return;
    const timer = setInterval(sync, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [pending, sync]);

  return { pending, log, syncing, problem, add, sync };
}

function localStorageOrUndefined(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined; // blocked (privacy settings): the queue lives in memory
  }
}

/** crypto.randomUUID where there is one (older LINE browsers on iOS lack it), else 128 random bits as hex. */
function newScanId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
}
