import type { FormDefinition, Question, Section } from '@nithet/shared';
import { errorsOfCard, placeErrors, problemsOf, targetOf, under } from './builder-errors';

const choice: Question = {
  id: 'role',
  kind: 'single-choice',
  label: 'บทบาท',
  required: true,
  options: [
    { value: 'leader', label: 'แกนนำ' },
    { value: 'member', label: 'สมาชิก' },
  ],
};
const def = (sections: Section[], title = 'แบบฟอร์ม'): FormDefinition => ({ id: 'f', version: 1, kind: 'custom', title, sections });
const section = (id: string, questions: Question[]): Section => ({ id, title: `ส่วน ${id}`, questions });

describe('When the builder checks a form before saving', () => {
  it('then a valid form has no problems', () => {
    expect(problemsOf(def([section('s-1', [choice])]))).toEqual({});
  });
  it('then empty wording gets the builder’s own Thai message on its path', () => {
    const problems = problemsOf(
      def([{ ...section('s-1', [{ ...choice, label: ' ', options: [{ value: 'o-1', label: '' }] }]), title: '' }, section('s-2', [])], ''),
    );
    expect(problems).toMatchObject({
      title: 'กรุณาตั้งชื่อแบบฟอร์ม',
      'sections.0.title': 'กรุณาตั้งชื่อส่วน',
      'sections.0.questions.0.label': 'กรุณาพิมพ์คำถาม',
      'sections.0.questions.0.options.0.label': 'กรุณาพิมพ์ข้อความของตัวเลือก',
      'sections.1.questions': 'ส่วนนี้ต้องมีคำถามอย่างน้อย 1 ข้อ',
    });
  });
  it('then a number that is not one, and a range upside down, are named', () => {
    const problems = problemsOf(def([section('s', [{ id: 'n', kind: 'number', label: 'อายุ', required: false, min: Number.NaN, max: 3 }])]));
    expect(problems['sections.0.questions.0.min']).toBe('กรุณากรอกเป็นตัวเลข');
    const upside = problemsOf(def([section('s', [{ id: 'n', kind: 'number', label: 'อายุ', required: false, min: 9, max: 3 }])]));
    expect(upside['sections.0.questions.0.max']).toBe('ค่าสูงสุดต้องไม่น้อยกว่าค่าต่ำสุด');
  });
  it('then a condition on a later question, or on a choice that is gone, is said without naming ids', () => {
    const later: Question = {
      id: 'x',
      kind: 'short-text',
      label: 'ก่อน',
      required: false,
      showIf: { all: [{ question: 'role', op: 'answered' }] },
    };
    const problems = problemsOf(def([section('s', [later, choice])]));
    expect(problems['sections.0.questions.0.showIf.all.0.question']).toBe(
      'เงื่อนไขต้องขึ้นกับคำถามที่อยู่ก่อนข้อนี้ ย้ายข้อนี้ไปไว้หลังคำถามนั้น หรือเลือกเงื่อนไขใหม่',
    );
    const gone: Question = {
      id: 'y',
      kind: 'short-text',
      label: 'ต่อ',
      required: false,
      showIf: { all: [{ question: 'role', op: 'equals', value: 'o-9' }] },
    };
    const value = problemsOf(def([section('s', [choice, gone])]))['sections.0.questions.1.showIf.all.0.value'];
    expect(value).toBe('คำตอบในเงื่อนไขไม่มีในคำถามที่อ้างถึงแล้ว กรุณาเลือกคำตอบใหม่');
  });
});

describe('When problems are placed on the builder’s cards', () => {
  const sections = [section('s-1', [choice, { ...choice, id: 'q-2' }]), section('s-2', [{ ...choice, id: 'q-3' }])];
  const placed = placeErrors(sections, {
    'sections.1.questions.0.options.1.label': 'ก',
    title: 'ข',
    'sections.0.questions.1.label': 'ค',
    'sections.1.title': 'ง',
    'sections.9.title': 'จ',
  });

  it('then each lands on its question or section by id, in the order the cards stand, with where it is', () => {
    expect(placed.map((p) => [p.card, p.field, p.where])).toEqual([
      ['form', 'title', 'ข้อมูลแบบฟอร์ม'],
      ['form', 'sections.9.title', 'ข้อมูลแบบฟอร์ม'],
      ['question:q-2', 'label', 'ข้อ 2'],
      ['section:s-2', 'title', 'ส่วนที่ 2'],
      ['question:q-3', 'options.1.label', 'ข้อ 3'],
    ]);
  });
  it('then a card reads its own messages, and a list its rows', () => {
    const card = errorsOfCard(placed, 'question:q-3');
    expect(card).toEqual({ 'options.1.label': 'ก' });
    expect(under({ options: 'ต้องมี', 'options.1.label': 'ก', label: 'x' }, 'options')).toEqual({ '': 'ต้องมี', '1.label': 'ก' });
  });
  it('then a summary link reaches the field’s control, or the card’s heading', () => {
    expect(targetOf('question:q-3', 'options.1.label')).toBe('fb-question-q-3-options-1');
    expect(targetOf('question:q-3', 'options')).toBe('fb-question-q-3-options-new');
    expect(targetOf('question:q-3', 'showIf.all.0.value')).toBe('fb-question-q-3-showif');
    expect(targetOf('section:s-2', 'questions')).toBe('fb-section-s-2-heading');
    expect(targetOf('form', 'title')).toBe('fb-form-title');
  });
});
