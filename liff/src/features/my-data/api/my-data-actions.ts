// PDPA actions on my own data: change consents (PUT), export as a file (GET), be forgotten (DELETE).
import { z } from 'zod';
import { MEMBER_PATHS, consentsResponseSchema, type ConsentsRequest, type MemberView } from '@nithet/shared';
import { apiDownload, apiRequest } from '../../../lib/api-client';

export async function saveConsents(input: ConsentsRequest): Promise<MemberView> {
  const { member } = await apiRequest(MEMBER_PATHS.consents, consentsResponseSchema, { method: 'PUT', body: input });
  return member;
}

export type ExportFormat = 'json' | 'csv';

/** Exports can be slow to build on a busy server and slow to arrive on a rural line. */
export const exportMyData = (format: ExportFormat): Promise<Blob> =>
  apiDownload(`${MEMBER_PATHS.export}?format=${format}`, { timeoutMs: 60_000 });

// Not in the shared contracts yet: the server answers { deleted: true, memberships: <count> }.
const deleteResponseSchema = z.object({ deleted: z.boolean(), memberships: z.number().int().nonnegative().optional() }).loose();
export type DeleteResult = z.infer<typeof deleteResponseSchema>;

export const deleteMyData = (): Promise<DeleteResult> => apiRequest(MEMBER_PATHS.me, deleteResponseSchema, { method: 'DELETE' });
