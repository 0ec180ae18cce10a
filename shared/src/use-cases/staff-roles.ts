// Appointing and removing an office's supervisors and admins (the people who run the whole office), audited in the
// same transaction; an office always keeps at least one of them. The caller relinks the person's rich menu.
import { AppError } from '../errors';
import type { Clock, IdGenerator } from '../ports/clock';
import type { Where } from '../ports/document-store';
import type { Repositories } from '../store/repositories';
import { COLLECTIONS } from '../store/collections';
import { assertSupervisor, type Actor } from '../auth/policy';
import { memberDisplayName, memberRoles, type Member, type MemberRole } from '../domain/member';
import { schoolDocId } from '../domain/school';
import { matchesQuery } from '../text-search';
import type { StaffPerson } from '../api/staff-contracts';
import { memberRoleLabels } from '../i18n/labels-th';
import { recordAudit } from './audit/record-audit';
import { auditTh } from './audit/audit-th';

export const staffRoles = ['supervisor', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

/** Who changes a role: a supervisor or admin signed in to LIFF, or the IT person at the server (`npm run staff`). */
export type RoleChanger = { actor: Actor } | { serverConsole: { areaId: string } };

export const isOfficeStaff = (roles: readonly MemberRole[]): boolean => roles.includes('supervisor') || roles.includes('admin');

const areaOf = (by: RoleChanger): string => ('actor' in by ? by.actor.areaId : by.serverConsole.areaId);
const byArea = (areaId: string): Where[] => [{ field: 'areaId', op: '==', value: areaId }];
const withRole = (areaId: string, role: StaffRole): Where[] => [...byArea(areaId), { field: 'roles', op: 'array-contains', value: role }];

/** Adds or removes one role; a member is always at least a teacher, and roles keep the order of `memberRoles`. */
export function withStaffRole(roles: readonly MemberRole[], role: StaffRole, grant: boolean): MemberRole[] {
  const next = new Set(roles);
  if (grant) next.add(role);
  else next.delete(role);
  if (next.size === 0) next.add('teacher');
  return memberRoles.filter((r) => next.has(r));
}

/**
 * Grants or revokes `role`. Refuses a member of another office (not found), granting to someone who has not registered
 * (the office must know who they are), and removing the office's last supervisor or admin. No change, no audit entry.
 */
export async function changeStaffRole(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  by: RoleChanger,
  memberId: string,
  role: StaffRole,
  grant: boolean,
): Promise<{ member: Member; changed: boolean }> {
  if ('actor' in by) assertSupervisor(by.actor);
  const areaId = areaOf(by);
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const members = deps.repos.members.inTx(tx);
    const current = await members.get(memberId);
    if (!current || current.areaId !== areaId) throw new AppError('member/not-found', `No member ${memberId} in ${areaId}`);
    if (current.roles.includes(role) === grant) return { member: current, changed: false };
    if (grant && !current.registeredAt)
      throw new AppError('member/not-registered', `Member ${memberId} has not registered`, {
        thai: 'ท่านนี้ยังไม่ได้ลงทะเบียน กรุณาให้ลงทะเบียนในแอปก่อน แล้วจึงแต่งตั้งค่ะ',
      });
    const next: Member = { ...current, roles: withStaffRole(current.roles, role, grant), updatedAt: now };
    if (!grant && !isOfficeStaff(next.roles)) {
      // Read in the transaction: two supervisors removing each other at once cannot both succeed.
      const pages = await Promise.all(staffRoles.map((r) => tx.query(COLLECTIONS.members, { where: withRole(areaId, r), limit: 2 })));
      if (!pages.some((p) => p.docs.some((d) => d.id !== memberId)))
        throw new AppError('staff/last-supervisor', `Member ${memberId} is the last supervisor or admin of ${areaId}`);
    }
    members.put(next);
    const label = memberRoleLabels[role];
    const summary = grant ? auditTh.staffGranted(label) : auditTh.staffRevoked(label);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId,
      at: now,
      actorMemberId: 'actor' in by ? by.actor.memberId : null,
      entity: 'member',
      entityId: memberId,
      action: 'update',
      summary: 'actor' in by ? summary : auditTh.byServerConsole(summary),
      changes: [{ field: 'roles', from: current.roles.join(', '), to: next.roles.join(', ') }],
    });
    return { member: next, changed: true };
  });
}

/** The office's supervisors and admins (index: members (areaId, roles array-contains)). */
export async function officeStaff(repos: Repositories, areaId: string): Promise<Member[]> {
  const lists = await Promise.all(staffRoles.map((r) => repos.members.list({ where: withRole(areaId, r) })));
  const byId = new Map(lists.flatMap((l) => l.items).map((m) => [m.id, m]));
  return [...byId.values()];
}

/** Every member of the office, a page at a time (the command line lists them; LIFF searches them). */
export async function allOfficeMembers(repos: Repositories, areaId: string): Promise<Member[]> {
  return repos.members.listAll({ where: byArea(areaId) });
}

const thaiCollator = new Intl.Collator('th');

/** People as the staff section shows them: name, school name, roles; sorted in Thai dictionary order. */
export async function toStaffPeople(repos: Repositories, members: readonly Member[], meId: string | null): Promise<StaffPerson[]> {
  const codes = [...new Set(members.flatMap((m) => (m.profile ? [schoolDocId(m.areaId, m.profile.schoolCode)] : [])))];
  const schools = new Map(
    (await repos.schools.getMany(codes)).flatMap((s) => (s ? [[schoolDocId(s.areaId, s.code), s.name] as const] : [])),
  );
  return members
    .map((m) => ({
      memberId: m.id,
      name: memberDisplayName(m),
      schoolName: m.profile ? (schools.get(schoolDocId(m.areaId, m.profile.schoolCode)) ?? null) : null,
      roles: [...m.roles],
      isMe: m.id === meId,
    }))
    .sort((a, b) => thaiCollator.compare(a.name, b.name));
}

/** Registered members whose profile name or LINE name contains `query` (Thai-aware, spacing ignored). */
export function matchingMembers(members: readonly Member[], query: string): Member[] {
  return members.filter(
    (m) => m.registeredAt && matchesQuery(query, m.displayName, m.profile ? `${m.profile.firstName} ${m.profile.lastName}` : ''),
  );
}
