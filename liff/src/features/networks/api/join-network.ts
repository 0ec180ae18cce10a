// POST join by code (link/QR) or by id (browse), and POST leave.
import { z } from 'zod';
import { NETWORK_PATHS, joinResponseSchema, type JoinResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

const inflight = new Map<string, Promise<JoinResponse>>();

/**
 * Joins once per code per page load: StrictMode and a re-render must not send a second request, whose
 * answer ("already a member") would hide the real outcome. A failure may be tried again.
 */
export function joinByCodeOnce(code: string): Promise<JoinResponse> {
  let p = inflight.get(code);
  if (!p) {
    p = apiRequest(NETWORK_PATHS.joinByCode, joinResponseSchema, { method: 'POST', body: { code } });
    p.catch(() => inflight.delete(code));
    inflight.set(code, p);
  }
  return p;
}

export const joinNetwork = (networkId: string): Promise<JoinResponse> =>
  apiRequest(NETWORK_PATHS.join(networkId), joinResponseSchema, { method: 'POST' });

/** The contract names no body for leaving; anything (or nothing) the server answers is fine. */
export const leaveNetwork = (networkId: string): Promise<unknown> =>
  apiRequest(NETWORK_PATHS.leave(networkId), z.unknown(), { method: 'POST' });
