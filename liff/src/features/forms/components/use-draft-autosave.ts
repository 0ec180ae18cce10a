// The draft saves itself: on the phone shortly after every change (and at once when LINE is closed or the page hidden),
// then on the server a little later when online, so closing LINE, a lost connection or another phone loses nothing.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Answers } from '@nithet/shared';
import { asApiError } from '../../../lib/api-client';
import { saveDraft } from '../api/save-draft';
import { draftStorageKey, editDraft, markSynced, parseLocalDraft } from '../form-draft';
import { browserStorage, storedValue } from '../local-store';

const LOCAL_DELAY_MS = 400;
const SERVER_DELAY_MS = 2_000;

export type DraftStatus =
  | { kind: 'idle' }
  | { kind: 'local' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** The server could not be reached: the draft is on this phone and goes up when the phone is back online. */
  | { kind: 'offline' };

interface AutosaveInput {
  owner: string;
  roundId: string;
  answers: Answers;
  sectionId: string | undefined;
  /** This phone holds edits the server has not got (from the starting point): send them soon. */
  upload: boolean;
  /** Off once the round no longer takes answers. */
  enabled: boolean;
}

export interface Autosave {
  status: DraftStatus;
  /** Writes what is pending to the phone now and stops further saves (before a submission). */
  stop: () => void;
}

export function useDraftAutosave({ owner, roundId, answers, sectionId, upload, enabled }: AutosaveInput): Autosave {
  const store = useMemo(() => storedValue(browserStorage(), draftStorageKey(owner, roundId), parseLocalDraft), [owner, roundId]);
  const [status, setStatus] = useState<DraftStatus>({ kind: 'idle' });
  const latest = useRef({ answers, sectionId });
  latest.current = { answers, sectionId };
  const localTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serverTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(!enabled);
  const saving = useRef(false);
  const live = useRef(true);
  const show = useCallback((s: DraftStatus) => {
    if (live.current) setStatus(s);
  }, []);

  const saveToServer = useCallback(async () => {
    serverTimer.current = null;
    const draft = store.read();
    if (stopped.current || saving.current || !draft?.dirty) return;
    if (!navigator.onLine) return show({ kind: 'offline' });
    saving.current = true;
    show({ kind: 'saving' });
    try {
      const { savedAt } = await saveDraft(roundId, draft.answers);
      const after = store.update((d) => markSynced(d, draft.answers, savedAt));
      show({ kind: 'saved', at: savedAt });
      if (after?.dirty && !stopped.current) serverTimer.current = setTimeout(() => void saveToServer(), SERVER_DELAY_MS);
    } catch (err) {
      // No connection: it goes up on the next change or when the phone is back online. A refusal (closed) is shown by the submit.
      show(asApiError(err).status === 0 ? { kind: 'offline' } : { kind: 'local' });
    } finally {
      saving.current = false;
    }
  }, [store, roundId, show]);

  const scheduleServer = useCallback(() => {
    if (serverTimer.current) clearTimeout(serverTimer.current);
    serverTimer.current = setTimeout(() => void saveToServer(), SERVER_DELAY_MS);
  }, [saveToServer]);

  const writeLocal = useCallback(() => {
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = null;
    const { answers: now, sectionId: at } = latest.current;
    store.update((d) => editDraft(d, now, new Date(), at));
  }, [store]);

  // Every change: to the phone soon, to the server later. The starting point is no change (StrictMode runs this twice).
  const initial = useRef({ answers, sectionId });
  useEffect(() => {
    if (stopped.current) return;
    if (answers === initial.current.answers && sectionId === initial.current.sectionId) {
      if (upload) scheduleServer();
      return;
    }
    if (localTimer.current) clearTimeout(localTimer.current);
    localTimer.current = setTimeout(() => {
      writeLocal();
      show({ kind: 'local' });
      scheduleServer();
    }, LOCAL_DELAY_MS);
  }, [answers, sectionId, upload, writeLocal, scheduleServer, show]);

  // Closing LINE or switching apps may end the page without warning: what is pending goes to the phone at once.
  useEffect(() => {
    const flushLocal = () => {
      if (localTimer.current && !stopped.current) writeLocal();
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') flushLocal();
    };
    const onOnline = () => {
      if (!stopped.current) void saveToServer();
    };
    live.current = true;
    window.addEventListener('pagehide', flushLocal);
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('online', onOnline);
    return () => {
      live.current = false;
      flushLocal();
      window.removeEventListener('pagehide', flushLocal);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('online', onOnline);
    };
  }, [writeLocal, saveToServer]);

  useEffect(
    () => () => {
      if (serverTimer.current) clearTimeout(serverTimer.current);
    },
    [],
  );

  const stop = useCallback(() => {
    if (localTimer.current) writeLocal();
    if (serverTimer.current) clearTimeout(serverTimer.current);
    serverTimer.current = null;
    stopped.current = true;
  }, [writeLocal]);

  return { status, stop };
}
