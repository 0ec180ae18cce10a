// A page's first GET started by the router at the same time as the page's lazy chunk, instead of after it: on a
// slow line (Fast 3G) that saves one round trip before the first question shows. The page takes it once.
import { z } from 'zod';
import { apiRequest } from './api-client';

const early = new Map<string, Promise<unknown>>();

export function startEarlyGet(path: string): void {
  if (early.has(path)) return;
  const request = apiRequest(path, z.unknown());
  request.catch(() => undefined); // the page that takes it handles the failure
  early.set(path, request);
}

/** The started request for this path (checked by the caller's schema), or undefined; each start is taken once. */
export function takeEarlyGet(path: string): Promise<unknown> | undefined {
  const request = early.get(path);
  early.delete(path);
  return request;
}
