// What the attendance page shows: the list narrowed by a search, and the scan log (waiting, then the server's answer).
import type { AttendanceRow, CheckInOutcome, CheckInResult, CheckInScan } from '@nithet/shared';

/** Names and schools containing every word typed (Thai has no case; Latin letters are matched in any case). */
export function searchAttendance(rows: readonly AttendanceRow[], query: string): AttendanceRow[] {
  const words = query.toLocaleLowerCase('th').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((r) => {
    const text = `${r.name} ${r.schoolName}`.toLocaleLowerCase('th');
    return words.every((w) => text.includes(w));
  });
}

export type OutcomeTone = 'ok' | 'repeat' | 'problem';

export const outcomeTone = (o: CheckInOutcome): OutcomeTone =>
  o === 'checked-in' ? 'ok' : o === 'already-checked-in' ? 'repeat' : 'problem';

/** One line of the scan log: what was scanned, and the server's answer once it came. */
export interface ScanLogEntry {
  clientScanId: string;
  value: string;
  scannedAt: string;
  result: Pick<CheckInResult, 'outcome' | 'message' | 'name'> | null;
}

/** The log keeps this many lines: enough for the door, small enough to read on a phone. */
export const SCAN_LOG_LIMIT = 30;

/** New scans first; a scan already in the log (e.g. restored after a reload) is not added twice. */
export function logScans(log: readonly ScanLogEntry[], scans: readonly CheckInScan[]): ScanLogEntry[] {
  const known = new Set(log.map((e) => e.clientScanId));
  const added = scans.filter((s) => !known.has(s.clientScanId)).map((s): ScanLogEntry => ({ ...s, result: null }));
  return [...added.reverse(), ...log].slice(0, SCAN_LOG_LIMIT);
}

/** Puts each answer on its line; answers for lines no longer shown are dropped. */
export function logResults(log: readonly ScanLogEntry[], results: readonly CheckInResult[]): ScanLogEntry[] {
  const byId = new Map(results.map((r) => [r.clientScanId, r]));
  return log.map((e) => {
    const r = byId.get(e.clientScanId);
    return r ? { ...e, result: { outcome: r.outcome, message: r.message, name: r.name } } : e;
  });
}

/** A QR token is long and meaningless to read: it shows as "QR"; a typed code shows as itself. */
export const isQrToken = (value: string): boolean => value.includes('.');
