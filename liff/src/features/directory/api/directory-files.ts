// The directory API needs file bodies and file answers, which apiRequest (JSON only) cannot carry: same token, timeout and Thai errors.
import {
  apiErrorSchema,
  directoryImportRefusedSchema,
  directoryImportResultSchema,
  directoryPaths,
  directoryPreviewSchema,
  type DirectoryFileFormat,
  type DirectoryImportResult,
  type DirectoryKind,
  type DirectoryPreview,
} from '@nithet/shared';
import { env } from '../../../config/env';
import { th } from '../../../i18n/th-staff';
import { ApiError } from '../../../lib/api-client';
import { getIdToken } from '../../../lib/liff';

/** 4,000 people on a slow rural line: give an upload far longer than a form post. */
const FILE_TIMEOUT_MS = 120_000;

async function call(path: string, init: RequestInit): Promise<Response> {
  const token = getIdToken();
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FILE_TIMEOUT_MS);
  try {
    return await fetch(`${env.apiBaseUrl}${path}`, {
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      signal: controller.signal,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(
      controller.signal.aborted ? 'client/timeout' : 'client/network',
      controller.signal.aborted ? th.errors.timeout : th.errors.network,
      0,
    );
  } finally {
    clearTimeout(timer);
  }
}

async function jsonOf(res: Response): Promise<unknown> {
  try {
    return await res.json();
  } catch {
    return null;
  }
}

function errorOf(status: number, json: unknown): ApiError {
  const parsed = apiErrorSchema.safeParse(json);
  if (!parsed.success) return new ApiError(`http/${status}`, status === 413 ? th.directory.tooLarge : th.errors.unexpected, status);
  const { code, message } = parsed.data.error;
  return new ApiError(code, code === 'auth/token-expired' ? th.errors.tokenExpired : message, status);
}

const send = (kind: DirectoryKind, action: 'preview' | 'import', file: File, query = '') =>
  call(`${directoryPaths[action](kind)}${query}`, {
    method: 'POST',
    headers: { 'Content-Type': file.type || 'application/octet-stream', Accept: 'application/json' },
    body: file,
  });

export async function previewDirectoryFile(kind: DirectoryKind, file: File): Promise<DirectoryPreview> {
  const res = await send(kind, 'preview', file);
  const json = await jsonOf(res);
  if (!res.ok) throw errorOf(res.status, json);
  const parsed = directoryPreviewSchema.safeParse(json);
  if (!parsed.success) throw new ApiError('client/bad-response', th.errors.badResponse, res.status);
  return parsed.data;
}

/** `refused` carries a fresh preview when rows turned invalid since the check (nothing was written). */
export async function importDirectoryFile(
  kind: DirectoryKind,
  file: File,
  skipInvalid: boolean,
): Promise<{ result: DirectoryImportResult } | { refused: DirectoryPreview }> {
  const res = await send(kind, 'import', file, skipInvalid ? '?skipInvalid=1' : '');
  const json = await jsonOf(res);
  if (res.status === 422) {
    const refused = directoryImportRefusedSchema.safeParse(json);
    if (refused.success) return { refused: refused.data.preview };
  }
  if (!res.ok) throw errorOf(res.status, json);
  const parsed = directoryImportResultSchema.safeParse(json);
  if (!parsed.success) throw new ApiError('client/bad-response', th.errors.badResponse, res.status);
  return { result: parsed.data };
}

/** Downloads the export and hands it to the browser under the server's Thai file name. */
export async function downloadDirectory(kind: DirectoryKind, format: DirectoryFileFormat): Promise<void> {
  const res = await call(directoryPaths.export(kind, format), { method: 'GET' });
  if (!res.ok) throw errorOf(res.status, await jsonOf(res));
  const blob = await res.blob();
  const name = /filename\*=UTF-8''([^;]+)/.exec(res.headers.get('content-disposition') ?? '')?.[1];
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name ? decodeURIComponent(name) : `directory-${kind}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
