// POST /api/school-pairs (supervisor): pair two schools (คู่พัฒนา, or พี่–น้อง with A the พี่ school); answers the new network.
import { NETWORK_PATHS, networkResponseSchema, type NetworkView, type pairSchoolsRequestSchema } from '@nithet/shared';
import type { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export type PairSchoolsInput = z.output<typeof pairSchoolsRequestSchema>;

export async function pairSchools(input: PairSchoolsInput): Promise<NetworkView> {
  return (await apiRequest(NETWORK_PATHS.pairs, networkResponseSchema, { method: 'POST', body: input })).network;
}
