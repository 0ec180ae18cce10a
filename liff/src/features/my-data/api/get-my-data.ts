// GET /api/me with the school directory, so "my data" can name my school rather than show its code.
import { API_PATHS, meResponseSchema, schoolsResponseSchema, type MeResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export interface MyData extends MeResponse {
  schoolName: string | null;
}

export async function getMyData(signal?: AbortSignal): Promise<MyData> {
  const me = await apiRequest(API_PATHS.me, meResponseSchema, { signal });
  const code = me.member.profile?.schoolCode;
  if (!code) return { ...me, schoolName: null };
  // The directory is cached for five minutes by the browser; a failure here only costs the school's name.
  const schools = await apiRequest(API_PATHS.schools, schoolsResponseSchema, { signal }).catch(() => null);
  return { ...me, schoolName: schools?.schools.find((s) => s.code === code)?.name ?? null };
}
