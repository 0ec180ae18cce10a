import { bangkokLocalToIso, seminarFieldOf, seminarFormDefaults, seminarFormSchema, toSeminarInput } from './seminar-form-values';

describe('bangkokLocalToIso', () => {
  it('reads the datetime-local text as Bangkok time and gives ISO UTC', () => {
    expect(bangkokLocalToIso('2027-01-15T09:00')).toBe('2027-01-15T02:00:00.000Z');
    expect(bangkokLocalToIso('2027-01-01T03:30:15')).toBe('2026-12-31T20:30:15.000Z');
  });
  it('refuses anything else', () => {
    expect(() => bangkokLocalToIso('15/01/2570 09:00')).toThrow();
  });
});

describe('seminarFormSchema', () => {
  const base = { ...seminarFormDefaults, title: 'อบรม PLC', startsAt: '2027-01-15T09:00', endsAt: '2027-01-15T12:00' };

  it('turns a filled form into the server input', () => {
    const out = seminarFormSchema.parse({ ...base, networkIds: 'net-1', capacity: '40', registrationDeadline: '2027-01-14T17:00' });
    expect(toSeminarInput(out)).toEqual({
      title: 'อบรม PLC',
      agenda: '',
      startsAt: '2027-01-15T02:00:00.000Z',
      endsAt: '2027-01-15T05:00:00.000Z',
      venue: '',
      audience: { networkIds: ['net-1'], levels: [], schoolCodes: [] },
      capacity: 40,
      registrationDeadline: '2027-01-14T10:00:00.000Z',
    });
  });

  it('puts date problems on the field they belong to', () => {
    const r = seminarFormSchema.safeParse({ ...base, endsAt: '2027-01-15T08:00', registrationDeadline: '2027-01-16T08:00' });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['endsAt', 'registrationDeadline']);
  });

  it('refuses a zero capacity and a non-web link', () => {
    const r = seminarFormSchema.safeParse({ ...base, capacity: '0', onlineUrl: 'javascript:alert(1)' });
    expect(r.success ? [] : r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['capacity', 'onlineUrl']);
  });
});

describe('seminarFieldOf', () => {
  it('maps server paths to form fields', () => {
    expect(seminarFieldOf('audience.networkIds.0')).toBe('networkIds');
    expect(seminarFieldOf('endsAt')).toBe('endsAt');
    expect(seminarFieldOf('nope')).toBeNull();
  });
});
