// Thai date display: Buddhist Era, Thai month and weekday names, Bangkok time, government time style.
import { formatThaiDate, formatThaiDateTime, formatThaiShort, thaiAcademicYear, thaiFiscalYear } from './dates';

describe('Thai dates', () => {
  it('When a UTC instant is shown, then it reads in พ.ศ. and Bangkok time with a dot in the time', () => {
    // 02:00 UTC on 15 Jan 2027 is 09:00 in Bangkok, a Friday.
    expect(formatThaiDateTime('2027-01-15T02:00:00.000Z')).toBe('วันศุกร์ที่ 15 มกราคม 2570 เวลา 09.00 น.');
    expect(formatThaiDate('2027-01-15T02:00:00.000Z')).toBe('15 มกราคม 2570');
    expect(formatThaiShort('2027-01-15T02:00:00.000Z')).toBe('15 ม.ค. 2570 09.00 น.');
  });

  it('When it is late evening UTC, then the Bangkok date is already the next day', () => {
    expect(formatThaiDate('2026-12-31T18:30:00.000Z')).toBe('1 มกราคม 2570');
  });

  it('When computing reporting periods, then academic years start 16 May and fiscal years 1 October', () => {
    expect(thaiAcademicYear('2027-05-15T05:00:00.000Z')).toBe(2569);
    expect(thaiAcademicYear('2027-05-16T05:00:00.000Z')).toBe(2570);
    expect(thaiFiscalYear('2026-09-30T05:00:00.000Z')).toBe(2569);
    expect(thaiFiscalYear('2026-10-01T05:00:00.000Z')).toBe(2570);
  });
});
