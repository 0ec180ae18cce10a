// The report's approval rules: supervisors only, no skipped step, a second person approves (or an admin), frozen once published.
import type { Actor } from '../../auth/policy';
import type { Report } from '../../domain/report';
import { allowedActions, assertCanAct, isSelfApproval } from './report-rules';

const actor = (memberId: string, roles: Actor['roles'] = ['supervisor'], areaId = 'esa-1'): Actor => ({
  memberId,
  areaId,
  roles,
  coordinatorOf: [],
});
const step = (memberId: string) => ({ memberId, name: memberId, at: '2027-04-20T03:00:00.000Z' });
const report = (status: Report['status'], drafter = 'author'): Report =>
  ({ id: 'r1', areaId: 'esa-1', status, drafted: step(drafter), reviewed: null, approved: null, published: null }) as unknown as Report;
const code = (f: () => void) => {
  try {
    f();
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('report rules', () => {
  it('When a teacher or a coordinator acts on a report, then they are refused', () => {
    expect(code(() => assertCanAct(report('draft'), 'review', actor('t', ['teacher'])))).toBe('auth/forbidden');
    expect(code(() => assertCanAct(report('draft'), 'review', { ...actor('c', ['teacher']), coordinatorOf: ['n1'] }))).toBe(
      'auth/forbidden',
    );
    expect(allowedActions(report('draft'), actor('t', ['teacher']))).toEqual([]);
  });

  it('When a step is skipped, then it is refused: approve needs a review, publish an approval', () => {
    const other = actor('second');
    expect(code(() => assertCanAct(report('draft'), 'approve', other))).toBe('report/wrong-step');
    expect(code(() => assertCanAct(report('draft'), 'publish', other))).toBe('report/wrong-step');
    expect(code(() => assertCanAct(report('reviewed'), 'publish', other))).toBe('report/wrong-step');
    expect(code(() => assertCanAct(report('approved'), 'review', other))).toBe('report/wrong-step');
    expect(allowedActions(report('draft'), other)).toEqual(['review']);
    expect(allowedActions(report('reviewed'), other)).toEqual(['approve']);
    expect(allowedActions(report('approved'), other)).toEqual(['publish']);
  });

  it('When the author approves their own figures, then only an admin may; anyone else who supervises may', () => {
    expect(code(() => assertCanAct(report('reviewed'), 'approve', actor('author')))).toBe('report/self-approval');
    expect(isSelfApproval(report('reviewed'), actor('author'))).toBe(true);
    expect(code(() => assertCanAct(report('reviewed'), 'approve', actor('author', ['admin'])))).toBe('ok');
    expect(code(() => assertCanAct(report('reviewed'), 'approve', actor('second')))).toBe('ok');
    // The author may review their own draft: the check that matters is the second person's approval.
    expect(code(() => assertCanAct(report('draft'), 'review', actor('author')))).toBe('ok');
  });

  it('When a report is published, then it is frozen for everyone', () => {
    for (const a of ['review', 'approve', 'publish'] as const) {
      expect(code(() => assertCanAct(report('published'), a, actor('second')))).toBe('report/frozen');
      expect(code(() => assertCanAct(report('published'), a, actor('admin', ['admin'])))).toBe('report/frozen');
    }
  });

  it('When a supervisor of another office acts, then the report does not exist for them', () => {
    expect(code(() => assertCanAct(report('draft'), 'review', actor('x', ['supervisor'], 'esa-2')))).toBe('store/not-found');
  });
});
