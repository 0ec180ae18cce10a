import { formDefinitionSchema, type FormDefinitionInput, type QuestionInput } from './definition';
import { editableDefinitionSchema } from './edit-rules';
import { options } from './fixtures';
import { FORM_TEMPLATES } from './templates/index';
import { reviseDefinition } from './versioning';

const def = (...questions: QuestionInput[]): FormDefinitionInput => ({
  id: 'f',
  version: 1,
  kind: 'custom',
  title: 'แบบทดสอบ',
  sections: [{ id: 's', title: 'ส่วนที่ 1', questions }],
});
const problems = (input: FormDefinitionInput) => {
  const parsed = editableDefinitionSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('rules an edit of a form must keep', () => {
  it('When a date bound is not a real day, then the edit is refused in Thai, yet a stored form with it still reads', () => {
    const input = def({ id: 'd', kind: 'date', label: 'วันที่จัดกิจกรรม', minDate: '1484-01-15', maxDate: '2027-02-29' });
    expect(problems(input)).toEqual({
      'sections.0.questions.0.minDate': 'วันที่นี้ไม่มีอยู่จริง กรุณาตรวจวัน เดือน และปี พ.ศ. (เช่น 2570)',
      'sections.0.questions.0.maxDate': 'วันที่นี้ไม่มีอยู่จริง กรุณาตรวจวัน เดือน และปี พ.ศ. (เช่น 2570)',
    });
    expect(formDefinitionSchema.safeParse(input).success).toBe(true);
    expect(problems(def({ id: 'd', kind: 'date', label: 'วันที่', minDate: '2027-06-01', maxDate: '2028-03-31' }))).toEqual({});
  });

  it('When a rating scale shrinks below a condition on it, then the condition is named with the new scale', () => {
    const follow = (value: number): QuestionInput => ({
      id: 'why',
      kind: 'long-text',
      label: 'เหตุผล',
      showIf: {
        any: [
          { question: 'ok', op: 'equals', value: 'yes' },
          { question: 'score', op: 'gte', value },
        ],
      },
    });
    const ok: QuestionInput = { id: 'ok', kind: 'single-choice', label: 'พอใจหรือไม่', options: options('yes', 'no') };
    const score: QuestionInput = { id: 'score', kind: 'rating', label: 'คะแนน', scale: { min: 1, max: 4 } };
    expect(problems(def(ok, score, follow(5)))).toEqual({
      'sections.0.questions.2.showIf.any.1.value': 'คะแนนในเงื่อนไขต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 4 ตามมาตราส่วนของข้อที่อ้างถึง',
    });
    expect(problems(def(ok, score, follow(2.5)))).toHaveProperty(['sections.0.questions.2.showIf.any.1.value']);
    expect(problems(def(ok, score, follow(4)))).toEqual({});
  });

  it('When a scale or a text limit is out of range, then the message says what is allowed', () => {
    const input = def(
      { id: 'r', kind: 'rating', label: 'คะแนน', scale: { min: 2, max: 11 } },
      { id: 't', kind: 'short-text', label: 'ชื่อ', maxLength: 0 },
    );
    expect(problems(input)).toEqual({
      'sections.0.questions.0.scale.min': 'คะแนนต่ำสุดของมาตราส่วนต้องเป็น 0 หรือ 1',
      'sections.0.questions.0.scale.max': 'คะแนนสูงสุดของมาตราส่วนต้องอยู่ระหว่าง 2 ถึง 10',
      'sections.0.questions.1.maxLength': 'จำนวนตัวอักษรสูงสุดต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 10,000',
    });
  });

  it('When a supervisor copies a shipped form, then it already keeps every edit rule', () => {
    for (const template of FORM_TEMPLATES) expect(problems(template)).toEqual({});
  });

  it('When the server revises a form, then it applies the same rules as the builder', () => {
    const stored = formDefinitionSchema.parse(def({ id: 'd', kind: 'date', label: 'วันที่' }));
    const broken = def({ id: 'd', kind: 'date', label: 'วันที่', minDate: '2027-13-01' }).sections;
    const revision = reviseDefinition(stored, { sections: broken }, { hasResponses: false });
    expect(revision).toEqual({ ok: false, fields: { 'sections.0.questions.0.minDate': expect.stringMatching(/^วันที่นี้ไม่มีอยู่จริง/) } });
  });
});
