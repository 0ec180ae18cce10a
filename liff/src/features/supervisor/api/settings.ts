// GET and PUT the office's settings (message budget, quiet hours, certificate signer, stale-profile days).
import { MEMBER_PATHS, settingsResponseSchema, type SettingsRequest, type SettingsResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getSettings = (signal?: AbortSignal) => apiRequest(MEMBER_PATHS.settings, settingsResponseSchema, { signal });

export const saveSettings = (body: SettingsRequest): Promise<SettingsResponse> =>
  apiRequest(MEMBER_PATHS.settings, settingsResponseSchema, { method: 'PUT', body });
