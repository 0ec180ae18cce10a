// Who may move a Form 3 report along draft → reviewed → approved → published (pure rules).
//
// - Only supervisors (and admins) of the report's office act on reports.
// - No step is skipped: review needs a draft, approval a reviewed report, publication an approved one.
// - Approval needs a second person: the supervisor who generated the figures (the author) cannot approve them.
//   An admin may (the office administrator stands in for the director in an office with one supervisor).
// - A published report is frozen: nothing changes it; regenerating starts the next version as a new draft.
import { AppError } from '../../errors';
import { assertSameArea, assertSupervisor, isSupervisor, type Actor } from '../../auth/policy';
import type { Report, ReportStatus } from '../../domain/report';

export const reportActions = ['review', 'approve', 'publish'] as const;
export type ReportAction = (typeof reportActions)[number];

const FROM: Record<ReportAction, ReportStatus> = { review: 'draft', approve: 'reviewed', publish: 'approved' };
export const ACTION_RESULT: Record<ReportAction, ReportStatus> = { review: 'reviewed', approve: 'approved', publish: 'published' };

export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: 'ร่าง',
  reviewed: 'ตรวจทานแล้ว',
  approved: 'อนุมัติแล้ว',
  published: 'เผยแพร่แล้ว',
};

const WRONG_STEP: Record<ReportAction, string> = {
  review: 'ตรวจทานได้เฉพาะรายงานฉบับร่างค่ะ',
  approve: 'รายงานต้องผ่านการตรวจทานก่อนจึงจะอนุมัติได้ค่ะ',
  publish: 'รายงานต้องได้รับการอนุมัติก่อนจึงจะเผยแพร่ได้ค่ะ',
};

/** The author may not approve their own figures; an admin may. */
export const isSelfApproval = (report: Pick<Report, 'drafted'>, actor: Actor): boolean =>
  report.drafted.memberId === actor.memberId && !actor.roles.includes('admin');

/** Why `actor` may not take `action` now, or null when they may. */
export function refusal(report: Report, action: ReportAction, actor: Actor): AppError | null {
  if (!isSupervisor(actor)) return new AppError('auth/forbidden', `Member ${actor.memberId} is not a supervisor`);
  if (report.status === 'published') return new AppError('report/frozen', `Report ${report.id} is published`);
  if (report.status !== FROM[action])
    return new AppError('report/wrong-step', `Report ${report.id} is ${report.status}; ${action} needs ${FROM[action]}`, {
      thai: WRONG_STEP[action],
    });
  if (action === 'approve' && isSelfApproval(report, actor))
    return new AppError('report/self-approval', `Member ${actor.memberId} drafted report ${report.id}`);
  return null;
}

export function assertCanAct(report: Report, action: ReportAction, actor: Actor): void {
  assertSupervisor(actor);
  assertSameArea(actor, report, 'Report');
  const refused = refusal(report, action, actor);
  if (refused) throw refused;
}

/** The actions the LIFF page offers this person for this report. */
export function allowedActions(report: Report, actor: Actor): ReportAction[] {
  return reportActions.filter((a) => refusal(report, a, actor) === null);
}
