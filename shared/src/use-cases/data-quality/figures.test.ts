// The three figures on a small office whose every problem is known: the numbers an office would put in its report.
import { newMember, type Member } from '../../domain/member';
import { newNetwork, type Network } from '../../domain/network';
import type { School } from '../../domain/school';
import { dataQualityFigures, findDuplicates, qualityCycle } from './figures';
import { nudgeTargets } from './nudge-targets';

const NOW = new Date('2027-03-15T03:00:00.000Z'); // 15 มี.ค. 2570, 10.00 น. in Bangkok
const AREA = 'test-esa';

function member(n: number, profile: Partial<NonNullable<Member['profile']>> | null, confirmedAt: string | null): Member {
  const base = newMember(
    { areaId: AREA, lineUserId: `U${String(n).padStart(32, '0')}`, displayName: `line ${n}` },
    '2026-01-01T00:00:00.000Z',
  );
  if (!profile) return base;
  return {
    ...base,
    registeredAt: '2026-01-01T00:00:00.000Z',
    profileConfirmedAt: confirmedAt,
    profile: {
      title: 'นาง',
      firstName: 'สมศรี',
      lastName: 'ใจดี',
      schoolCode: 'S1',
      position: 'teacher',
      subjects: ['วิทยาศาสตร์'],
      levels: ['primary'],
      ...profile,
    },
  };
}

const school = (code: string, name: string): School => ({
  id: `${AREA}:${code}`,
  areaId: AREA,
  code,
  name,
  district: '',
  cluster: '',
  levels: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const network = (id: string, name: string, updatedAt: string, status: Network['status'] = 'active'): Network => ({
  ...newNetwork(
    { id, areaId: AREA, name, kind: 'teacher-community', level: 'office', joinCode: id.toUpperCase(), joinPolicy: 'open' },
    updatedAt,
  ),
  status,
});

const members = [
  member(1, { phone: '0811111111' }, '2027-02-01T00:00:00.000Z'), // fine
  member(2, { firstName: 'สมศรี ', lastName: ' ใจดี' }, '2026-01-01T00:00:00.000Z'), // same name + school as 1; stale
  member(3, { firstName: 'มาลี', subjects: [], phone: '081-111-1111' }, null), // same phone as 1; no subjects; never confirmed
  member(4, null, null), // followed, never registered
  member(5, { firstName: 'อนันต์', schoolCode: 'S2' }, '2027-01-10T00:00:00.000Z'), // fine
];
const schools = [school('S1', 'โรงเรียนบ้านหนองบัว'), school('S2', 'โรงเรียนบ้าน หนองบัว'), school('S3', 'โรงเรียนวัดใหม่')];
const networks = [
  network('n1', 'ชุมชนครูวิทยาศาสตร์', '2027-01-05T00:00:00.000Z'),
  network('n2', 'ชุมชนครูวิทยาศาสตร์', '2026-06-01T00:00:00.000Z'), // same name; not touched this พ.ศ. year
  network('n3', 'ชุมชนครูวิทยาศาสตร์', '2025-01-01T00:00:00.000Z', 'archived'), // archived: not counted
  network('n4', 'เครือข่ายครูแกนนำ', '2026-12-31T16:59:59.000Z'), // 23.59 น. on 31 ธ.ค. 2569 in Bangkok: last year
];
const input = {
  now: NOW,
  staleDays: 180,
  members,
  networks,
  schools,
  validationFailures: 4,
  rounds: [
    { audience: 10, answered: 7 },
    { audience: 5, answered: 5 },
  ],
};

describe('When the data-quality figures are computed for an office', () => {
  it('then this cycle is the พ.ศ. year in Bangkok, starting at midnight Bangkok time on 1 January', () => {
    expect(qualityCycle(NOW)).toEqual({ buddhistYear: 2570, startsAt: '2026-12-31T17:00:00.000Z' });
  });

  it('then accurate counts one record too many per duplicate, with refusals reported beside it', () => {
    expect(dataQualityFigures(input).accurate).toEqual({
      percent: 60,
      total: 10, // 4 registered + 3 schools + 3 active networks
      good: 6,
      problems: 4, // members 2 and 3, school S2, network n2
      validationFailures: 4,
      duplicates: { membersSameNameSchool: 1, samePhone: 1, schoolsSameName: 1, networksSameName: 1 },
    });
  });

  it('then complete counts missing profiles and missing responses in the current rounds', () => {
    expect(dataQualityFigures(input).complete).toEqual({
      percent: 75,
      total: 20, // 5 members + 15 expected responses
      good: 15,
      problems: 5,
      missingProfiles: 2,
      expectedResponses: 15,
      missingResponses: 3,
    });
  });

  it('then current counts stale profiles and active networks not updated this พ.ศ. year', () => {
    expect(dataQualityFigures(input).current).toEqual({
      percent: 42.9,
      total: 7,
      good: 3,
      problems: 4,
      staleProfiles: 2,
      networksNotUpdated: 2,
    });
    expect(dataQualityFigures(input)).toMatchObject({ asOf: NOW.toISOString(), buddhistYear: 2570 });
  });

  it('then an office with nothing to measure scores 100 rather than dividing by zero', () => {
    const empty = dataQualityFigures({ ...input, members: [], networks: [], schools: [], rounds: [], validationFailures: 0 });
    expect([empty.accurate.percent, empty.complete.percent, empty.current.percent]).toEqual([100, 100, 100]);
  });

  it('then the duplicate groups name the records, and each word nudges its own people', () => {
    const dup = findDuplicates(input);
    expect(dup.membersSameNameSchool.map((g) => g.map((m) => m.lineUserId.slice(-1)))).toEqual([['1', '2']]);
    expect(dup.samePhone.map((g) => g.map((m) => m.lineUserId.slice(-1)))).toEqual([['1', '3']]);
    expect(dup.schoolsSameName.map((g) => g.map((s) => s.code))).toEqual([['S1', 'S2']]);
    const who = (w: 'accurate' | 'complete' | 'current') => nudgeTargets(w, input).map((m) => m.lineUserId.slice(-1));
    expect([who('accurate'), who('complete'), who('current')]).toEqual([
      ['1', '2', '3'],
      ['3', '4'],
      ['2', '3'],
    ]);
  });
});
