// The networks a staff member may address: the office's (supervisors) or the ones they coordinate (coordinators,
// who have no office-wide overview and get 403 for it).
import type { NetworkView } from '@nithet/shared';
import { asApiError } from '../../../lib/api-client';
import { getCoordinatedNetworks } from './get-coordinated-networks';
import { getNetworksOverview } from './get-networks-overview';

export async function getManageableNetworks(signal?: AbortSignal): Promise<NetworkView[]> {
  try {
    return (await getNetworksOverview(signal)).networks.map((n) => n.network);
  } catch (err) {
    if (asApiError(err).status !== 403) throw err;
    return getCoordinatedNetworks(signal);
  }
}
