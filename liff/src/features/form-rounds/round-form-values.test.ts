import { roundFieldOf, roundFormDefaults, roundFormSchema, toCreateRoundRequest } from './round-form-values';

describe('The new-round form', () => {
  const now = new Date('2027-01-10T02:00:00.000Z'); // 09:00 in Bangkok

  it('when opened, then it opens now and closes two weeks later, Bangkok wall clock', () => {
    expect(roundFormDefaults(now)).toMatchObject({ opensAt: '2027-01-10T09:00', closesAt: '2027-01-24T09:00', anonymous: false });
  });

  it('when filled, then the request carries ISO UTC times and the audience (one ticked network arrives as a string)', () => {
    const values = roundFormSchema.parse({
      ...roundFormDefaults(now),
      title: '  สำรวจความต้องการ 2570 ',
      templateId: 'form1-needs-survey',
      networkIds: 'net-1',
      levels: ['primary'],
      anonymous: true,
    });
    expect(toCreateRoundRequest(values)).toEqual({
      title: 'สำรวจความต้องการ 2570',
      templateId: 'form1-needs-survey',
      audience: { networkIds: ['net-1'], levels: ['primary'], schoolCodes: [], seminarId: null },
      opensAt: '2027-01-10T02:00:00.000Z',
      closesAt: '2027-01-24T02:00:00.000Z',
      anonymous: true,
    });
  });

  it("when a seminar is chosen, then the round goes only to that seminar's attendees", () => {
    const values = roundFormSchema.parse({ ...roundFormDefaults(now), title: 'ประเมินการประชุม', templateId: 't', seminarId: 'sem-1' });
    expect(toCreateRoundRequest(values).audience.seminarId).toBe('sem-1');
    expect(roundFieldOf('audience.seminarId')).toBe('seminarId');
  });

  it('when it closes before it opens, or has no title or form, then those fields are refused', () => {
    const res = roundFormSchema.safeParse({ ...roundFormDefaults(now), closesAt: '2027-01-10T08:00' });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['closesAt', 'templateId', 'title']);
  });

  it('when the server names an audience path, then the matching field shows the error', () => {
    expect(['audience.levels.0', 'audience.schoolCodes', 'audience.networkIds.1', 'closesAt', 'nope'].map(roundFieldOf)).toEqual([
      'levels',
      'schoolCodes',
      'networkIds',
      'closesAt',
      null,
    ]);
  });
});
