// A button's request (join, leave, save): one at a time, its progress and its Thai error, for the page to show.
import { useCallback, useRef, useState } from 'react';
import { asApiError, type ApiError } from './api-client';

export type ActionState<T> =
  { status: 'idle' } | { status: 'running' } | { status: 'error'; error: ApiError } | { status: 'done'; data: T };

export function useAction<A extends unknown[], T>(action: (...args: A) => Promise<T>) {
  const [state, setState] = useState<ActionState<T>>({ status: 'idle' });
  const busy = useRef(false);

  /** Resolves with `{ data }`, or null when it failed (the error is in `state`) or one is already running. */
  const run = useCallback(
    async (...args: A): Promise<{ data: T } | null> => {
      if (busy.current) return null; // a second tap while the first request is on its way
      busy.current = true;
      setState({ status: 'running' });
      try {
        const data = await action(...args);
        setState({ status: 'done', data });
        return { data };
      } catch (err) {
        setState({ status: 'error', error: asApiError(err) });
        return null;
      } finally {
        busy.current = false;
      }
    },
    [action],
  );
  const reset = useCallback(() => setState({ status: 'idle' }), []);
  return { state, run, reset, running: state.status === 'running' };
}
