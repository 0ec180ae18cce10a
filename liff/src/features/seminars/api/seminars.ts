// GET /api/seminars (upcoming for me) and POST an answer (เข้าร่วม / ไม่เข้าร่วม) to one seminar.
import { SEMINAR_PATHS, rsvpResponseSchema, seminarListResponseSchema, type RsvpRequest, type RsvpResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getSeminars = (signal?: AbortSignal) => apiRequest(SEMINAR_PATHS.all, seminarListResponseSchema, { signal });

export const answerSeminar = (id: string, status: RsvpRequest['status']): Promise<RsvpResponse> =>
  apiRequest(SEMINAR_PATHS.rsvp(id), rsvpResponseSchema, { method: 'POST', body: { status } });
