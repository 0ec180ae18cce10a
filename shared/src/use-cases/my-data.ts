// PDPA rights of a member over their own data: change consents, export everything, be forgotten.
import { AppError } from '../errors';
import { parseOrThrow } from '../validation';
import type { Clock, IdGenerator } from '../ports/clock';
import type { Repositories } from '../store/repositories';
import { COLLECTIONS } from '../store/collections';
import { consentPurposes, type ConsentRecord, type Member } from '../domain/member';
import { consentsRequestSchema } from '../api/member-contracts';
import { forgetSeminarAnswers, type ForgottenSeminarAnswers } from './seminars/forget-attendee';
import { forgetActivityParticipant } from './network-activities/forget-participant';

export async function updateConsents(deps: { repos: Repositories; clock: Clock }, memberId: string, body: unknown): Promise<Member> {
  const input = parseOrThrow(consentsRequestSchema, body, 'Consents body');
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const members = deps.repos.members.inTx(tx);
    const member = await members.get(memberId);
    if (!member) throw new AppError('member/not-found', `No member ${memberId}`);
    const latest = (purpose: ConsentRecord['purpose']) => [...member.consents].reverse().find((c) => c.purpose === purpose);
    const changed: ConsentRecord[] = consentPurposes
      .filter((p) => latest(p)?.granted !== input.consents[p] || latest(p)?.noticeVersion !== input.noticeVersion)
      .map((purpose) => ({ purpose, granted: input.consents[purpose], noticeVersion: input.noticeVersion, at: now }));
    const next: Member = { ...member, consents: [...member.consents, ...changed], updatedAt: now };
    members.put(next);
    return next;
  });
}

export interface MyDataExport {
  exportedAt: string;
  member: Member;
  memberships: Array<{ networkId: string; networkName: string; role: string; status: string; joinedAt: string | null }>;
}

export async function exportMyData(deps: { repos: Repositories; clock: Clock }, memberId: string): Promise<MyDataExport> {
  const member = await deps.repos.members.get(memberId);
  if (!member) throw new AppError('member/not-found', `No member ${memberId}`);
  const { items } = await deps.repos.memberships.list({ where: [{ field: 'memberId', op: '==', value: memberId }] });
  const networks = await deps.repos.networks.getMany(items.map((m) => m.networkId));
  return {
    exportedAt: deps.clock.now().toISOString(),
    member,
    memberships: items.map((m, i) => ({
      networkId: m.networkId,
      networkName: networks[i]?.name ?? '',
      role: m.role,
      status: m.status,
      joinedAt: m.joinedAt,
    })),
  };
}

/** Flattens an export into "field,value" rows, so it opens in a spreadsheet. */
export function exportRows(data: MyDataExport): Array<[string, string]> {
  const rows: Array<[string, string]> = [];
  const walk = (prefix: string, v: unknown) => {
    if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else rows.push([prefix, v === null || v === undefined ? '' : String(v)]);
  };
  walk('', data);
  return rows;
}

export interface ForgetResult {
  memberships: number;
  /** Seminar answers: kept without the person where they checked in (attendance counts stay), deleted otherwise. */
  seminarAnswers: Omit<ForgottenSeminarAnswers, 'promoted'>;
  /** Network activities that listed them: now counted among the participants outside the system. */
  activities: number;
  /** Waiting-list people who got the seat they freed (the caller tells them, as for any promotion). */
  promoted: ForgottenSeminarAnswers['promoted'];
}

/**
 * Forgets a member: first their id leaves seminar answers and network activities (counts kept, see forget-attendee.ts
 * and forget-participant.ts), then the member and their memberships go in one transaction — last, so a failure part
 * way can be retried by the person pressing delete again. The LINE friendship itself is theirs to end.
 */
export async function forgetMember(deps: { repos: Repositories; clock: Clock; ids: IdGenerator }, memberId: string): Promise<ForgetResult> {
  if (!(await deps.repos.members.get(memberId))) throw new AppError('member/not-found', `No member ${memberId}`);
  const { promoted, ...seminarAnswers } = await forgetSeminarAnswers(deps, memberId);
  const activities = await forgetActivityParticipant(deps, memberId);
  const { items } = await deps.repos.memberships.list({ where: [{ field: 'memberId', op: '==', value: memberId }] });
  await deps.repos.store.runTransaction(async (tx) => {
    if (!(await tx.get(COLLECTIONS.members, memberId))) throw new AppError('member/not-found', `No member ${memberId}`);
    for (const m of items) tx.delete(COLLECTIONS.memberships, m.id);
    tx.delete(COLLECTIONS.members, memberId);
  });
  return { memberships: items.length, seminarAnswers, activities, promoted };
}
