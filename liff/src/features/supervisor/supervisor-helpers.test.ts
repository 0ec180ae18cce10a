import type { DataQualityResponse } from '@nithet/shared';
import { joinLink } from './join-link';
import { NO_SCHOOL, anyMember, filterMembers, schoolOptions, sortMembers, type MemberRow } from './member-filters';
import { planNudges } from './nudge-plan';

const row = (over: Partial<MemberRow>): MemberRow => ({
  membershipId: 'n:m',
  memberId: 'm',
  name: 'ครูสมศรี',
  schoolCode: '1040010001',
  schoolName: 'โรงเรียนบ้านหนองบัว',
  levels: ['primary'],
  role: 'member',
  status: 'active',
  joinedAt: null,
  ...over,
});

describe('the join link of a network', () => {
  it('leads to the join page of this app with the code', () => {
    expect(joinLink('https://liff.line.me/1650000000-AbCdEfGh', 'SCIENCE1')).toBe(
      'https://liff.line.me/1650000000-AbCdEfGh/join?code=SCIENCE1',
    );
    expect(joinLink('http://127.0.0.1:3000/liff/', 'A B')).toBe('http://127.0.0.1:3000/liff/join?code=A+B');
  });
});

describe('filtering a network member list', () => {
  const rows = [
    row({ memberId: 'a', name: 'ข', status: 'pending' }),
    row({ memberId: 'b', name: 'ก', schoolCode: null, schoolName: null, levels: ['early-childhood'] }),
    row({ memberId: 'c', name: 'ค', role: 'coordinator', schoolCode: '1040010002', schoolName: 'โรงเรียนบ้านโนนทัน' }),
  ];

  it('filters by status, school (or none given) and level together', () => {
    expect(filterMembers(rows, anyMember)).toHaveLength(3);
    expect(filterMembers(rows, { ...anyMember, status: 'pending' }).map((r) => r.memberId)).toEqual(['a']);
    expect(filterMembers(rows, { ...anyMember, school: NO_SCHOOL }).map((r) => r.memberId)).toEqual(['b']);
    expect(filterMembers(rows, { status: 'active', school: '', level: 'primary' }).map((r) => r.memberId)).toEqual(['c']);
  });

  it('offers the schools present, in Thai order, and lists requests first', () => {
    expect(schoolOptions(rows).map((s) => s.name)).toEqual(['โรงเรียนบ้านโนนทัน', 'โรงเรียนบ้านหนองบัว']);
    expect(sortMembers(rows).map((r) => r.memberId)).toEqual(['a', 'c', 'b']);
  });
});

describe('the reminder preview', () => {
  const person = (memberId: string, over: Partial<DataQualityResponse['stale'][number]> = {}) => ({
    memberId,
    name: memberId,
    schoolCode: null,
    missing: [],
    profileConfirmedAt: null,
    lastNudgedAt: null,
    reachable: true,
    ...over,
  });

  it('When some were reminded today (Bangkok) or cannot be reached, then they are not counted as sent', () => {
    const now = new Date('2026-11-24T05:00:00Z'); // 12:00 in Bangkok
    const people = [
      person('a'),
      person('b', { lastNudgedAt: '2026-11-23T18:00:00Z' }), // 01:00 the same Bangkok day
      person('c', { lastNudgedAt: '2026-11-23T16:00:00Z' }), // 23:00 the day before
      person('d', { reachable: false }),
    ];
    expect(planNudges(new Set(['a', 'b', 'c', 'd']), people, now)).toEqual({ selected: 4, willSend: 2, recent: 1, unreachable: 1 });
  });
});
