// Managers' attendance calls: the sheet (JSON, or XLSX downloaded with the ID token), and a batch of check-in scans.
import {
  ATTENDANCE_PATHS,
  attendanceResponseSchema,
  checkInResponseSchema,
  type AttendanceResponse,
  type CheckInResponse,
  type CheckInScan,
} from '@nithet/shared';
import { apiDownload, apiRequest } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/save-file';

export const getAttendance = (id: string, signal?: AbortSignal): Promise<AttendanceResponse> =>
  apiRequest(ATTENDANCE_PATHS.attendance(id), attendanceResponseSchema, { signal });

export const sendCheckIns = (id: string, scans: readonly CheckInScan[]): Promise<CheckInResponse> =>
  apiRequest(ATTENDANCE_PATHS.checkIns(id), checkInResponseSchema, { method: 'POST', body: { scans } });

/** The XLSX comes through the API client (a plain link would carry no ID token), then is saved from a Blob. */
export async function downloadAttendance(id: string, fileName: string): Promise<string> {
  saveBlob(await apiDownload(`${ATTENDANCE_PATHS.attendance(id)}?format=xlsx`, { timeoutMs: 60_000 }), fileName);
  return fileName;
}
