import { formDefinitionSchema, FORM1_NEEDS_SURVEY, type Question, type Section } from '@nithet/shared';
import {
  definitionOf,
  dependentsOf,
  earlierQuestions,
  moveItem,
  moveQuestion,
  moveTarget,
  newQuestion,
  newSection,
  nextId,
  numberOf,
  questionIds,
  removeQuestion,
  removeSection,
  valueFromLabel,
  withFields,
} from './builder-edits';

const q = (id: string, extra: Partial<Question> = {}): Question => ({
  id,
  kind: 'short-text',
  label: `คำถาม ${id}`,
  required: false,
  ...extra,
});
const choice = (id: string): Question => ({
  id,
  kind: 'single-choice',
  label: 'เป็นแกนนำหรือไม่',
  required: true,
  options: [
    { value: 'yes', label: 'ใช่' },
    { value: 'no', label: 'ไม่ใช่' },
  ],
});
const when = (question: string, value: string) => ({ all: [{ question, op: 'equals' as const, value }] });

/** Two sections: a, b (b shows when a = yes) | c (shows when a = yes), d. */
const form = (): Section[] => [
  { id: 's-1', title: 'ส่วนที่ 1', questions: [choice('a'), q('b', { showIf: when('a', 'yes') })] },
  { id: 's-2', title: 'ส่วนที่ 2', showIf: when('a', 'yes'), questions: [q('c'), q('d')] },
];
const ids = (sections: Section[]) => sections.map((s) => s.questions.map((x) => x.id));

describe('When the builder makes ids', () => {
  it('then a new question gets the next free q-N, whatever other ids the form holds', () => {
    expect(nextId('q', [])).toBe('q-1');
    expect(nextId('q', ['q-1', 'q-2', 'position', 'q-x'])).toBe('q-3');
    expect(nextId('q', ['q-7', 'q-2'])).toBe('q-8');
    expect(nextId('o', ['q-4'])).toBe('o-1');
  });
  it('then every id it makes is a valid, unique form id', () => {
    const taken = questionIds(FORM1_NEEDS_SURVEY.sections);
    const made = newQuestion('number', taken).id;
    expect(made).toMatch(/^[a-z0-9-]{1,40}$/);
    expect(taken).not.toContain(made);
  });
  it('then an option value comes from a label in Latin letters, else o-N, never one the question already has', () => {
    expect(valueFromLabel('Active Learning (เชิงรุก)', 'o', [])).toBe('active-learning');
    expect(valueFromLabel('ใช่', 'o', ['o-1', 'o-2'])).toBe('o-3');
    expect(valueFromLabel('PLC', 'o', ['plc'])).toBe('o-1');
    expect(valueFromLabel('  ', 'i', [])).toBe('i-1');
  });
});

describe('When a supervisor adds a question or a section', () => {
  it('then a choice question starts with two options, a grid with two rows, others with nothing to fill but the wording', () => {
    expect(newQuestion('single-choice', []).options).toEqual([
      { value: 'o-1', label: 'ตัวเลือกที่ 1' },
      { value: 'o-2', label: 'ตัวเลือกที่ 2' },
    ]);
    expect(newQuestion('rating-grid', []).items).toHaveLength(2);
    expect(newQuestion('rating', ['q-1'])).toEqual({ id: 'q-2', kind: 'rating', label: '', required: false });
  });
  it('then a new question is valid as soon as it has its wording', () => {
    for (const kind of ['short-text', 'single-choice', 'multi-choice', 'rating', 'rating-grid', 'number', 'date', 'school'] as const) {
      const question = { ...newQuestion(kind, []), label: 'คำถามใหม่' };
      const def = definitionOf(
        { id: 'x', version: 1, kind: 'custom' },
        { title: 'ฟอร์ม', description: '', sections: [{ id: 's-1', title: 'ส่วน', questions: [question] }] },
      );
      expect(formDefinitionSchema.safeParse(def).success).toBe(true);
    }
  });
  it('then a new section gets the next s-N and a numbered title', () => {
    expect(newSection(form())).toMatchObject({ id: 's-3', title: 'ส่วนที่ 3', questions: [] });
  });
});

describe('When a supervisor moves a question up or down', () => {
  it('then it swaps within its section', () => {
    const moved = moveQuestion(form(), { section: 1, question: 1 }, -1)!;
    expect(ids(moved.sections)).toEqual([
      ['a', 'b'],
      ['d', 'c'],
    ]);
    expect(moved.at).toEqual({ section: 1, question: 0 });
  });
  it('then past the edge of its section it goes to the end of the one before, or the start of the one after', () => {
    expect(ids(moveQuestion(form(), { section: 1, question: 0 }, -1)!.sections)).toEqual([['a', 'b', 'c'], ['d']]);
    const down = moveQuestion(form(), { section: 0, question: 1 }, 1)!;
    expect(ids(down.sections)).toEqual([['a'], ['b', 'c', 'd']]);
    expect(down.at).toEqual({ section: 1, question: 0 });
  });
  it('then the first question cannot go up and the last cannot go down', () => {
    expect(moveTarget(form(), { section: 0, question: 0 }, -1)).toBeNull();
    expect(moveQuestion(form(), { section: 1, question: 1 }, 1)).toBeNull();
  });
  it('then its number is counted across sections', () => {
    expect(numberOf(form(), { section: 1, question: 1 })).toBe(4);
  });
  it('then moveItem keeps a list as it was for a move out of range', () => {
    expect(moveItem(['x', 'y', 'z'], 2, 0)).toEqual(['z', 'x', 'y']);
    expect(moveItem(['x', 'y'], 1, 2)).toEqual(['x', 'y']);
  });
});

describe('When a supervisor removes a question or a section', () => {
  it('then the conditions that looked at the question go too, and the others stay', () => {
    expect(dependentsOf(form(), new Set(['a']))).toBe(2);
    const left = removeQuestion(form(), { section: 0, question: 0 });
    expect(ids(left)).toEqual([['b'], ['c', 'd']]);
    expect(left[0]!.questions[0]!.showIf).toBeUndefined();
    expect(left[1]!.showIf).toBeUndefined();
    expect(
      formDefinitionSchema.safeParse(
        definitionOf({ id: 'x', version: 1, kind: 'custom' }, { title: 'ฟอร์ม', description: '', sections: left }),
      ).success,
    ).toBe(true);
  });
  it('then removing a section removes its questions and the conditions on them', () => {
    const sections = [...form(), { id: 's-3', title: 'ท้าย', questions: [q('e', { showIf: when('c', 'x') })] }];
    const left = removeSection(sections, 1);
    expect(ids(left)).toEqual([['a', 'b'], ['e']]);
    expect(left[1]!.questions[0]!.showIf).toBeUndefined();
    expect(left[0]!.questions[1]!.showIf).toEqual(when('a', 'yes'));
  });
  it('then one condition of several is dropped and the rest kept', () => {
    const sections: Section[] = [
      {
        id: 's',
        title: 'ส่วน',
        questions: [
          choice('a'),
          q('b'),
          q('c', {
            showIf: {
              all: [
                { question: 'a', op: 'answered' },
                { question: 'b', op: 'answered' },
              ],
            },
          }),
        ],
      },
    ];
    expect(removeQuestion(sections, { section: 0, question: 1 })[0]!.questions[1]!.showIf).toEqual({
      all: [{ question: 'a', op: 'answered' }],
    });
  });
});

describe('What a condition may look at', () => {
  it('then only questions before the place, across sections', () => {
    expect(earlierQuestions(form(), { section: 1, question: 1 }).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(earlierQuestions(form(), { section: 0, question: 0 })).toEqual([]);
  });
});

describe('The definition the builder saves', () => {
  it('then a field cleared in the builder is left out, not stored empty', () => {
    const edited = withFields(q('a', { help: 'เดิม', required: true }), { help: undefined, required: false });
    expect(edited).toEqual({ id: 'a', kind: 'short-text', label: 'คำถาม a', required: false });
    expect('help' in edited).toBe(false);
  });
  it('then it keeps the server id, version and kind, and leaves out an empty description', () => {
    const def = definitionOf({ id: 'form1-2571', version: 2, kind: 'needs-survey' }, { title: 'ชื่อ', description: '  ', sections: form() });
    expect(def).toMatchObject({ id: 'form1-2571', version: 2, kind: 'needs-survey', title: 'ชื่อ' });
    expect('description' in def).toBe(false);
  });
});
