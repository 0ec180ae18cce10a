import { SURVEY, form, oneSection, options } from './fixtures';
import { isVisible, meetsCondition, visibleAnswers, visibleQuestions, visibleSections } from './visibility';

const ids = (list: { id: string }[]) => list.map((x) => x.id);

describe('visibility of sections and questions', () => {
  it('When nobody has answered yet, then a section that depends on an earlier answer is hidden', () => {
    expect(ids(visibleSections(SURVEY, {}))).toEqual(['about', 'end']);
  });

  it('When the respondent says they lead a network, then the network section appears', () => {
    expect(ids(visibleSections(SURVEY, { leads: 'yes' }))).toEqual(['about', 'network', 'end']);
    expect(ids(visibleQuestions(SURVEY, { leads: 'yes' }))).toEqual(['role', 'leads', 'problems', 'members', 'meets', 'comment']);
  });

  it('When a question inside a visible section depends on another, then it shows only once that answer is given', () => {
    const questions = visibleSections(SURVEY, { leads: 'yes', meets: 'yes' }).find((s) => s.id === 'network')!.questions;
    expect(ids(questions)).toEqual(['members', 'meets', 'meeting-count']);
  });

  it('When the answer that opened a section changes to no, then the whole chain behind it closes with its answers', () => {
    const answers = { leads: 'no', meets: 'yes', 'meeting-count': 3, members: 10, comment: 'ดี' };
    expect(ids(visibleQuestions(SURVEY, answers))).not.toContain('meeting-count');
    expect(visibleAnswers(SURVEY, answers)).toEqual({ leads: 'no', comment: 'ดี' });
  });

  it('When a show-if has both all and any, then every all and at least one any must hold', () => {
    const showIf = {
      all: [{ question: 'a', op: 'equals' as const, value: 'x' }],
      any: [
        { question: 'b', op: 'gte' as const, value: 3 },
        { question: 'c', op: 'includes' as const, value: 'k' },
      ],
    };
    expect(isVisible(showIf, { a: 'x', b: 4 })).toBe(true);
    expect(isVisible(showIf, { a: 'x', c: ['j', 'k'] })).toBe(true);
    expect(isVisible(showIf, { a: 'x', b: 2, c: ['j'] })).toBe(false);
    expect(isVisible(showIf, { b: 5 })).toBe(false);
    expect(isVisible(undefined, {})).toBe(true);
    expect(isVisible({ all: [], any: [] }, {})).toBe(true);
  });

  it('When a question shows on two conditions, then "all" needs both answers and "any" either of them', () => {
    const follow = (list: 'all' | 'any') =>
      oneSection(
        { id: 'level', kind: 'single-choice', label: 'ระดับ', options: options('school', 'agency') },
        { id: 'score', kind: 'rating', label: 'ความพึงพอใจ', scale: { min: 1, max: 4 } },
        {
          id: 'why',
          kind: 'long-text',
          label: 'เหตุผล',
          showIf: {
            [list]: [
              { question: 'level', op: 'equals', value: 'school' },
              { question: 'score', op: 'lte', value: 2 },
            ],
          },
        },
      );
    const shown = (list: 'all' | 'any', answers: Record<string, unknown>) => ids(visibleQuestions(follow(list), answers)).includes('why');
    expect(shown('all', { level: 'school', score: 2 })).toBe(true);
    expect(shown('all', { level: 'school', score: 3 })).toBe(false);
    expect(shown('all', { level: 'agency', score: 1 })).toBe(false);
    expect(shown('all', { level: 'school' })).toBe(false);
    expect(shown('any', { level: 'school', score: 4 })).toBe(true);
    expect(shown('any', { level: 'agency', score: 1 })).toBe(true);
    expect(shown('any', { level: 'agency', score: 3 })).toBe(false);
    expect(shown('any', {})).toBe(false);
  });

  it('When an earlier question is unanswered, then no condition on it holds, not even not-equals', () => {
    for (const op of ['equals', 'not-equals', 'in', 'includes', 'answered', 'gte', 'lte'] as const) {
      expect(meetsCondition({ question: 'q', op, value: op === 'in' ? ['x'] : op === 'gte' || op === 'lte' ? 1 : 'x' }, { q: '  ' })).toBe(
        false,
      );
    }
  });

  it('When the operators meet their answers, then equals, not-equals, in, includes, answered, gte and lte read them as people mean', () => {
    expect(meetsCondition({ question: 'q', op: 'equals', value: 'x' }, { q: 'x' })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'equals', value: 4 }, { q: '4' })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'not-equals', value: 'x' }, { q: 'y' })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'not-equals', value: 'x' }, { q: ['x', 'y'] })).toBe(false);
    expect(meetsCondition({ question: 'q', op: 'in', value: ['a', 'b'] }, { q: 'b' })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'includes', value: 'b' }, { q: ['a', 'b'] })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'answered' }, { q: { item: 3 } })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'answered' }, { q: {} })).toBe(false);
    expect(meetsCondition({ question: 'q', op: 'gte', value: 3 }, { q: 3 })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'lte', value: 3 }, { q: '2.5' })).toBe(true);
    expect(meetsCondition({ question: 'q', op: 'lte', value: 3 }, { q: 'สาม' })).toBe(false);
  });

  it('When the respondent chose "other" with their own words, then a condition on the value other holds', () => {
    const def = oneSection(
      { id: 'role', kind: 'single-choice', label: 'ตำแหน่ง', options: options('teacher'), allowOther: true },
      { id: 'which', kind: 'short-text', label: 'โปรดอธิบาย', showIf: { all: [{ question: 'role', op: 'equals', value: 'other' }] } },
    );
    expect(ids(visibleQuestions(def, { role: 'other:ครูอัตราจ้าง' }))).toEqual(['role', 'which']);
    expect(ids(visibleQuestions(def, { role: 'teacher' }))).toEqual(['role']);
  });

  it('When every question of a visible section is hidden, then the section is not shown as an empty screen', () => {
    const def = form([
      { id: 'first', title: 'ส่วนที่ 1', questions: [{ id: 'zero', kind: 'short-text', label: 'หนึ่ง' }] },
      {
        id: 'second',
        title: 'ส่วนที่ 2',
        questions: [{ id: 'a', kind: 'short-text', label: 'สอง', showIf: { all: [{ question: 'zero', op: 'answered' }] } }],
      },
    ]);
    expect(ids(visibleSections(def, {}))).toEqual(['first']);
    expect(ids(visibleSections(def, { zero: 'มี' }))).toEqual(['first', 'second']);
  });
});
