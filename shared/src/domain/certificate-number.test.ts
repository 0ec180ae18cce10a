// Certificate running numbers: "ที่ 0012/2569", Buddhist Era years in Bangkok time.
import { buddhistYear, formatCertificateNumber } from './certificate-number';

describe('buddhistYear', () => {
  it('When a moment is given, then its year in พ.ศ. is the C.E. year plus 543', () => {
    expect(buddhistYear('2026-06-15T05:00:00.000Z')).toBe(2569);
    expect(buddhistYear(new Date('2027-03-01T00:00:00.000Z'))).toBe(2570);
  });

  it('When it is just before midnight of 31 December in Bangkok, then the year is still the old one', () => {
    // 16:59:59 UTC = 23:59:59 Bangkok (UTC+7).
    expect(buddhistYear('2026-12-31T16:59:59.999Z')).toBe(2569);
  });

  it('When it is midnight of 1 January in Bangkok (still 31 December in UTC), then the year is the new one', () => {
    expect(buddhistYear('2026-12-31T17:00:00.000Z')).toBe(2570);
    expect(buddhistYear('2026-12-31T23:00:00.000Z')).toBe(2570);
  });

  it('When another time zone is named, then the year is the one on that zone’s calendar', () => {
    expect(buddhistYear('2026-12-31T17:00:00.000Z', 'UTC')).toBe(2569);
    expect(buddhistYear('2027-01-01T02:00:00.000Z', 'America/New_York')).toBe(2569);
  });

  it('When the input is not a date, then it is refused', () => {
    expect(() => buddhistYear('not a date')).toThrow(RangeError);
  });
});

describe('formatCertificateNumber', () => {
  it('When a sequence and a พ.ศ. year are given, then the number reads "ที่ 0012/2569"', () => {
    expect(formatCertificateNumber(12, 2569)).toBe('ที่ 0012/2569');
    expect(formatCertificateNumber(1, 2570)).toBe('ที่ 0001/2570');
  });

  it('When the sequence passes 9999, then all its digits are kept', () => {
    expect(formatCertificateNumber(12345, 2569)).toBe('ที่ 12345/2569');
  });

  it('When the sequence is not a whole number from 1, then it is refused', () => {
    for (const seq of [0, -1, 1.5, Number.NaN]) expect(() => formatCertificateNumber(seq, 2569)).toThrow(RangeError);
  });

  it('When a C.E. year is passed by mistake, then it is refused', () => {
    expect(() => formatCertificateNumber(1, 2026)).toThrow(/Buddhist Era/);
  });

  it('When built from a moment, then the year part is that moment’s พ.ศ. year in Bangkok', () => {
    expect(formatCertificateNumber(7, buddhistYear('2026-12-31T17:30:00.000Z'))).toBe('ที่ 0007/2570');
  });
});
