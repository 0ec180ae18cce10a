// PUT /api/form-rounds/:id/draft: my partial answers, kept on the server so another phone can carry on.
import { FORM_PATHS, draftResponseSchema, type Answers } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const saveDraft = (roundId: string, answers: Answers) =>
  apiRequest(FORM_PATHS.draft(roundId), draftResponseSchema, { method: 'PUT', body: { answers } });
