import type { QuestionSummary } from '@nithet/shared';
import {
  barWidth,
  formatMeanSd,
  formatPercent,
  percentOf,
  questionView,
  rateRows,
  summaryQuery,
  visibleItems,
  NO_FILTER,
} from './summary-view';

const labels = { school: new Map([['1040010002', 'โรงเรียนบ้านหนองบัว']]), network: new Map([['net-1', 'ชุมชนครูวิทยาศาสตร์']]) };
const base = { questionId: 'q', sectionId: 's', label: 'คำถาม', seen: 4, answered: 3 };

describe('Percentages, as a supervisor reads them in Thai', () => {
  it('when a rate has decimals, then one is kept and Thai grouping is used', () => {
    expect(formatPercent(percentOf(2, 3))).toBe('66.7%');
    expect(formatPercent(100)).toBe('100%');
    expect(formatPercent(1234.56)).toBe('1,234.6%');
  });
  it('when nobody is in the audience, then the rate is 0, not NaN', () => {
    expect(percentOf(0, 0)).toBe(0);
  });
  it('when rate rows come from the server, then each carries its percentage of its own audience', () => {
    expect(rateRows([{ key: 'a', label: 'A', audience: 4, answered: 1 }])).toEqual([
      { key: 'a', label: 'A', audience: 4, answered: 1, percent: 25 },
    ]);
  });
});

describe('Bar widths', () => {
  it('when counts differ, then the longest bar is full and the others in proportion', () => {
    expect([barWidth(10, 10), barWidth(5, 10), barWidth(1, 3)]).toEqual([100, 50, 33.3]);
  });
  it('when a count is tiny next to the largest, then its bar still shows; zero shows none', () => {
    expect(barWidth(1, 10_000)).toBe(1);
    expect(barWidth(0, 10)).toBe(0);
    expect(barWidth(0, 0)).toBe(0);
  });
});

describe('Mean and standard deviation', () => {
  it('when there is a spread, then both with two decimals; one answer has only a mean; none has nothing', () => {
    expect(formatMeanSd(4.5, 0.71)).toBe('4.50 ± 0.71');
    expect(formatMeanSd(4, null)).toBe('4.00');
    expect(formatMeanSd(null, null)).toBeNull();
  });
});

describe('Which block each kind of question gets', () => {
  it('when a choice question allows "other", then the other count is one more bar and its texts are listed', () => {
    const q: QuestionSummary = {
      ...base,
      kind: 'multi-choice',
      choices: [{ value: 'a', label: 'ก', count: 2, percent: 50 }],
      other: { count: 1, percent: 25, texts: ['ดูงานต่างประเทศ'] },
    };
    expect(questionView(q, labels)).toEqual({
      type: 'bars',
      multi: true,
      rows: [
        { key: 'a', label: 'ก', count: 2, percent: 50 },
        { key: 'other', label: 'อื่น ๆ', count: 1, percent: 25 },
      ],
      otherTexts: ['ดูงานต่างประเทศ'],
    });
  });

  it('when a rating is summarised, then it shows mean ± SD out of the top of the scale and each point with its Thai word', () => {
    const q: QuestionSummary = {
      ...base,
      kind: 'rating',
      n: 2,
      mean: 4.5,
      sd: 0.71,
      distribution: [
        { value: 4, label: 'มาก', count: 1, percent: 50 },
        { value: 5, label: 'มากที่สุด', count: 1, percent: 50 },
      ],
    };
    const view = questionView(q, labels);
    expect(view).toMatchObject({ type: 'rating', n: 2, mean: 4.5, meanSd: '4.50 ± 0.71', max: 5 });
    expect(view.type === 'rating' && view.rows.map((r) => r.label)).toEqual(['4 มาก', '5 มากที่สุด']);
  });

  it('when a grid is summarised, then every item gets its own rating block', () => {
    const stats = { n: 1, mean: 3, sd: null, distribution: [{ value: 3, count: 1, percent: 100 }] };
    const q: QuestionSummary = { ...base, kind: 'rating-grid', items: [{ id: 'i1', label: 'ข้อย่อย', ...stats }] };
    expect(questionView(q, labels)).toEqual({
      type: 'grid',
      items: [
        { id: 'i1', label: 'ข้อย่อย', n: 1, mean: 3, meanSd: '3.00', max: 3, rows: [{ key: '3', label: '3', count: 1, percent: 100 }] },
      ],
    });
  });

  it('when schools, networks and days are counted, then they show by name and in พ.ศ.; an unknown code shows as itself', () => {
    const counts = (kind: 'school' | 'network' | 'date', values: string[]) =>
      questionView({ ...base, kind, counts: values.map((value) => ({ value, count: 1, percent: 25 })) }, labels);
    const names = (v: ReturnType<typeof questionView>) => (v.type === 'bars' ? v.rows.map((r) => r.label) : []);
    expect(names(counts('school', ['1040010002', '999']))).toEqual(['โรงเรียนบ้านหนองบัว', '999']);
    expect(names(counts('network', ['net-1']))).toEqual(['ชุมชนครูวิทยาศาสตร์']);
    expect(names(counts('date', ['2027-01-15']))).toEqual(['15 มกราคม 2570']);
  });

  it('when numbers are summarised, then mean ± SD, lowest and highest', () => {
    expect(questionView({ ...base, kind: 'number', n: 3, mean: 12, sd: 2, min: 10, max: 14 }, labels)).toEqual({
      type: 'number',
      n: 3,
      meanSd: '12.00 ± 2.00',
      min: 10,
      max: 14,
    });
  });

  it('when free text was not read (large rounds), then the block says so instead of listing', () => {
    expect(questionView({ ...base, kind: 'long-text' }, labels)).toEqual({ type: 'texts', texts: null });
    expect(questionView({ ...base, kind: 'short-text', texts: ['ดี'] }, labels)).toEqual({ type: 'texts', texts: ['ดี'] });
  });
});

describe('Long lists', () => {
  const seven = ['1', '2', '3', '4', '5', '6', '7'];
  it('when there are more than five answers, then five show until "ดูทั้งหมด"', () => {
    expect(visibleItems(seven, false)).toEqual(['1', '2', '3', '4', '5']);
    expect(visibleItems(seven, true)).toEqual(seven);
    expect(visibleItems(seven.slice(0, 5), false)).toHaveLength(5);
  });
});

describe('Summary filters', () => {
  it('when groups are chosen, then only those go in the query; none gives no query', () => {
    expect(summaryQuery(NO_FILTER)).toBe('');
    expect(summaryQuery({ network: 'net 1', school: '', level: 'primary' })).toBe('?network=net+1&level=primary');
  });
});
