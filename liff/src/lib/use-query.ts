// A tiny data-loading hook (no query library on a phone-sized budget): load on mount, abort on unmount, retry on demand.
import { useCallback, useEffect, useState } from 'react';
import { th } from '../i18n/th';
import { ApiError } from './api-client';

export type QueryState<T> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'success'; data: T };

export function useQuery<T>(load: (signal: AbortSignal) => Promise<T>): QueryState<T> & { retry: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: toApiError(err) });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}

function toApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  console.error(err);
  return new ApiError('client/unexpected', th.errors.unexpected, 0);
}
