// A network's activity log for its managers: list, form options, record, edit, delete, evidence files.
import { z } from 'zod';
import {
  NETWORK_LOG_PATHS,
  activityOptionsResponseSchema,
  networkActivitiesResponseSchema,
  networkActivityResponseSchema,
  type ActivityOptionsResponse,
  type NetworkActivitiesResponse,
  type NetworkActivityInput,
  type NetworkActivityView,
} from '@nithet/shared';
import { apiDownload, apiRequest } from '../../../lib/api-client';

export const getActivities = (networkId: string, signal?: AbortSignal): Promise<NetworkActivitiesResponse> =>
  apiRequest(NETWORK_LOG_PATHS.activities(networkId), networkActivitiesResponseSchema, { signal });

export const getActivityOptions = (networkId: string, signal?: AbortSignal): Promise<ActivityOptionsResponse> =>
  apiRequest(NETWORK_LOG_PATHS.options(networkId), activityOptionsResponseSchema, { signal });

export const createActivity = async (networkId: string, body: NetworkActivityInput): Promise<NetworkActivityView> =>
  (await apiRequest(NETWORK_LOG_PATHS.activities(networkId), networkActivityResponseSchema, { method: 'POST', body })).activity;

export const updateActivity = async (
  networkId: string,
  activityId: string,
  body: Partial<NetworkActivityInput>,
): Promise<NetworkActivityView> =>
  (await apiRequest(NETWORK_LOG_PATHS.activity(networkId, activityId), networkActivityResponseSchema, { method: 'PATCH', body })).activity;

export const deleteActivity = (networkId: string, activityId: string): Promise<unknown> =>
  apiRequest(NETWORK_LOG_PATHS.activity(networkId, activityId), z.unknown(), { method: 'DELETE' });

export const removeEvidence = async (networkId: string, activityId: string, fileId: string): Promise<NetworkActivityView> =>
  (await apiRequest(NETWORK_LOG_PATHS.evidenceFile(networkId, activityId, fileId), networkActivityResponseSchema, { method: 'DELETE' }))
    .activity;

/** The file itself (the API needs the LINE token, so an <img src> or a plain link cannot fetch it). */
export const fetchEvidence = (networkId: string, activityId: string, fileId: string): Promise<Blob> =>
  apiDownload(NETWORK_LOG_PATHS.evidenceFile(networkId, activityId, fileId), { timeoutMs: 120_000 });
