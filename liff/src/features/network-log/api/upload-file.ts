// File uploads with progress (fetch reports none): the raw bytes, the name in a header, Thai errors as ApiError.
import type { z } from 'zod';
import {
  FILE_NAME_HEADER,
  MAX_STORED_FILE_BYTES,
  NETWORK_LOG_PATHS,
  apiErrorSchema,
  libraryItemResponseSchema,
  networkActivityResponseSchema,
  type LibraryItemView,
  type NetworkActivityView,
} from '@nithet/shared';
import { env } from '../../../config/env';
import { th } from '../../../i18n/th-staff';
import { ApiError } from '../../../lib/api-client';
import { getIdToken } from '../../../lib/liff';

/** A photo of ~300 kB on a rural 3G line can take a minute; give a 10 MB file time before calling it lost. */
const UPLOAD_TIMEOUT_MS = 5 * 60_000;

export type Progress = (fraction: number) => void;

function upload<S extends z.ZodType>(path: string, file: Blob, name: string, schema: S, onProgress: Progress): Promise<z.output<S>> {
  if (file.size > MAX_STORED_FILE_BYTES) return Promise.reject(new ApiError('file/too-large', th.networkLog.upload.tooLarge, 413));
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${env.apiBaseUrl}${path}`);
    xhr.timeout = UPLOAD_TIMEOUT_MS;
    const token = getIdToken();
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', file.type || 'application/octet-stream');
    xhr.setRequestHeader(FILE_NAME_HEADER, encodeURIComponent(name));
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => reject(new ApiError('client/network', th.networkLog.upload.network, 0));
    xhr.ontimeout = () => reject(new ApiError('client/timeout', th.networkLog.upload.network, 0));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // a proxy's HTML page: handled below as an unexpected answer
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = schema.safeParse(json);
        if (parsed.success) return resolve(parsed.data);
        return reject(new ApiError('client/bad-response', th.errors.badResponse, xhr.status));
      }
      const error = apiErrorSchema.safeParse(json);
      if (!error.success) return reject(new ApiError(`http/${xhr.status}`, th.errors.unexpected, xhr.status));
      const { code, message } = error.data.error;
      reject(new ApiError(code, code === 'auth/token-expired' ? th.errors.tokenExpired : message, xhr.status));
    };
    xhr.send(file);
  });
}

export const uploadEvidence = async (
  networkId: string,
  activityId: string,
  file: Blob,
  name: string,
  onProgress: Progress,
): Promise<NetworkActivityView> =>
  (await upload(NETWORK_LOG_PATHS.evidence(networkId, activityId), file, name, networkActivityResponseSchema, onProgress)).activity;

export interface DocumentMeta {
  title: string;
  description?: string;
  activityId?: string;
}

export async function uploadLibraryDocument(
  networkId: string,
  meta: DocumentMeta,
  file: Blob,
  name: string,
  onProgress: Progress,
): Promise<LibraryItemView> {
  const q = new URLSearchParams({ title: meta.title });
  if (meta.description) q.set('description', meta.description);
  if (meta.activityId) q.set('activityId', meta.activityId);
  const path = `${NETWORK_LOG_PATHS.libraryDocuments(networkId)}?${q}`;
  return (await upload(path, file, name, libraryItemResponseSchema, onProgress)).item;
}
