// GET /api/form-rounds (staff): the office's rounds with the number of responses so far.
import { FORM_PATHS, roundListResponseSchema, type RoundView } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export async function getFormRounds(signal?: AbortSignal): Promise<RoundView[]> {
  return (await apiRequest(FORM_PATHS.rounds, roundListResponseSchema, { signal })).rounds;
}
