import { formatThaiCalendarDate } from '@nithet/shared';
import { INCOMPLETE_DAY, THAI_MONTHS, dayOf, partsOf } from './date-bounds';

describe('When a supervisor types a date bound in พ.ศ.', () => {
  it('then day, month and year พ.ศ. become the stored day in ค.ศ., and back', () => {
    expect(dayOf({ day: '1', month: '6', year: '2570' })).toBe('2027-06-01');
    expect(partsOf('2028-03-31')).toEqual({ day: '31', month: '3', year: '2571' });
    expect(formatThaiCalendarDate(dayOf(partsOf('2028-03-31'))!)).toBe('31 มีนาคม 2571');
  });

  it('then all three empty means no bound, and a part missing is held as incomplete', () => {
    expect(dayOf({ day: ' ', month: '', year: '' })).toBeUndefined();
    expect(dayOf({ day: '1', month: '', year: '2570' })).toBe(INCOMPLETE_DAY);
    expect(dayOf({ day: '1', month: '6', year: '70' })).toBe(INCOMPLETE_DAY);
    expect(dayOf({ day: 'หนึ่ง', month: '6', year: '2570' })).toBe(INCOMPLETE_DAY);
  });

  it('then a day that does not exist or a year in ค.ศ. still makes a day, which the schema refuses by name', () => {
    expect(dayOf({ day: '30', month: '2', year: '2570' })).toBe('2027-02-30');
    expect(dayOf({ day: '1', month: '6', year: '2027' })).toBe('1484-06-01');
  });

  it('then the months are offered by their Thai names', () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect([THAI_MONTHS[0], THAI_MONTHS[11]]).toEqual(['มกราคม', 'ธันวาคม']);
  });
});
