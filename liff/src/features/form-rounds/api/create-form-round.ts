// POST /api/form-rounds (staff): a new round as a draft; nothing is sent until it is opened.
import { FORM_PATHS, roundResponseSchema, type CreateRoundRequest, type RoundView } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export async function createFormRound(body: CreateRoundRequest): Promise<RoundView> {
  return (await apiRequest(FORM_PATHS.rounds, roundResponseSchema, { method: 'POST', body })).round;
}
