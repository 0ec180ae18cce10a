import { formDefinitionSchema, visibleSections, type FormDefinitionInput } from '@nithet/shared';
import { OTHER_CONTROL, isPicked, otherText, pickOne, toggleMany, typeOther } from './choice-values';
import { errorsOf, firstSectionWithError, itemDomId, listErrors, questionDomId, sectionIndex } from './form-steps';

const form = (sections: FormDefinitionInput['sections']) =>
  formDefinitionSchema.parse({ id: 'test', version: 1, kind: 'custom', title: 'แบบทดสอบ', sections });
const yesNo = [
  { value: 'yes', label: 'ใช่' },
  { value: 'no', label: 'ไม่ใช่' },
];

/** A survey whose second section opens only for people who lead a network. */
const SURVEY = form([
  {
    id: 'about',
    title: 'ข้อมูลผู้ตอบ',
    questions: [
      { id: 'role', kind: 'short-text', label: 'ตำแหน่ง', required: true },
      { id: 'leads', kind: 'single-choice', label: 'ท่านเป็นผู้ประสานงานเครือข่ายหรือไม่', required: true, options: yesNo },
    ],
  },
  {
    id: 'network',
    title: 'เครือข่ายที่ท่านดูแล',
    showIf: { all: [{ question: 'leads', op: 'equals', value: 'yes' }] },
    questions: [{ id: 'members', kind: 'number', label: 'จำนวนสมาชิก', required: true, integer: true }],
  },
  { id: 'end', title: 'ข้อเสนอแนะ', questions: [{ id: 'comment', kind: 'short-text', label: 'ข้อเสนอแนะ' }] },
]);

const GRID = form([
  {
    id: 'needs',
    title: 'ความต้องการ',
    questions: [
      { id: 'topic', kind: 'short-text', label: 'หัวข้อ', required: true },
      {
        id: 'level',
        kind: 'rating-grid',
        label: 'ระดับความต้องการ',
        required: true,
        items: [
          { id: 'coaching', label: 'การโค้ช' },
          { id: 'plc', label: 'ชุมชนการเรียนรู้' },
        ],
      },
    ],
  },
]);

describe('one section per screen', () => {
  const leads = { role: 'teacher', leads: 'yes' };

  it('shows the conditional section only when its answer opens it', () => {
    expect(visibleSections(SURVEY, { role: 'teacher', leads: 'no' }).map((s) => s.id)).toEqual(['about', 'end']);
    expect(visibleSections(SURVEY, leads).map((s) => s.id)).toEqual(['about', 'network', 'end']);
  });

  it('stays on the section the person is on, and starts at the first when none is known', () => {
    const shown = visibleSections(SURVEY, leads);
    expect(sectionIndex(SURVEY, shown, 'network')).toBe(1);
    expect(sectionIndex(SURVEY, shown, undefined)).toBe(0);
  });

  it('When an earlier answer hides the section the person was on, then it falls back to the nearest section before it', () => {
    const shown = visibleSections(SURVEY, { role: 'teacher', leads: 'no' });
    expect(sectionIndex(SURVEY, shown, 'network')).toBe(0);
    expect(sectionIndex(SURVEY, shown, 'end')).toBe(1);
    expect(sectionIndex(SURVEY, shown, 'gone-in-a-new-version')).toBe(0);
  });
});

describe('errors in the order people meet them', () => {
  const [section] = GRID.sections;

  it('lists the question, then its grid items, each linking to its first control', () => {
    const fields = { 'level.plc': 'กรุณาเลือกระดับความคิดเห็นของข้อนี้', topic: 'กรุณากรอกข้อมูลช่องนี้', level: 'กรุณาเลือกระดับความคิดเห็น' };
    expect(listErrors(section!.questions, fields)).toEqual([
      { field: 'topic', label: 'หัวข้อ', message: 'กรุณากรอกข้อมูลช่องนี้', targetId: questionDomId('topic') },
      { field: 'level', label: 'ระดับความต้องการ', message: 'กรุณาเลือกระดับความคิดเห็น', targetId: itemDomId('level', 'coaching') },
      {
        field: 'level.plc',
        label: 'ระดับความต้องการ: ชุมชนการเรียนรู้',
        message: 'กรุณาเลือกระดับความคิดเห็นของข้อนี้',
        targetId: itemDomId('level', 'plc'),
      },
    ]);
    expect(errorsOf(section!.questions[1]!, fields)).toEqual({
      own: 'กรุณาเลือกระดับความคิดเห็น',
      items: { plc: 'กรุณาเลือกระดับความคิดเห็นของข้อนี้' },
    });
    expect(listErrors(section!.questions, { elsewhere: 'x', _: 'y' })).toEqual([]);
  });

  it('When the server refuses answers, then the person is taken to the first section holding one of its messages', () => {
    const shown = visibleSections(SURVEY, { role: 'teacher', leads: 'yes' });
    expect(firstSectionWithError(shown, { comment: 'ยาวเกิน', members: 'กรุณากรอกเป็นจำนวนเต็ม' })).toBe(1);
    expect(firstSectionWithError(shown, { unknown: 'x' })).toBe(-1);
  });
});

describe('choices with "อื่น ๆ"', () => {
  it('stores a single choice as the option, and "อื่น ๆ" as other:<text> keeping what was typed', () => {
    expect(pickOne(undefined, 'teacher')).toBe('teacher');
    expect(pickOne('teacher', OTHER_CONTROL)).toBe('other:');
    expect(typeOther('other:', false, 'ศึกษานิเทศก์')).toBe('other:ศึกษานิเทศก์');
    expect(pickOne('other:ครูพี่เลี้ยง', OTHER_CONTROL)).toBe('other:ครูพี่เลี้ยง');
    expect(otherText('other:ครูพี่เลี้ยง')).toBe('ครูพี่เลี้ยง');
    expect(otherText('teacher')).toBeNull();
    expect(isPicked('other:x', OTHER_CONTROL)).toBe(true);
    expect(isPicked('other:x', 'other-thing')).toBe(false);
  });

  it('ticks and clears checkboxes, "อื่น ๆ" among them, and gives no answer when none is left', () => {
    let v = toggleMany(undefined, 'a', true);
    v = toggleMany(v, OTHER_CONTROL, true);
    expect(v).toEqual(['a', 'other:']);
    const typed = typeOther(v, true, 'ภูมิปัญญาท้องถิ่น');
    expect(typed).toEqual(['a', 'other:ภูมิปัญญาท้องถิ่น']);
    expect(isPicked(typed, 'a')).toBe(true);
    expect(toggleMany(typed, 'a', false)).toEqual(['other:ภูมิปัญญาท้องถิ่น']);
    expect(toggleMany(['other:x'], OTHER_CONTROL, false)).toBeUndefined();
  });
});
