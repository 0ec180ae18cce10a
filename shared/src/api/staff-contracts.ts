// Wire contracts of the office's staff section (supervisors and admins: who they are, appoint, remove).
import { z } from 'zod';
import { memberRoles } from '../domain/member';

export const STAFF_PATHS = {
  /** GET (supervisor): the office's supervisors and admins. POST { memberId }: appoint a supervisor. */
  staff: '/api/supervisor/staff',
  /** DELETE (supervisor): remove the supervisor role (never the office's last supervisor or admin). */
  one: (memberId: string) => `/api/supervisor/staff/${encodeURIComponent(memberId)}`,
  /** GET ?q= (supervisor): registered members of the office whose name matches, to appoint (at most 20). */
  search: '/api/supervisor/staff/search',
} as const;

export const staffPersonSchema = z.object({
  memberId: z.string(),
  /** Title and full name from the profile, else the LINE display name. */
  name: z.string(),
  schoolName: z.string().nullable(),
  roles: z.array(z.enum(memberRoles)),
  /** The signed-in person themselves (removing yourself closes these pages to you). */
  isMe: z.boolean(),
});
export type StaffPerson = z.infer<typeof staffPersonSchema>;

export const staffListResponseSchema = z.object({ staff: z.array(staffPersonSchema) });
export type StaffListResponse = z.infer<typeof staffListResponseSchema>;

export const STAFF_SEARCH_LIMIT = 20;
export const staffSearchQuerySchema = z.object({ q: z.string().trim().min(2, 'พิมพ์ชื่ออย่างน้อย 2 ตัวอักษร').max(80) });
export const staffSearchResponseSchema = z.object({ people: z.array(staffPersonSchema), more: z.boolean() });
export type StaffSearchResponse = z.infer<typeof staffSearchResponseSchema>;

export const appointStaffRequestSchema = z.object({ memberId: z.string().min(1).max(200) });
export type AppointStaffRequest = z.infer<typeof appointStaffRequestSchema>;

export const staffChangeResponseSchema = z.object({ changed: z.boolean(), person: staffPersonSchema });
export type StaffChangeResponse = z.infer<typeof staffChangeResponseSchema>;
