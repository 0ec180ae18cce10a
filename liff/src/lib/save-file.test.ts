import { buddhistDateStamp, safeFileName } from './save-file';

describe('naming a downloaded file', () => {
  it('dates it on the Bangkok calendar with the Buddhist-era year', () => {
    expect(buddhistDateStamp(new Date('2026-11-23T18:30:00Z'))).toBe('2569-11-24');
    expect(buddhistDateStamp(new Date('2027-01-01T03:00:00Z'))).toBe('2570-01-01');
  });

  it('keeps Thai text but not what a file system refuses', () => {
    expect(safeFileName('รายชื่อ-อบรม "PLC" 1/2 :  รุ่น?.xlsx')).toBe('รายชื่อ-อบรม -PLC- 1-2 - รุ่น-.xlsx');
  });
});
