// POST /api/form-rounds/:id/nudges (staff): remind everyone who has not answered; the server sends each at most once a Bangkok day.
import { FORM_PATHS, roundNudgeResponseSchema, type RoundNudgeResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const nudgeRound = (id: string): Promise<RoundNudgeResponse> =>
  apiRequest(FORM_PATHS.nudges(id), roundNudgeResponseSchema, { method: 'POST' });
