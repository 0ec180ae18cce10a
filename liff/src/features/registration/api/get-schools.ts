// GET /api/schools: the office's whole school directory (≤ 300), filtered on the phone.
import { API_PATHS, schoolsResponseSchema, type SchoolListItem } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';
import { useQuery } from '../../../lib/use-query';

const thaiOrder = new Intl.Collator('th');

export async function getSchools(signal?: AbortSignal): Promise<SchoolListItem[]> {
  const { schools } = await apiRequest(API_PATHS.schools, schoolsResponseSchema, { signal });
  return [...schools].sort((a, b) => thaiOrder.compare(a.name, b.name));
}

export const useSchools = () => useQuery(getSchools);
