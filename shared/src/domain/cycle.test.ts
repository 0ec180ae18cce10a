import { bangkokDay, cycleBounds, cycleDays, cycleMonths, cycleOf, planWindow } from './cycle';
import { carryDaysInto, defaultActivityDays } from './plan';

describe('A cycle in พ.ศ.', () => {
  it('When counted by ปีการศึกษา, ปีงบประมาณ or calendar year, then its days and its January–April window follow', () => {
    expect(cycleDays({ yearBE: 2570, periodKind: 'academic' })).toEqual({ startsOn: '2027-05-16', endsOn: '2028-05-15' });
    expect(cycleDays({ yearBE: 2570, periodKind: 'fiscal' })).toEqual({ startsOn: '2026-10-01', endsOn: '2027-09-30' });
    expect(cycleDays({ yearBE: 2570, periodKind: 'calendar' })).toEqual({ startsOn: '2027-01-01', endsOn: '2027-12-31' });
    expect(planWindow({ yearBE: 2570, periodKind: 'academic' })).toEqual({ startsOn: '2028-01-01', endsOn: '2028-04-30' });
    expect(planWindow({ yearBE: 2570, periodKind: 'fiscal' })).toEqual({ startsOn: '2027-01-01', endsOn: '2027-04-30' });
    expect(cycleMonths({ yearBE: 2570, periodKind: 'fiscal' })).toHaveLength(12);
    expect(cycleMonths({ yearBE: 2570, periodKind: 'academic' })[0]).toBe('2027-05');
  });

  it('When a moment is near midnight in Bangkok, then it falls in the Bangkok day and cycle', () => {
    expect(bangkokDay('2026-09-30T17:30:00.000Z')).toBe('2026-10-01');
    expect(cycleOf('2026-09-30T17:30:00.000Z', 'fiscal')).toEqual({ yearBE: 2570, periodKind: 'fiscal' });
    expect(cycleOf('2026-09-30T16:59:00.000Z', 'fiscal')).toEqual({ yearBE: 2569, periodKind: 'fiscal' });
    expect(cycleBounds({ yearBE: 2570, periodKind: 'fiscal' })).toEqual({
      from: '2026-09-30T17:00:00.000Z',
      to: '2027-09-30T17:00:00.000Z',
    });
  });

  it('When an activity has no days, then it gets today inside the window, else the window’s first day', () => {
    const c = { yearBE: 2570, periodKind: 'fiscal' } as const;
    expect(defaultActivityDays(c, '2027-03-05')).toEqual({ startsOn: '2027-03-05', endsOn: '2027-03-05' });
    expect(defaultActivityDays(c, '2026-11-05')).toEqual({ startsOn: '2027-01-01', endsOn: '2027-01-01' });
    expect(defaultActivityDays(c, '2027-05-01')).toEqual({ startsOn: '2027-01-01', endsOn: '2027-01-01' });
  });

  it('When an activity is carried into the next year, then it keeps its month, day and length inside January–April', () => {
    const next = { yearBE: 2571, periodKind: 'fiscal' } as const;
    expect(carryDaysInto(next, { startsOn: '2027-02-10', endsOn: '2027-02-12' })).toEqual({ startsOn: '2028-02-10', endsOn: '2028-02-12' });
    expect(carryDaysInto(next, { startsOn: '2027-04-20', endsOn: '2027-05-20' })).toEqual({ startsOn: '2028-04-20', endsOn: '2028-04-30' });
    expect(carryDaysInto(next, { startsOn: '2027-08-01', endsOn: '2027-08-02' })).toEqual({ startsOn: '2028-01-01', endsOn: '2028-01-02' });
    expect(carryDaysInto(next, { startsOn: null, endsOn: null })).toEqual({ startsOn: '2028-01-01', endsOn: '2028-01-01' });
    // 29 February 2028 has no twin in 2029.
    expect(carryDaysInto({ yearBE: 2572, periodKind: 'fiscal' }, { startsOn: '2028-02-29', endsOn: '2028-02-29' })).toEqual({
      startsOn: '2029-02-28',
      endsOn: '2029-02-28',
    });
  });
});
