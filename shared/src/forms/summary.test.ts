import type { Answers } from './definition';
import { aggregateState, aggregateStateSchema, addToAggregate, emptyAggregate, removeFromAggregate, restoreAggregate } from './aggregate';
import { form, options } from './fixtures';
import { aggregateToSummary, canShowBreakdown, meanAndSd, summariseResponses, type SummaryInput } from './summary';

const DEF = form([
  {
    id: 'a',
    title: 'ส่วนที่ 1',
    questions: [
      { id: 'role', kind: 'single-choice', label: 'ตำแหน่ง', options: options('teacher', 'director'), allowOther: true },
      { id: 'topics', kind: 'multi-choice', label: 'หัวข้อ', options: options('x', 'y', 'z') },
      { id: 'overall', kind: 'rating', label: 'ความพึงพอใจ' },
      {
        id: 'grid',
        kind: 'rating-grid',
        label: 'ตัวชี้วัด',
        items: [
          { id: 'i1', label: 'ข้อ 1' },
          { id: 'i2', label: 'ข้อ 2' },
        ],
      },
      { id: 'count', kind: 'number', label: 'จำนวน' },
      { id: 'day', kind: 'date', label: 'วันที่' },
      { id: 'school', kind: 'school', label: 'โรงเรียน' },
      { id: 'note', kind: 'long-text', label: 'ข้อเสนอแนะ' },
    ],
  },
  {
    id: 'b',
    title: 'เฉพาะผู้บริหาร',
    showIf: { all: [{ question: 'role', op: 'equals', value: 'director' }] },
    questions: [{ id: 'staff', kind: 'single-choice', label: 'มีครูครบหรือไม่', options: options('yes', 'no') }],
  },
]);

const RESPONSES: SummaryInput[] = [
  {
    answers: {
      role: 'teacher',
      topics: ['x', 'y'],
      overall: 5,
      grid: { i1: 5, i2: 4 },
      count: 10,
      day: '2027-01-15',
      school: 's1',
      note: 'ดีมาก',
    },
    groups: { networkIds: ['n1'], schoolCode: 's1', levels: ['primary'] },
  },
  {
    answers: { role: 'director', topics: ['x'], overall: 4, grid: { i1: 3 }, count: 2.5, staff: 'no', school: 's1' },
    groups: { networkIds: ['n1', 'n2'], schoolCode: 's1' },
  },
  {
    answers: { role: 'other:ครูอัตราจ้าง', overall: 3, day: '2027-01-02', school: 's2', note: 'อยากให้จัดออนไลน์' },
    groups: { schoolCode: 's2', level: 'primary' },
  },
  // A stale answer to the hidden section: not counted, and its question not counted as seen.
  { answers: { role: 'teacher', overall: 2, staff: 'yes' }, groups: {} },
];

const question = (s: ReturnType<typeof summariseResponses>, id: string) => s!.questions.find((q) => q.questionId === id)!;

describe('summaries per question', () => {
  const summary = summariseResponses(DEF, RESPONSES);

  it('When choices are summarised, then counts and percentages are of the respondents who saw the question, "other" apart with its words', () => {
    expect(summary!.respondents).toBe(4);
    expect(question(summary, 'role')).toMatchObject({
      seen: 4,
      answered: 4,
      choices: [
        { value: 'teacher', count: 2, percent: 50 },
        { value: 'director', count: 1, percent: 25 },
      ],
      other: { count: 1, percent: 25, texts: ['ครูอัตราจ้าง'] },
    });
  });

  it('When a section was hidden for most respondents, then its percentages are of the one who saw it and stale answers are not counted', () => {
    expect(question(summary, 'staff')).toMatchObject({
      seen: 1,
      answered: 1,
      choices: [
        { value: 'yes', count: 0 },
        { value: 'no', count: 1, percent: 100 },
      ],
    });
  });

  it('When several choices are allowed, then each is counted and the percentages may pass 100 together', () => {
    expect(question(summary, 'topics')).toMatchObject({
      answered: 2,
      choices: [
        { value: 'x', count: 2, percent: 50 },
        { value: 'y', count: 1, percent: 25 },
        { value: 'z', count: 0, percent: 0 },
      ],
    });
  });

  it('When ratings are summarised, then n, mean, sample standard deviation (2 decimals) and the distribution with Thai labels are given', () => {
    // 5, 4, 3, 2: mean 3.5, sample SD √(5/3) = 1.29
    expect(question(summary, 'overall')).toMatchObject({
      n: 4,
      mean: 3.5,
      sd: 1.29,
      distribution: [
        { value: 1, label: 'น้อยที่สุด', count: 0, percent: 0 },
        { value: 2, label: 'น้อย', count: 1, percent: 25 },
        { value: 3, label: 'ปานกลาง', count: 1, percent: 25 },
        { value: 4, label: 'มาก', count: 1, percent: 25 },
        { value: 5, label: 'มากที่สุด', count: 1, percent: 25 },
      ],
    });
  });

  it('When a grid is summarised, then each row has its own n, mean and SD (none for a single rating)', () => {
    const grid = question(summary, 'grid');
    expect(grid.kind === 'rating-grid' && grid.items.map(({ id, n, mean, sd }) => ({ id, n, mean, sd }))).toEqual([
      { id: 'i1', n: 2, mean: 4, sd: 1.41 },
      { id: 'i2', n: 1, mean: 4, sd: null },
    ]);
  });

  it('When numbers, days and schools are summarised, then numbers give n/mean/min/max, days come in order and schools by count', () => {
    expect(question(summary, 'count')).toMatchObject({ n: 2, mean: 6.25, min: 2.5, max: 10 });
    expect(question(summary, 'day')).toMatchObject({ counts: [{ value: '2027-01-02' }, { value: '2027-01-15' }] });
    expect(question(summary, 'school')).toMatchObject({
      counts: [
        { value: 's1', count: 2, percent: 50 },
        { value: 's2', count: 1 },
      ],
    });
  });

  it('When free text is summarised, then the answers are listed in order', () => {
    expect(question(summary, 'note')).toMatchObject({ answered: 2, texts: ['ดีมาก', 'อยากให้จัดออนไลน์'] });
  });

  it('When nobody answered, then counts are zero and mean and SD are empty, not NaN', () => {
    const empty = summariseResponses(DEF, []);
    expect(question(empty, 'overall')).toMatchObject({ n: 0, mean: null, sd: null });
    expect(question(empty, 'count')).toMatchObject({ n: 0, mean: null, min: null, max: null });
    expect(meanAndSd(0, 0, 0)).toEqual({ mean: null, sd: null });
  });
});

describe('groups and anonymous rounds', () => {
  it('When filtered by network, school or level, then only those responses are summarised', () => {
    expect(summariseResponses(DEF, RESPONSES, { filter: { networkId: 'n1' } })!.respondents).toBe(2);
    expect(summariseResponses(DEF, RESPONSES, { filter: { schoolCode: 's2' } })!.respondents).toBe(1);
    expect(summariseResponses(DEF, RESPONSES, { filter: { level: 'primary' } })!.respondents).toBe(2);
  });

  it('When an anonymous round is filtered down to fewer than 5 responses, then no summary is given', () => {
    expect(summariseResponses(DEF, RESPONSES, { anonymous: true, filter: { networkId: 'n1' } })).toBeNull();
    expect(summariseResponses(DEF, RESPONSES, { anonymous: true, filter: { networkId: 'n1' }, minGroupSize: 2 })!.respondents).toBe(2);
  });

  it('When an anonymous round counts responses by group, then groups under 5 are left out; named rounds show them all', () => {
    const many = [...Array(5).fill(RESPONSES[0]), RESPONSES[2]!];
    expect(summariseResponses(DEF, many, { anonymous: true })!.groups).toEqual({
      network: { n1: 5 },
      school: { s1: 5 },
      level: { primary: 6 },
    });
    expect(summariseResponses(DEF, many)!.groups.school).toEqual({ s1: 5, s2: 1 });
  });

  it('When a breakdown has fewer than 5 responses, then it may be shown only in a named round', () => {
    expect(canShowBreakdown(4, true)).toBe(false);
    expect(canShowBreakdown(5, true)).toBe(true);
    expect(canShowBreakdown(1, false)).toBe(true);
  });
});

describe('running totals', () => {
  const withoutTexts = (answersList: SummaryInput[]) => summariseResponses(DEF, answersList, { includeTexts: false });

  it('When responses are added one by one, then the running totals give the same summary as reading them all', () => {
    const agg = emptyAggregate(DEF);
    for (const r of RESPONSES) addToAggregate(agg, r.answers, r.groups);
    expect(aggregateToSummary(agg)).toEqual(withoutTexts(RESPONSES));
  });

  it('When a response is edited (old answers out, new in), then the totals equal a summary of the responses as they now are', () => {
    const agg = emptyAggregate(DEF);
    for (const r of RESPONSES) addToAggregate(agg, r.answers, r.groups);
    const edited: Answers = { role: 'director', topics: ['z'], overall: 1, grid: { i1: 1, i2: 2 }, count: 7, staff: 'yes' };
    removeFromAggregate(agg, RESPONSES[0]!.answers, RESPONSES[0]!.groups);
    addToAggregate(agg, edited, RESPONSES[0]!.groups);
    expect(aggregateToSummary(agg)).toEqual(withoutTexts([{ ...RESPONSES[0]!, answers: edited }, ...RESPONSES.slice(1)]));
  });

  it('When every response is taken out again, then the totals are back to empty', () => {
    const agg = emptyAggregate(DEF);
    for (const r of RESPONSES) addToAggregate(agg, r.answers, r.groups);
    for (const r of RESPONSES) removeFromAggregate(agg, r.answers, r.groups);
    expect(aggregateState(agg)).toEqual(aggregateState(emptyAggregate(DEF)));
  });

  it('When the totals are stored as JSON and read back, then they go on counting as before and hold no free text', () => {
    const agg = emptyAggregate(DEF);
    addToAggregate(agg, RESPONSES[0]!.answers, RESPONSES[0]!.groups);
    const stored = JSON.parse(JSON.stringify(aggregateState(agg)));
    expect(JSON.stringify(stored)).not.toContain('ดีมาก');
    const restored = restoreAggregate(DEF, aggregateStateSchema.parse(stored));
    for (const r of RESPONSES.slice(1)) addToAggregate(restored, r.answers, r.groups);
    expect(aggregateToSummary(restored)).toEqual(withoutTexts(RESPONSES));
    expect(() => restoreAggregate({ ...DEF, version: 2 }, stored)).toThrow();
  });

  it('When 100,000 responses are summarised, then the time grows with their number, not its square (free-text lists once took 20 s)', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => RESPONSES[i % RESPONSES.length]!);
    const started = performance.now();
    const summary = summariseResponses(DEF, many);
    expect(summary!.respondents).toBe(100_000);
    expect(question(summary, 'note')).toMatchObject({ answered: 50_000 });
    // About 0.5 s on the 2-core machine; the bound leaves room for a busy machine without hiding a quadratic loop.
    expect(performance.now() - started).toBeLessThan(8000);
  });
});
