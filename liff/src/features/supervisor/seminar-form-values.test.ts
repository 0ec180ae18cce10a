import type { SeminarView } from '@nithet/shared';
import {
  bangkokLocalToIso,
  isoToBangkokLocal,
  seminarFieldOf,
  seminarFormDefaults,
  seminarFormSchema,
  seminarFormValuesOf,
  seminarPatch,
  toSeminarInput,
} from './seminar-form-values';

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
      reminderOffsetsMinutes: [4320, 1440, 60, -1440],
      requireEvaluation: true,
    });
  });

  it('turns the chosen levels, schools and reminders into the audience and the offsets (largest first, once each)', () => {
    const out = seminarFormSchema.parse({
      ...base,
      levels: ['primary', 'lower-secondary'],
      schoolCodes: ['1040010001'],
      reminders: ['60', '-1440', '60'],
      requireEvaluation: false,
    });
    expect(toSeminarInput(out)).toMatchObject({
      audience: { networkIds: [], levels: ['primary', 'lower-secondary'], schoolCodes: ['1040010001'] },
      reminderOffsetsMinutes: [60, -1440],
      requireEvaluation: false,
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
    expect(seminarFieldOf('audience.schoolCodes.3')).toBe('schoolCodes');
    expect(seminarFieldOf('reminderOffsetsMinutes.0')).toBe('reminders');
    expect(seminarFieldOf('endsAt')).toBe('endsAt');
    expect(seminarFieldOf('nope')).toBeNull();
  });
});

describe('editing a saved seminar', () => {
  const saved: SeminarView = {
    id: 'sem-1',
    title: 'อบรม PLC',
    agenda: 'วาระที่ 1',
    startsAt: '2027-01-15T02:00:30.000Z',
    endsAt: '2027-01-15T05:00:00.000Z',
    venue: 'ห้องประชุม 1',
    onlineUrl: 'https://meet.example.com/plc',
    audience: { networkIds: ['net-1'], levels: ['primary'], schoolCodes: [] },
    capacity: 40,
    seatsLeft: 38,
    going: 2,
    waitlisted: 0,
    registrationDeadline: null,
    status: 'announced',
    version: 3,
    reminderOffsetsMinutes: [1440, 60],
    requireEvaluation: true,
  };
  const opened = seminarFormValuesOf(saved);
  const patchOf = (changes: Partial<typeof opened>) => seminarPatch(saved, opened, seminarFormSchema.parse({ ...opened, ...changes }));

  it('opens the form with the saved values on a Bangkok wall clock', () => {
    expect(isoToBangkokLocal('2026-12-31T20:30:00.000Z')).toBe('2027-01-01T03:30');
    expect(opened).toMatchObject({ startsAt: '2027-01-15T09:00', endsAt: '2027-01-15T12:00', capacity: '40', registrationDeadline: '' });
  });

  it('When nothing was changed, then there is nothing to send (a time saved with seconds included)', () => {
    expect(patchOf({})).toEqual({});
  });

  it("sends only the fields that changed, in the server's form", () => {
    expect(patchOf({ title: ' อบรม PLC รุ่น 2 ', capacity: '', registrationDeadline: '2027-01-14T17:00' })).toEqual({
      title: 'อบรม PLC รุ่น 2',
      capacity: null,
      registrationDeadline: '2027-01-14T10:00:00.000Z',
    });
  });

  it('When the networks change, then the audience keeps its levels and schools', () => {
    expect(patchOf({ networkIds: ['net-1', 'net-2'] })).toEqual({
      audience: { networkIds: ['net-1', 'net-2'], levels: ['primary'], schoolCodes: [] },
    });
  });

  it('When levels, schools, reminders or the evaluation rule change, then those go, and the networks stay', () => {
    expect(patchOf({ levels: [], schoolCodes: ['1040010002'], reminders: ['1440'], requireEvaluation: false })).toEqual({
      audience: { networkIds: ['net-1'], levels: [], schoolCodes: ['1040010002'] },
      reminderOffsetsMinutes: [1440],
      requireEvaluation: false,
    });
  });

  it('When the online link is cleared, then it is sent as null (removed)', () => {
    expect(patchOf({ onlineUrl: '' })).toEqual({ onlineUrl: null });
  });
});
