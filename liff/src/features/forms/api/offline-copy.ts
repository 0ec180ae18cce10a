// A GET whose last answer stays on the phone, shown (marked offline) when a later request gets no answer at all.
import type { z } from 'zod';
import { apiFromResponse, apiRequest, asApiError } from '../../../lib/api-client';
import { takeEarlyGet } from '../../../lib/early-get';
import { browserStorage, storedValue } from '../local-store';

export type WithOffline<T> = { data: T; offline: boolean };

export async function getWithOfflineCopy<S extends z.ZodType>(
  path: string,
  schema: S,
  storageKey: string,
  signal?: AbortSignal,
): Promise<WithOffline<z.output<S>>> {
  const copy = storedValue(browserStorage(), storageKey, (json) => {
    const parsed = schema.safeParse(json);
    return parsed.success ? (parsed.data as z.output<S>) : null;
  });
  try {
    const started = takeEarlyGet(path);
    const data = started ? await apiFromResponse(path, schema, started) : await apiRequest(path, schema, { signal });
    copy.update(() => data);
    return { data, offline: false };
  } catch (err) {
    // Only a failed connection falls back: a refusal (closed, not for me) must show.
    const saved = asApiError(err).status === 0 && !signal?.aborted ? copy.read() : null;
    if (saved) return { data: saved, offline: true };
    throw err;
  }
}
