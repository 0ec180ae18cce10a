// The one way to call our API: Bearer ID token, timeout, zod-checked responses, Thai errors as ApiError.
import type { z } from 'zod';
import { apiErrorSchema } from '@nithet/shared';
import { env } from '../config/env';
import { th } from '../i18n/th';
import { getIdToken } from './liff';

/** Codes the client makes up itself; server codes (e.g. `auth/token-expired`) pass through. */
export type ClientErrorCode = 'client/network' | 'client/timeout' | 'client/bad-response' | 'client/aborted';

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly code: string,
    /** Thai, ready to show. */
    readonly thaiMessage: string,
    readonly status: number,
    /** Thai messages per form field, by field path (e.g. `firstName`, `consents.network-contact`). */
    readonly fields: Readonly<Record<string, string>> = {},
  ) {
    super(`${code} (${status})`);
  }

  /** An expired LINE token only comes back fresh after LIFF init runs again. */
  get needsReload(): boolean {
    return this.code === 'auth/token-expired';
  }

  get aborted(): boolean {
    return this.code === 'client/aborted';
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Send the LIFF ID token (default). Off only for the runtime config, fetched before LIFF init. */
  auth?: boolean;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export async function apiRequest<S extends z.ZodType>(path: string, schema: S, options: RequestOptions = {}): Promise<z.output<S>> {
  return send(path, options, 'application/json', (res) => readJson(path, schema, res));
}

/** A GET started earlier without this module (lib/early-get.ts), read with the same rules as apiRequest. */
export async function apiFromResponse<S extends z.ZodType>(path: string, schema: S, started: Promise<Response>): Promise<z.output<S>> {
  let res: Response;
  try {
    res = await started;
  } catch (err) {
    const timedOut = err instanceof DOMException && err.name === 'AbortError';
    throw timedOut ? new ApiError('client/timeout', th.errors.timeout, 0) : new ApiError('client/network', th.errors.network, 0);
  }
  try {
    return await readJson(path, schema, res);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    throw new ApiError('client/network', th.errors.network, 0); // the body broke off
  }
}

async function readJson<S extends z.ZodType>(path: string, schema: S, res: Response): Promise<z.output<S>> {
  const text = await res.text();
  const json = parseJson(text);
  if (!res.ok) throw toApiError(res.status, json);
  const parsed = schema.safeParse(json === NO_BODY ? undefined : json);
  if (!parsed.success) {
    console.error('API response did not match its contract', path, parsed.error.issues);
    throw new ApiError('client/bad-response', th.errors.badResponse, res.status);
  }
  return parsed.data;
}

/** A file the API answers (an export): its bytes and type; errors come back as JSON like everywhere else. */
export async function apiDownload(path: string, options: RequestOptions = {}): Promise<Blob> {
  return send(path, options, '*/*', async (res) => {
    if (!res.ok) throw toApiError(res.status, parseJson(await res.text()));
    return res.blob();
  });
}

async function send<T>(path: string, options: RequestOptions, accept: string, read: (res: Response) => Promise<T>): Promise<T> {
  const { method = 'GET', body, auth = true, signal, timeoutMs = env.apiTimeoutMs } = options;
  const headers: Record<string, string> = { Accept: accept };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (auth) {
    const token = getIdToken();
    if (token) headers.Authorization = `Bearer ${token}`;
  }

  // A plain controller + timer rather than AbortSignal.any/timeout: older iOS LINE browsers lack them.
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onCallerAbort = () => controller.abort();
  signal?.addEventListener('abort', onCallerAbort, { once: true });

  try {
    const res = await fetch(`${env.apiBaseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: controller.signal,
      credentials: 'same-origin',
    });
    return await read(res);
  } catch (err) {
    if (err instanceof ApiError) throw err;
    if (signal?.aborted) throw new ApiError('client/aborted', th.errors.unexpected, 0);
    if (timedOut) throw new ApiError('client/timeout', th.errors.timeout, 0);
    throw new ApiError('client/network', th.errors.network, 0);
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

const NO_BODY = Symbol('no body');
const BAD_JSON = Symbol('bad json');

function parseJson(text: string): unknown {
  if (text.trim() === '') return NO_BODY;
  try {
    return JSON.parse(text);
  } catch {
    return BAD_JSON;
  }
}

function toApiError(status: number, json: unknown): ApiError {
  const parsed = apiErrorSchema.safeParse(json);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    const thai = code === 'auth/token-expired' ? th.errors.tokenExpired : message;
    return new ApiError(code, thai, status, fields ?? {});
  }
  // A proxy's HTML error page or a dropped connection mid-body: nothing from our API to show.
  return new ApiError(`http/${status}`, th.errors.unexpected, status);
}

/** Any failure of an action as an ApiError, so a page always has a Thai message to show. */
export function asApiError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  console.error(err);
  return new ApiError('client/unexpected', th.errors.unexpected, 0);
}
