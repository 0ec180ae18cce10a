// GET /api/me: who the signed-in LINE user is to the office, and their profile if registered.
import { API_PATHS, meResponseSchema, type MeResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';
import { useQuery } from '../../../lib/use-query';

export const getMe = (signal?: AbortSignal): Promise<MeResponse> => apiRequest(API_PATHS.me, meResponseSchema, { signal });

export const useMe = () => useQuery(getMe);
