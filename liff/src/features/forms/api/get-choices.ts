// What school and network questions offer: the office's schools (GET /api/schools) and the networks I am an active member of.
import type { SchoolListItem } from '@nithet/shared';
import { getMyNetworks } from '../../networks/api/get-my-networks';
import { getSchools } from '../../registration/api/get-schools';

export interface NetworkOption {
  id: string;
  name: string;
}

export const getSchoolChoices = (signal?: AbortSignal): Promise<SchoolListItem[]> => getSchools(signal);

export async function getNetworkChoices(signal?: AbortSignal): Promise<NetworkOption[]> {
  const { networks } = await getMyNetworks(signal);
  return networks.filter((n) => n.membership.status === 'active').map((n) => ({ id: n.network.id, name: n.network.name }));
}
