// POST /api/form-rounds/:id/responses: my answers with the submission's idempotency key (the same key twice is one response).
import { FORM_PATHS, submitResponseSchema, type SubmitRequest, type SubmitResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const submitResponse = (roundId: string, body: SubmitRequest): Promise<SubmitResponse> =>
  apiRequest(FORM_PATHS.responses(roundId), submitResponseSchema, { method: 'POST', body });
