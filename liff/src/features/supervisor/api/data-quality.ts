// GET the data-quality view and POST reminders (nudges) to the chosen people.
import { MEMBER_PATHS, dataQualityResponseSchema, nudgeResponseSchema, type NudgeResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getDataQuality = (signal?: AbortSignal) => apiRequest(MEMBER_PATHS.dataQuality, dataQualityResponseSchema, { signal });

/** Sending one push per person takes a while for a few hundred people. */
export const sendNudges = (memberIds: string[]): Promise<NudgeResponse> =>
  apiRequest(MEMBER_PATHS.nudges, nudgeResponseSchema, { method: 'POST', body: { memberIds }, timeoutMs: 60_000 });
