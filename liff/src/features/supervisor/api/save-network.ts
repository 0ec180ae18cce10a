// Create (POST), edit (PATCH) and archive (POST) a network; the server checks the same shared schema.
import { z } from 'zod';
import { NETWORK_PATHS, networkViewSchema, type NetworkInput, type NetworkView } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

// Not in the shared contracts yet: create, edit and archive answer { network }.
const networkResponseSchema = z.object({ network: networkViewSchema });

export async function createNetwork(input: NetworkInput): Promise<NetworkView> {
  return (await apiRequest(NETWORK_PATHS.all, networkResponseSchema, { method: 'POST', body: input })).network;
}

export async function updateNetwork(id: string, input: NetworkInput): Promise<NetworkView> {
  return (await apiRequest(NETWORK_PATHS.one(id), networkResponseSchema, { method: 'PATCH', body: input })).network;
}

export async function archiveNetwork(id: string): Promise<NetworkView> {
  return (await apiRequest(NETWORK_PATHS.archive(id), networkResponseSchema, { method: 'POST' })).network;
}
