// A GET whose last answer stays on the phone, shown (marked offline) when a later request gets no answer at all.
import type { z } from 'zod';
import { apiRequest, asApiError } from '../../../lib/api-client';
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
    const data = await apiRequest(path, schema, { signal });
    copy.update(() => data);
    return { data, offline: false };
  } catch (err) {
    // Only a failed connection falls back: a refusal (closed, not for me) must show.
    const saved = asApiError(err).status === 0 && !signal?.aborted ? copy.read() : null;
    if (saved) return { data: saved, offline: true };
    throw err;
  }
}
