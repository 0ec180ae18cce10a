// GET /api/networks (supervisor): every network of the office with member counts by school and level.
import { NETWORK_PATHS, networksOverviewResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getNetworksOverview = (signal?: AbortSignal) => apiRequest(NETWORK_PATHS.all, networksOverviewResponseSchema, { signal });
