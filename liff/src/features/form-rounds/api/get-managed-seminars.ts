// GET /api/seminars/managed: the seminars I manage, recent and upcoming (a round may go to those who came).
import { SEMINAR_PATHS, managedSeminarsResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getManagedSeminars = (signal?: AbortSignal) => apiRequest(SEMINAR_PATHS.managed, managedSeminarsResponseSchema, { signal });
