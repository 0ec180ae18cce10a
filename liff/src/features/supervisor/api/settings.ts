// GET and PUT the office's settings (message budget, quiet hours, certificate signer, stale-profile days).
import {
  MEMBER_PATHS,
  outboxResumeResponseSchema,
  outboxStatusResponseSchema,
  settingsResponseSchema,
  type OutboxResumeResponse,
  type SettingsRequest,
  type SettingsResponse,
} from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getSettings = (signal?: AbortSignal) => apiRequest(MEMBER_PATHS.settings, settingsResponseSchema, { signal });

export const saveSettings = (body: SettingsRequest): Promise<SettingsResponse> =>
  apiRequest(MEMBER_PATHS.settings, settingsResponseSchema, { method: 'PUT', body });

export const getOutboxStatus = (signal?: AbortSignal) => apiRequest(MEMBER_PATHS.outbox, outboxStatusResponseSchema, { signal });

export const resumeOutbox = (): Promise<OutboxResumeResponse> =>
  apiRequest(MEMBER_PATHS.outboxResume, outboxResumeResponseSchema, { method: 'POST' });
