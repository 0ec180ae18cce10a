// The networks I coordinate, from GET /api/networks/mine (coordinators have no office-wide overview).
import { NETWORK_PATHS, myNetworksResponseSchema, type NetworkView } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export async function getCoordinatedNetworks(signal?: AbortSignal): Promise<NetworkView[]> {
  const { networks } = await apiRequest(NETWORK_PATHS.mine, myNetworksResponseSchema, { signal });
  return networks.filter((n) => n.membership.role === 'coordinator' && n.membership.status === 'active').map((n) => n.network);
}
