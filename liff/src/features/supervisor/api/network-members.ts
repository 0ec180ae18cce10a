// A network's members (GET), deciding a join request (POST) and appointing a coordinator (POST).
import { z } from 'zod';
import { NETWORK_PATHS, networkMembersResponseSchema, type NetworkMembersResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getNetworkMembers = (networkId: string, signal?: AbortSignal): Promise<NetworkMembersResponse> =>
  apiRequest(NETWORK_PATHS.members(networkId), networkMembersResponseSchema, { signal });

export type Decision = 'approve' | 'decline';

// The contracts name no response bodies here; the page fetches the list again afterwards.
export const decideMembership = (membershipId: string, decision: Decision): Promise<unknown> =>
  apiRequest(NETWORK_PATHS.decide(membershipId), z.unknown(), { method: 'POST', body: { decision } });

export const appointCoordinator = (networkId: string, memberId: string): Promise<unknown> =>
  apiRequest(NETWORK_PATHS.coordinators(networkId), z.unknown(), { method: 'POST', body: { memberId } });
