// Every kind of question through the one validation, as the renderer and the server call it.
import type { QuestionInput } from './definition';
import { oneSection, options } from './fixtures';
import { validateAnswers, type ValidateOptions } from './validate-answers';

/** The answer stored, or the message shown, for one question answered with `raw`. */
function answer(question: Partial<QuestionInput> & Pick<QuestionInput, 'kind'>, raw: unknown, opts: ValidateOptions = {}) {
  const check = validateAnswers(oneSection({ id: 'q', label: 'คำถาม', ...question }), { q: raw }, opts);
  return check.ok ? check.answers.q : check.fields;
}

describe('text answers', () => {
  it('When short text is given, then it is trimmed and kept on one line', () => {
    expect(answer({ kind: 'short-text' }, '  สวัสดี\r\nครับ  ')).toBe('สวัสดี ครับ');
  });

  it('When long text is given, then its lines stay and control characters are dropped', () => {
    expect(answer({ kind: 'long-text' }, ' บรรทัดหนึ่ง\r\nบรรทัดสอง\u0007 ')).toBe('บรรทัดหนึ่ง\nบรรทัดสอง');
  });

  it('When text passes 500 (short) or 3000 (long) characters, or its own maximum, then it is refused with the limit', () => {
    expect(answer({ kind: 'short-text' }, 'ก'.repeat(500))).toBe('ก'.repeat(500));
    expect(answer({ kind: 'short-text' }, 'ก'.repeat(501))).toEqual({ q: 'ข้อความยาวเกิน 500 ตัวอักษร' });
    expect(answer({ kind: 'long-text' }, 'ก'.repeat(3001))).toEqual({ q: 'ข้อความยาวเกิน 3,000 ตัวอักษร' });
    expect(answer({ kind: 'short-text', maxLength: 10 }, 'ก'.repeat(11))).toEqual({ q: 'ข้อความยาวเกิน 10 ตัวอักษร' });
  });

  it('When a required text is only spaces, then it counts as empty', () => {
    expect(answer({ kind: 'short-text', required: true }, '   ')).toEqual({ q: 'กรุณากรอกข้อมูลช่องนี้' });
    expect(answer({ kind: 'short-text' }, '   ')).toBeUndefined();
  });
});

describe('choices', () => {
  const single = { kind: 'single-choice' as const, options: options('a', 'b', 'c') };
  const multi = { kind: 'multi-choice' as const, options: options('a', 'b', 'c', 'd') };

  it('When a single choice is one of the options, then it is kept; anything else is refused', () => {
    expect(answer(single, 'b')).toBe('b');
    expect(answer(single, 'z')).toEqual({ q: 'กรุณาเลือกจากรายการที่กำหนด' });
    expect(answer(single, ['a'])).toEqual({ q: 'รูปแบบข้อมูลไม่ถูกต้อง' });
  });

  it('When "other" is allowed and chosen with text, then it is stored as other:<text>; without text it asks for it', () => {
    expect(answer({ ...single, allowOther: true }, 'other: ครูพี่เลี้ยง ')).toBe('other:ครูพี่เลี้ยง');
    expect(answer({ ...single, allowOther: true }, 'other')).toEqual({ q: 'กรุณาระบุคำตอบในช่อง “อื่น ๆ”' });
    expect(answer({ ...single, allowOther: true }, 'other:   ')).toEqual({ q: 'กรุณาระบุคำตอบในช่อง “อื่น ๆ”' });
    expect(answer(single, 'other:ครูพี่เลี้ยง')).toEqual({ q: 'กรุณาเลือกจากรายการที่กำหนด' });
  });

  it('When several choices are given, then repeats go, the options keep their order and "other" comes last', () => {
    expect(answer({ ...multi, allowOther: true }, ['other:ศิลปะ', 'c', 'a', 'c'])).toEqual(['a', 'c', 'other:ศิลปะ']);
    expect(answer(multi, 'b')).toEqual(['b']);
    expect(answer(multi, ['a', 'x'])).toEqual({ q: 'กรุณาเลือกจากรายการที่กำหนด' });
  });

  it('When fewer or more choices than allowed are picked, then the count is named; a draft may have too few', () => {
    const counted = { ...multi, min: 2, max: 3 };
    expect(answer(counted, ['a'])).toEqual({ q: 'กรุณาเลือกอย่างน้อย 2 ข้อ' });
    expect(answer(counted, ['a', 'b', 'c', 'd'])).toEqual({ q: 'เลือกได้ไม่เกิน 3 ข้อ' });
    expect(answer(counted, ['a'], { partial: true })).toEqual(['a']);
    expect(answer({ ...multi, required: true }, [])).toEqual({ q: 'กรุณาเลือกคำตอบ' });
  });
});

describe('ratings', () => {
  it('When a rating is within the scale, then it is kept as a number; outside it or not whole, it is refused', () => {
    expect(answer({ kind: 'rating' }, '4')).toBe(4);
    expect(answer({ kind: 'rating' }, 6)).toEqual({ q: 'กรุณาเลือกระดับ 1–5' });
    expect(answer({ kind: 'rating' }, 2.5)).toEqual({ q: 'กรุณาเลือกระดับ 1–5' });
    expect(answer({ kind: 'rating', scale: { min: 0, max: 10 } }, 0)).toBe(0);
    expect(answer({ kind: 'rating', required: true }, undefined)).toEqual({ q: 'กรุณาเลือกระดับความคิดเห็น' });
  });

  const grid = {
    kind: 'rating-grid' as const,
    items: [
      { id: 'x', label: 'ข้อ 1' },
      { id: 'y', label: 'ข้อ 2' },
    ],
  };

  it('When a required grid has an item not rated, then that item is named as question.item', () => {
    expect(answer({ ...grid, required: true }, { x: 5 })).toEqual({ 'q.y': 'กรุณาเลือกระดับความคิดเห็นของข้อนี้' });
    expect(answer({ ...grid, required: true }, {})).toEqual({
      q: 'กรุณาเลือกระดับความคิดเห็น',
      'q.x': 'กรุณาเลือกระดับความคิดเห็นของข้อนี้',
      'q.y': 'กรุณาเลือกระดับความคิดเห็นของข้อนี้',
    });
  });

  it('When a grid is rated, then ratings become numbers and rows the form does not have are dropped', () => {
    expect(answer({ ...grid, required: true }, { x: '5', y: 1, z: 3 })).toEqual({ x: 5, y: 1 });
    expect(answer(grid, { x: 4 })).toEqual({ x: 4 });
    expect(answer(grid, { x: 9 })).toEqual({ 'q.x': 'กรุณาเลือกระดับ 1–5' });
    expect(answer(grid, [4])).toEqual({ q: 'รูปแบบข้อมูลไม่ถูกต้อง' });
  });
});

describe('numbers and dates', () => {
  it('When a number is typed, then thousands separators are read and it is kept as a number', () => {
    expect(answer({ kind: 'number' }, '1,250.5')).toBe(1250.5);
    expect(answer({ kind: 'number' }, ' -3 ')).toBe(-3);
    expect(answer({ kind: 'number' }, '12abc')).toEqual({ q: 'กรุณากรอกเป็นตัวเลข' });
    expect(answer({ kind: 'number' }, Infinity)).toEqual({ q: 'กรุณากรอกเป็นตัวเลข' });
  });

  it('When a number must be whole or within a range, then the message says which', () => {
    expect(answer({ kind: 'number', integer: true }, 2.5)).toEqual({ q: 'กรุณากรอกเป็นจำนวนเต็ม' });
    expect(answer({ kind: 'number', min: 0 }, -1)).toEqual({ q: 'กรุณากรอกตัวเลขไม่น้อยกว่า 0' });
    expect(answer({ kind: 'number', max: 1000 }, 1001)).toEqual({ q: 'กรุณากรอกตัวเลขไม่เกิน 1,000' });
    expect(answer({ kind: 'number', min: 1, max: 60 }, 0)).toEqual({ q: 'กรุณากรอกตัวเลขตั้งแต่ 1 ถึง 60' });
  });

  it('When a date is a real day written YYYY-MM-DD, then it is kept; 29 February of a common year is refused', () => {
    expect(answer({ kind: 'date' }, '2028-02-29')).toBe('2028-02-29');
    expect(answer({ kind: 'date' }, '2027-02-29')).toEqual({ q: 'กรุณาเลือกวันที่ที่มีอยู่จริง' });
    expect(answer({ kind: 'date' }, '15/01/2570')).toEqual({ q: 'กรุณาเลือกวันที่ที่มีอยู่จริง' });
  });

  it('When a date falls outside the allowed days, then the message names the limit in the Buddhist Era', () => {
    const window = { kind: 'date' as const, minDate: '2027-01-01', maxDate: '2027-04-30' };
    expect(answer(window, '2026-12-31')).toEqual({ q: 'กรุณาเลือกวันที่ตั้งแต่ 1 มกราคม 2570 เป็นต้นไป' });
    expect(answer(window, '2027-05-01')).toEqual({ q: 'กรุณาเลือกวันที่ไม่เกิน 30 เมษายน 2570' });
  });
});

describe('school and network pickers', () => {
  it('When the lists are given, then a school code or network id must be among them', () => {
    expect(answer({ kind: 'school' }, '1084000001', { schools: ['1084000001'] })).toBe('1084000001');
    expect(answer({ kind: 'school' }, '999', { schools: ['1084000001'] })).toEqual({ q: 'ไม่พบโรงเรียนนี้ในรายชื่อ กรุณาเลือกจากรายการ' });
    expect(answer({ kind: 'network' }, 'net-9', { networks: ['net-1'] })).toEqual({ q: 'ไม่พบเครือข่ายนี้ในรายการ กรุณาเลือกจากรายการ' });
    expect(answer({ kind: 'network', required: true }, '')).toEqual({ q: 'กรุณาเลือกเครือข่าย' });
  });

  it('When no list is given, then any code is kept (the server checks it against the office)', () => {
    expect(answer({ kind: 'school' }, ' 1084000002 ')).toBe('1084000002');
  });

  it('When a picker takes several, then it keeps a list within the count', () => {
    expect(answer({ kind: 'network', multiple: true, max: 2 }, ['n1', 'n2', 'n1'], { networks: ['n1', 'n2'] })).toEqual(['n1', 'n2']);
    expect(answer({ kind: 'network', multiple: true, max: 1 }, ['n1', 'n2'])).toEqual({ q: 'เลือกได้ไม่เกิน 1 ข้อ' });
    expect(answer({ kind: 'school' }, ['a'])).toEqual({ q: 'รูปแบบข้อมูลไม่ถูกต้อง' });
  });
});
