// Moves the people linked to a superseded menu onto its successor with LINE's batch API before it is deleted.
import { HTTPFetchError, type messagingApi } from '@line/bot-sdk';

/** moved: LINE finished; unsupported: no batch endpoint (the local platform) — deleting is all we can do. */
export type RelinkOutcome = 'moved' | 'unsupported' | 'pending' | 'failed';

export interface RelinkOptions {
  pollMs?: number;
  attempts?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const isNotFound = (e: unknown) => e instanceof HTTPFetchError && e.status === 404;

/**
 * Deleting a rich menu unlinks everyone linked to it (they would fall back to the teacher default), so the
 * per-user links are moved first. The batch runs asynchronously on LINE; its progress is polled.
 */
export async function moveLinkedUsers(
  api: messagingApi.MessagingApiClient,
  from: string,
  to: string,
  options: RelinkOptions = {},
): Promise<RelinkOutcome> {
  let requestId: string | null;
  try {
    const res = await api.richMenuBatchWithHttpInfo({ operations: [{ type: 'link', from, to }] });
    requestId = res.httpResponse.headers.get('x-line-request-id');
  } catch (e) {
    return isNotFound(e) ? 'unsupported' : 'failed';
  }
  if (!requestId) return 'pending';
  for (let i = 0; i < (options.attempts ?? 30); i++) {
    await sleep(options.pollMs ?? 1000);
    try {
      const { phase } = await api.getRichMenuBatchProgress(requestId);
      if (phase === 'succeeded') return 'moved';
      if (phase === 'failed') return 'failed';
    } catch {
      return 'failed';
    }
  }
  return 'pending';
}
