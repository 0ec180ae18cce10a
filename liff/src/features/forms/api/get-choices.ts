// What school and network questions offer: the office's schools (GET /api/schools) and the networks I am an active member of,
// each kept on the phone so a weak signal does not leave the question empty.
import { API_PATHS, NETWORK_PATHS, myNetworksResponseSchema, schoolsResponseSchema, type SchoolListItem } from '@nithet/shared';
import { getWithOfflineCopy } from './offline-copy';

export interface NetworkOption {
  id: string;
  name: string;
}

const thaiOrder = new Intl.Collator('th');

export async function getSchoolChoices(signal?: AbortSignal): Promise<SchoolListItem[]> {
  const { data } = await getWithOfflineCopy(API_PATHS.schools, schoolsResponseSchema, 'nithet.forms.schools', signal);
  return [...data.schools].sort((a, b) => thaiOrder.compare(a.name, b.name));
}

export async function getNetworkChoices(owner: string, signal?: AbortSignal): Promise<NetworkOption[]> {
  const { data } = await getWithOfflineCopy(NETWORK_PATHS.mine, myNetworksResponseSchema, `nithet.forms.${owner}.networks`, signal);
  return data.networks.filter((n) => n.membership.status === 'active').map((n) => ({ id: n.network.id, name: n.network.name }));
}
