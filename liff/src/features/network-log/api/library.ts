// A network's knowledge library: members read it; coordinators and supervisors add links and remove items.
import { z } from 'zod';
import {
  NETWORK_LOG_PATHS,
  libraryItemResponseSchema,
  libraryResponseSchema,
  type LibraryItemView,
  type LibraryLinkInput,
  type LibraryResponse,
} from '@nithet/shared';
import { apiDownload, apiFromResponse, apiRequest } from '../../../lib/api-client';
import { takeEarlyGet } from '../../../lib/early-get';

/** Teachers open the library from a card: the first GET may already be on its way since start-up (route-table `early`). */
export function getLibrary(networkId: string, signal?: AbortSignal): Promise<LibraryResponse> {
  const path = NETWORK_LOG_PATHS.library(networkId);
  const started = takeEarlyGet(path);
  return started ? apiFromResponse(path, libraryResponseSchema, started) : apiRequest(path, libraryResponseSchema, { signal });
}

export const addLibraryLink = async (networkId: string, body: LibraryLinkInput): Promise<LibraryItemView> =>
  (await apiRequest(NETWORK_LOG_PATHS.library(networkId), libraryItemResponseSchema, { method: 'POST', body })).item;

export const removeLibraryItem = (networkId: string, itemId: string): Promise<unknown> =>
  apiRequest(NETWORK_LOG_PATHS.libraryItem(networkId, itemId), z.unknown(), { method: 'DELETE' });

export const fetchLibraryFile = (networkId: string, itemId: string): Promise<Blob> =>
  apiDownload(NETWORK_LOG_PATHS.libraryFile(networkId, itemId), { timeoutMs: 120_000 });
