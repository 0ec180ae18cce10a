// GET /api/networks/mine and /api/networks/browse: the networks I am in (or asked to join) and ones that suit me.
import { NETWORK_PATHS, browseNetworksResponseSchema, myNetworksResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getMyNetworks = (signal?: AbortSignal) => apiRequest(NETWORK_PATHS.mine, myNetworksResponseSchema, { signal });

export const browseNetworks = (signal?: AbortSignal) => apiRequest(NETWORK_PATHS.browse, browseNetworksResponseSchema, { signal });
