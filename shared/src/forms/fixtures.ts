// A small form of every kind of question, shared by the form engine's tests.
import { formDefinitionSchema, type FormDefinition, type FormDefinitionInput, type QuestionInput } from './definition';

export function form(sections: FormDefinitionInput['sections'], extra: Partial<FormDefinitionInput> = {}): FormDefinition {
  return formDefinitionSchema.parse({ id: 'test', version: 1, kind: 'custom', title: 'แบบทดสอบ', sections, ...extra });
}

/** One section holding these questions. */
export function oneSection(...questions: QuestionInput[]): FormDefinition {
  return form([{ id: 'main', title: 'ส่วนที่ 1', questions }]);
}

export const options = (...values: string[]) => values.map((value) => ({ value, label: `ตัวเลือก ${value}` }));

/** A survey with a follow-up section: "leads" = yes opens the network section, and its question chain. */
export const SURVEY: FormDefinition = form([
  {
    id: 'about',
    title: 'ข้อมูลผู้ตอบ',
    questions: [
      { id: 'role', kind: 'single-choice', label: 'ตำแหน่ง', required: true, options: options('teacher', 'director'), allowOther: true },
      { id: 'leads', kind: 'single-choice', label: 'ท่านเป็นผู้ประสานงานเครือข่ายหรือไม่', required: true, options: options('yes', 'no') },
      { id: 'problems', kind: 'long-text', label: 'สภาพปัญหา' },
    ],
  },
  {
    id: 'network',
    title: 'เครือข่ายที่ท่านดูแล',
    showIf: { all: [{ question: 'leads', op: 'equals', value: 'yes' }] },
    questions: [
      { id: 'members', kind: 'number', label: 'จำนวนสมาชิก', required: true, integer: true, min: 1, max: 500 },
      { id: 'meets', kind: 'single-choice', label: 'มีการประชุมหรือไม่', required: true, options: options('yes', 'no') },
      {
        id: 'meeting-count',
        kind: 'number',
        label: 'จำนวนครั้งที่ประชุม',
        required: true,
        showIf: { all: [{ question: 'meets', op: 'equals', value: 'yes' }] },
      },
    ],
  },
  {
    id: 'end',
    title: 'ข้อเสนอแนะ',
    questions: [{ id: 'comment', kind: 'short-text', label: 'ข้อเสนอแนะ' }],
  },
]);
