import { DEFAULT_SCALE, scaleOf } from '@nithet/shared';
import { pointWords, scaleFrom, withRange, withWord } from './scale-edits';

describe('When a supervisor edits a rating scale', () => {
  it('then an untouched question shows the usual 1–5 words and saves no scale', () => {
    expect(pointWords(scaleOf({}))).toEqual(['น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', 'มากที่สุด']);
    expect(scaleFrom(1, 5, DEFAULT_SCALE.labels!)).toBeUndefined();
    expect(withWord({}, 2, 'ปานกลาง')).toBeUndefined();
  });

  it('then a scale with only its ends named shows them at both ends and blanks between', () => {
    expect(pointWords({ min: 0, max: 3, minLabel: 'ไม่เคย', maxLabel: 'ทุกครั้ง' })).toEqual(['ไม่เคย', '', '', 'ทุกครั้ง']);
  });

  it('then changing one word keeps the others and saves a word per point', () => {
    expect(withWord({}, 4, 'ดีเยี่ยม')).toEqual({ min: 1, max: 5, labels: ['น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', 'ดีเยี่ยม'] });
  });

  it('then a shorter scale keeps the words of both ends at the ends', () => {
    expect(withRange({}, 1, 4)).toEqual({ min: 1, max: 4, labels: ['น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มากที่สุด'] });
    expect(withRange({}, 1, 2)).toEqual({ min: 1, max: 2, labels: ['น้อยที่สุด', 'มากที่สุด'] });
  });

  it('then a longer scale adds points without words before the top end', () => {
    expect(withRange({}, 0, 6)).toEqual({ min: 0, max: 6, labels: ['น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', '', '', 'มากที่สุด'] });
  });

  it('then a scale whose words are all emptied saves its points alone', () => {
    const scale = { min: 1, max: 3, labels: ['', ' ', 'มาก'] };
    expect(withWord({ scale }, 2, '')).toEqual({ min: 1, max: 3 });
    expect(pointWords({ min: 1, max: 3 })).toEqual(['', '', '']);
  });
});
