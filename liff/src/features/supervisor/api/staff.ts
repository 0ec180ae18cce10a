// The office's supervisors and admins (GET), finding a registered member by name (GET), appointing (POST) and removing (DELETE).
import {
  STAFF_PATHS,
  staffChangeResponseSchema,
  staffListResponseSchema,
  staffSearchResponseSchema,
  type StaffChangeResponse,
  type StaffListResponse,
  type StaffSearchResponse,
} from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export const getStaff = (signal?: AbortSignal): Promise<StaffListResponse> =>
  apiRequest(STAFF_PATHS.staff, staffListResponseSchema, { signal });

export const searchMembers = (q: string): Promise<StaffSearchResponse> =>
  apiRequest(`${STAFF_PATHS.search}?q=${encodeURIComponent(q)}`, staffSearchResponseSchema);

export const appointSupervisor = (memberId: string): Promise<StaffChangeResponse> =>
  apiRequest(STAFF_PATHS.staff, staffChangeResponseSchema, { method: 'POST', body: { memberId } });

export const removeSupervisor = (memberId: string): Promise<StaffChangeResponse> =>
  apiRequest(STAFF_PATHS.one(memberId), staffChangeResponseSchema, { method: 'DELETE' });
