// A page's first GET, started at start-up as soon as LIFF has a token (app/boot.ts) — while the app's own code is
// still downloading — instead of after the page's code has arrived: on a slow line (Fast 3G) that takes a whole
// round trip off the time to the first question. Plain fetch, nothing of the app's: the page that takes it reads it
// with api-client's rules (lib/api-client.ts `apiFromResponse`), each start once.
import { env } from '../config/env';
import { getIdToken } from './liff';

const early = new Map<string, Promise<Response>>();

export function startEarlyGet(path: string): void {
  if (early.has(path)) return;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), env.apiTimeoutMs);
  const token = getIdToken();
  const request = fetch(`${env.apiBaseUrl}${path}`, {
    headers: { Accept: 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    credentials: 'same-origin',
    signal: controller.signal,
  }).finally(() => clearTimeout(timer));
  request.catch(() => undefined); // the page that takes it handles the failure
  early.set(path, request);
}

/** The started request for this path, or undefined; each start is taken once. */
export function takeEarlyGet(path: string): Promise<Response> | undefined {
  const request = early.get(path);
  early.delete(path);
  return request;
}
