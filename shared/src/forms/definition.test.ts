import { DEFAULT_SCALE, formDefinitionSchema, scaleOf, type FormDefinitionInput } from './definition';
import { options } from './fixtures';

const base = (sections: FormDefinitionInput['sections']) => ({ id: 'f', version: 1, kind: 'custom', title: 'แบบทดสอบ', sections });
const problems = (sections: FormDefinitionInput['sections']) => {
  const parsed = formDefinitionSchema.safeParse(base(sections));
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('form definitions', () => {
  it('When a definition is valid, then required defaults to false and the scale to 1–5 with Thai labels', () => {
    const def = formDefinitionSchema.parse(
      base([{ id: 's', title: 'ส่วน', questions: [{ id: 'q', kind: 'rating', label: 'ความพึงพอใจ' }] }]),
    );
    const question = def.sections[0]!.questions[0]!;
    expect(question.required).toBe(false);
    expect(scaleOf(question)).toEqual(DEFAULT_SCALE);
    expect(DEFAULT_SCALE.labels).toEqual(['น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', 'มากที่สุด']);
  });

  it('When two questions share an id, even in different sections, then the definition is refused', () => {
    const found = problems([
      { id: 'a', title: 'ก', questions: [{ id: 'q', kind: 'short-text', label: 'หนึ่ง' }] },
      { id: 'b', title: 'ข', questions: [{ id: 'q', kind: 'long-text', label: 'สอง' }] },
    ]);
    expect(found).toEqual(['sections.1.questions.0.id: รหัสคำถาม "q" ซ้ำกับคำถามอื่น']);
  });

  it('When a show-if refers to a later question, to itself or to no question, then the definition is refused', () => {
    const found = problems([
      {
        id: 'a',
        title: 'ก',
        showIf: { all: [{ question: 'first', op: 'answered' }] },
        questions: [
          { id: 'first', kind: 'short-text', label: 'หนึ่ง', showIf: { any: [{ question: 'second', op: 'answered' }] } },
          { id: 'second', kind: 'short-text', label: 'สอง', showIf: { all: [{ question: 'second', op: 'answered' }] } },
          { id: 'third', kind: 'short-text', label: 'สาม', showIf: { all: [{ question: 'nowhere', op: 'answered' }] } },
        ],
      },
    ]);
    expect(found).toHaveLength(4);
    expect(found[0]).toMatch(/^sections\.0\.showIf\.all\.0\.question: เงื่อนไขต้องอ้างถึงคำถามที่อยู่ก่อนหน้า/);
    expect(found.slice(1).map((f) => f.split(':')[0])).toEqual([
      'sections.0.questions.0.showIf.any.0.question',
      'sections.0.questions.1.showIf.all.0.question',
      'sections.0.questions.2.showIf.all.0.question',
    ]);
  });

  it('When a show-if names a choice the earlier question does not have, or the wrong value for its operator, then it is refused', () => {
    const found = problems([
      {
        id: 'a',
        title: 'ก',
        questions: [
          { id: 'yes-no', kind: 'single-choice', label: 'ใช่หรือไม่', options: options('yes', 'no') },
          { id: 'x', kind: 'short-text', label: 'หนึ่ง', showIf: { all: [{ question: 'yes-no', op: 'equals', value: 'maybe' }] } },
          { id: 'y', kind: 'short-text', label: 'สอง', showIf: { all: [{ question: 'yes-no', op: 'in', value: 'yes' }] } },
          { id: 'z', kind: 'short-text', label: 'สาม', showIf: { all: [{ question: 'yes-no', op: 'includes', value: 'yes' }] } },
          { id: 'n', kind: 'number', label: 'สี่' },
          { id: 'w', kind: 'short-text', label: 'ห้า', showIf: { all: [{ question: 'n', op: 'gte', value: '3' }] } },
        ],
      },
    ]);
    expect(found.map((f) => f.split(': ')[0])).toEqual([
      'sections.0.questions.1.showIf.all.0.value',
      'sections.0.questions.2.showIf.all.0.value',
      'sections.0.questions.3.showIf.all.0.value',
      'sections.0.questions.5.showIf.all.0.value',
    ]);
  });

  it('When a choice question has no options or repeats a value, or a grid has no items or repeats one, then it is refused', () => {
    const found = problems([
      {
        id: 'a',
        title: 'ก',
        questions: [
          { id: 'c1', kind: 'single-choice', label: 'หนึ่ง' },
          { id: 'c2', kind: 'multi-choice', label: 'สอง', options: [...options('a'), ...options('a')] },
          { id: 'g1', kind: 'rating-grid', label: 'สาม' },
          {
            id: 'g2',
            kind: 'rating-grid',
            label: 'สี่',
            items: [
              { id: 'i', label: 'ข้อ 1' },
              { id: 'i', label: 'ข้อ 2' },
            ],
          },
          { id: 'n', kind: 'number', label: 'ห้า', min: 10, max: 1 },
        ],
      },
    ]);
    expect(found.map((f) => f.split(': ')[0])).toEqual([
      'sections.0.questions.0.options',
      'sections.0.questions.1.options.1.value',
      'sections.0.questions.2.items',
      'sections.0.questions.3.items.1.id',
      'sections.0.questions.4.max',
    ]);
  });

  it('When an option value holds a colon, then it is refused, so an "other:" answer can never look like an option', () => {
    expect(
      problems([{ id: 'a', title: 'ก', questions: [{ id: 'c', kind: 'single-choice', label: 'หนึ่ง', options: options('other:x') }] }]),
    ).toHaveLength(1);
  });
});
