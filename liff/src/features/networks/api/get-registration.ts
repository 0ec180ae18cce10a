// GET /api/me, only to know whether the person registered (joining needs it) and the office's name.
import { API_PATHS, meResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export async function getRegistration(signal?: AbortSignal): Promise<{ registered: boolean; areaName: string }> {
  const me = await apiRequest(API_PATHS.me, meResponseSchema, { signal });
  return { registered: me.member.registered, areaName: me.area.name };
}
