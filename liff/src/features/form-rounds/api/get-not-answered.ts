// GET /api/form-rounds/:id/not-answered?after=… (staff): the next page of who has not answered (the summary holds the first).
import { FORM_PATHS, notAnsweredPageResponseSchema, type NotAnsweredPageResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getNotAnswered = (id: string, after: string): Promise<NotAnsweredPageResponse> =>
  apiRequest(FORM_PATHS.notAnswered(id, after), notAnsweredPageResponseSchema);
