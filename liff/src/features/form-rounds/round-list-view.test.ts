import type { FormRoundAudience } from '@nithet/shared';
import { audienceText, canNudge, roundPhase } from './round-list-view';

const opensAt = '2027-01-10T02:00:00.000Z';
const closesAt = '2027-01-24T02:00:00.000Z';
const at = (iso: string) => new Date(iso);

describe('Where a round stands', () => {
  it('when it is a draft, then it is a draft whatever the time', () => {
    expect(roundPhase({ status: 'draft', opensAt, closesAt }, at('2027-01-15T00:00:00Z'))).toBe('draft');
  });
  it('when it was sent, then it waits for its opening, takes answers until closing, and is closed after (before the job runs)', () => {
    const r = { status: 'open' as const, opensAt, closesAt };
    expect(roundPhase(r, at('2027-01-09T00:00:00Z'))).toBe('scheduled');
    expect(roundPhase(r, at(opensAt))).toBe('open');
    expect(roundPhase(r, at(closesAt))).toBe('closed');
    expect(roundPhase({ ...r, status: 'closed' }, at('2027-01-15T00:00:00Z'))).toBe('closed');
  });
  it('when it takes answers, then a nudge is possible; not before opening nor after closing', () => {
    const r = { status: 'open' as const, opensAt, closesAt };
    expect([at('2027-01-09T00:00:00Z'), at('2027-01-15T00:00:00Z'), at('2027-01-25T00:00:00Z')].map((d) => canNudge(r, d))).toEqual([
      false,
      true,
      false,
    ]);
  });
});

describe('Whom a round is for, in words', () => {
  const none: FormRoundAudience = { networkIds: [], levels: [], schoolCodes: [], seminarId: null };
  const names = new Map([['net-1', 'ชุมชนครูวิทยาศาสตร์']]);
  it('when nothing narrows it, then everyone in the office', () => {
    expect(audienceText(none, names)).toBe('สมาชิกทุกคนของสำนักงาน');
  });
  it('when networks, levels and schools narrow it, then each is named (an unknown network by its id)', () => {
    expect(audienceText({ ...none, networkIds: ['net-1', 'net-x'], levels: ['primary'], schoolCodes: ['1', '2'] }, names)).toBe(
      'เครือข่าย ชุมชนครูวิทยาศาสตร์, net-x · ระดับ ประถมศึกษา · 2 โรงเรียน',
    );
  });
});
