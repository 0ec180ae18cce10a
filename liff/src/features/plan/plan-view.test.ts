import {
  activitiesOn,
  activityFormSchema,
  cycleOfSearch,
  monthGrid,
  monthsBetween,
  seminarFromActivityLink,
  thaiMonth,
  toActivityInput,
} from './plan-view';

const NOW = new Date('2026-11-29T23:00:00.000Z');

describe('The plan page helpers', () => {
  it('When the URL names a cycle, then it is used; a broken one falls back to today’s ปีงบประมาณ', () => {
    expect(cycleOfSearch('2569', 'academic', NOW)).toEqual({ yearBE: 2569, periodKind: 'academic' });
    expect(cycleOfSearch(null, null, NOW)).toEqual({ yearBE: 2570, periodKind: 'fiscal' });
    expect(cycleOfSearch('abc', 'weekly', NOW)).toEqual({ yearBE: 2570, periodKind: 'fiscal' });
  });

  it('When January 2027 is drawn, then it starts on a Friday and every day sits under its weekday', () => {
    const weeks = monthGrid('2027-01');
    expect(weeks[0]).toEqual([null, null, null, null, null, '2027-01-01', '2027-01-02']);
    expect(weeks.flat().filter(Boolean)).toHaveLength(31);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(thaiMonth('2027-01')).toBe('มกราคม 2570');
    expect(monthsBetween('2026-10-01', '2027-09-30')).toHaveLength(12);
  });

  it('When an activity spans days, then it shows on each of them', () => {
    const a = { id: 'a', startsOn: '2027-01-20', endsOn: '2027-01-22' };
    expect(['2027-01-19', '2027-01-20', '2027-01-22', '2027-01-23'].map((d) => activitiesOn([a], d).length)).toEqual([0, 1, 1, 0]);
  });

  it('When the form is sent, then blanks are "none", one day is both ends, and an end before the start is refused', () => {
    const parsed = activityFormSchema.parse({
      title: ' อบรม ',
      kind: 'workshop',
      description: '',
      answersNeeds: 'assessment',
      networkIds: [],
      startsOn: '2027-02-01',
      endsOn: '',
      ownerMemberId: '',
      budget: '15000',
      status: 'planned',
    });
    expect(toActivityInput(parsed)).toMatchObject({
      title: 'อบรม',
      answersNeeds: ['assessment'],
      startsOn: '2027-02-01',
      endsOn: '2027-02-01',
      ownerMemberId: null,
      budget: 15000,
    });
    const bad = activityFormSchema.safeParse({ ...parsed, startsOn: '2027-02-02', endsOn: '2027-02-01', budget: '-1' });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['budget', 'endsOn']);
  });

  it('When a seminar is made from an activity, then the link carries the activity, its title, first day and networks', () => {
    const link = seminarFromActivityLink({ id: 'pa-1', title: 'สัมมนา PLC', startsOn: '2027-01-20', networkIds: ['n1', 'n2'] });
    const q = new URLSearchParams(link.split('?')[1]);
    expect(link.startsWith('/supervisor/seminars/new/edit?')).toBe(true);
    expect(Object.fromEntries(q)).toEqual({ planActivity: 'pa-1', title: 'สัมมนา PLC', day: '2027-01-20', networks: 'n1,n2' });
  });
});
