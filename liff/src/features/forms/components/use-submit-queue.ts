// Submissions leave this phone from here: stored first, then sent — at once, on page load, when the phone is back online,
// every half minute while one waits, and on "ส่งอีกครั้ง"; one send at a time, each with its own idempotency key.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answers, SubmitResponse } from '@nithet/shared';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { submitResponse } from '../api/submit-response';
import { draftStorageKey, parseLocalDraft } from '../form-draft';
import { newIdempotencyKey } from '../idempotency-key';
import { browserStorage, storedValue } from '../local-store';
import {
  dropSubmission,
  failureKind,
  parseSubmitQueue,
  queueSubmission,
  submitQueueStorageKey,
  type PendingSubmission,
  type SubmitQueue,
} from '../submit-queue';

const RETRY_EVERY_MS = 30_000;

/** Where a round's submission stands on this phone. */
export type SubmitState =
  | { kind: 'sending' }
  /** Stored on the phone, not yet answered for: `offline` when there was no connection. */
  | { kind: 'waiting'; offline: boolean; error: ApiError | null }
  | { kind: 'sent'; response: SubmitResponse; answers: Answers }
  /** The server read it and said no (invalid answers, closed): the answers stay in the draft. */
  | { kind: 'refused'; error: ApiError; answers: Answers };

export interface SubmitQueueControls {
  queue: SubmitQueue;
  states: Readonly<Record<string, SubmitState>>;
  /** Stores the answers and starts sending; a second tap with the same answers reuses the same key. */
  submit: (roundId: string, answers: Answers) => void;
  /** Sends whatever waits now (the retry button). */
  flush: () => void;
  /** Forgets a round's outcome (the person goes back to edit). */
  reset: (roundId: string) => void;
}

export function useSubmitQueue(owner: string): SubmitQueueControls {
  const storage = useMemo(() => browserStorage(), []);
  const store = useMemo(() => storedValue(storage, submitQueueStorageKey(owner), parseSubmitQueue), [storage, owner]);
  const [queue, setQueue] = useState(() => store.read());
  const [states, setStates] = useState<Record<string, SubmitState>>(() =>
    Object.fromEntries(store.read().pending.map((p) => [p.roundId, { kind: 'waiting', offline: !navigator.onLine, error: null }])),
  );
  const busy = useRef(false);
  const again = useRef(false);
  const live = useRef(true);
  const setState = useCallback((roundId: string, state: SubmitState) => {
    if (live.current) setStates((s) => ({ ...s, [roundId]: state }));
  }, []);

  /** Sends one submission; false when the rest should wait (no connection). */
  const sendOne = useCallback(
    async (item: PendingSubmission): Promise<boolean> => {
      if (!navigator.onLine) {
        setState(item.roundId, { kind: 'waiting', offline: true, error: null });
        return false;
      }
      setState(item.roundId, { kind: 'sending' });
      try {
        const response = await submitResponse(item.roundId, { answers: item.answers, idempotencyKey: item.idempotencyKey });
        setQueue(store.update((q) => dropSubmission(q, item)));
        // The answers are on the server now: the phone's draft of them is done with.
        storedValue(storage, draftStorageKey(owner, item.roundId), parseLocalDraft).clear();
        setState(item.roundId, { kind: 'sent', response, answers: item.answers });
        return true;
      } catch (err) {
        const error = asApiError(err);
        if (failureKind(error) === 'keep') {
          setState(item.roundId, { kind: 'waiting', offline: error.status === 0, error });
          return false;
        }
        setQueue(store.update((q) => dropSubmission(q, item)));
        setState(item.roundId, { kind: 'refused', error, answers: item.answers });
        return true;
      }
    },
    [store, storage, owner, setState],
  );

  const flush = useCallback(() => {
    if (busy.current) {
      again.current = true; // a submission arrived while sending: one more round when this one ends
      return;
    }
    busy.current = true;
    void (async () => {
      try {
        do {
          again.current = false;
          for (const item of store.read().pending) if (!(await sendOne(item))) break;
        } while (again.current);
      } finally {
        busy.current = false;
      }
    })();
  }, [store, sendOne]);

  const submit = useCallback(
    (roundId: string, answers: Answers) => {
      let repeat = false;
      const next = store.update((q) => {
        const out = queueSubmission(q, roundId, answers, new Date(), newIdempotencyKey);
        repeat = out.repeat;
        return out.queue;
      });
      setQueue(next);
      if (!repeat || !busy.current) setState(roundId, { kind: 'sending' });
      flush();
    },
    [store, flush, setState],
  );

  const reset = useCallback((roundId: string) => {
    setStates(({ [roundId]: _, ...rest }) => rest);
  }, []);

  useEffect(() => {
    live.current = true;
    flush(); // what an earlier visit left waiting
    const onStorage = (e: StorageEvent) => {
      if (e.key === submitQueueStorageKey(owner)) setQueue(store.read());
    };
    window.addEventListener('online', flush);
    window.addEventListener('storage', onStorage);
    return () => {
      live.current = false;
      window.removeEventListener('online', flush);
      window.removeEventListener('storage', onStorage);
    };
  }, [flush, store, owner]);

  useEffect(() => {
    if (queue.pending.length === 0) return;
    const timer = setInterval(flush, RETRY_EVERY_MS);
    return () => clearInterval(timer);
  }, [queue.pending.length, flush]);

  return { queue, states, submit, flush, reset };
}
