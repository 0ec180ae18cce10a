// GET /api/me/pairings: the paired / sibling schools (partnership networks) that include my school.
import { NETWORK_PATHS, pairingsResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getMyPairings = (signal?: AbortSignal) => apiRequest(NETWORK_PATHS.myPairings, pairingsResponseSchema, { signal });
