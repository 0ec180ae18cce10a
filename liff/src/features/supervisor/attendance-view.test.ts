import type { AttendanceRow, CheckInResult } from '@nithet/shared';
import { SCAN_LOG_LIMIT, logResults, logScans, outcomeTone, searchAttendance } from './attendance-view';

const row = (over: Partial<AttendanceRow>): AttendanceRow => ({
  memberId: 'm',
  name: 'นางสาวสมศรี ใจดี',
  schoolName: 'โรงเรียนบ้านหนองบัว',
  status: 'going',
  checkedInAt: null,
  checkInMethod: null,
  evaluated: false,
  certificateNumber: null,
  ...over,
});

const scan = (i: number) => ({ clientScanId: `scan-${i}-xxxx`, value: `AAAAAAA${i}`, scannedAt: '2027-01-15T02:00:00.000Z' });
const result = (i: number, over: Partial<CheckInResult> = {}): CheckInResult => ({
  clientScanId: `scan-${i}-xxxx`,
  outcome: 'checked-in',
  message: 'เช็กอินเรียบร้อย',
  name: 'สมศรี',
  checkedInAt: '2027-01-15T02:00:00.000Z',
  ...over,
});

describe('searching the attendance list', () => {
  const rows = [row({ memberId: 'a' }), row({ memberId: 'b', name: 'นายวิชัย Smith', schoolName: 'โรงเรียนวัดป่า' })];

  it('finds by part of a name or school, every word typed, Latin letters in any case', () => {
    expect(searchAttendance(rows, 'สมศรี').map((r) => r.memberId)).toEqual(['a']);
    expect(searchAttendance(rows, ' วัดป่า  smith ').map((r) => r.memberId)).toEqual(['b']);
    expect(searchAttendance(rows, 'โรงเรียน').map((r) => r.memberId)).toEqual(['a', 'b']);
  });

  it('When the search is empty, then everyone is shown', () => {
    expect(searchAttendance(rows, '   ')).toHaveLength(2);
  });
});

describe('the scan log', () => {
  it('shows new scans first, waiting for an answer, and never the same scan twice', () => {
    const log = logScans(logScans([], [scan(1)]), [scan(1), scan(2), scan(3)]);
    expect(log.map((e) => e.value)).toEqual(['AAAAAAA3', 'AAAAAAA2', 'AAAAAAA1']);
    expect(log.every((e) => e.result === null)).toBe(true);
  });

  it('puts each answer from the server on its own line', () => {
    const log = logResults(logScans([], [scan(1), scan(2)]), [result(2, { outcome: 'unknown-code', message: 'ไม่พบรหัสนี้', name: null })]);
    expect(log.map((e) => e.result?.outcome ?? 'waiting')).toEqual(['unknown-code', 'waiting']);
  });

  it(`keeps the latest ${SCAN_LOG_LIMIT} lines`, () => {
    const log = logScans(
      [],
      Array.from({ length: SCAN_LOG_LIMIT + 5 }, (_, i) => scan(i)),
    );
    expect(log).toHaveLength(SCAN_LOG_LIMIT);
    expect(log[0]?.value).toBe(`AAAAAAA${SCAN_LOG_LIMIT + 4}`);
  });

  it('tells success, a repeat and a problem apart', () => {
    expect(['checked-in', 'already-checked-in', 'expired'].map((o) => outcomeTone(o as CheckInResult['outcome']))).toEqual([
      'ok',
      'repeat',
      'problem',
    ]);
  });
});
