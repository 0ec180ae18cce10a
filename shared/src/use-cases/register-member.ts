// A member submits the registration form: profile and per-purpose PDPA consents are stored.
import { AppError } from '../errors';
import type { Clock } from '../ports/clock';
import type { Repositories } from '../store/repositories';
import { consentPurposes, memberDocId, newMember, registrationInputSchema, type ConsentRecord, type Member } from '../domain/member';
import { parseOrThrow } from '../validation';
import { schoolDocId } from '../domain/school';
import type { MemberView } from '../api/contracts';

export interface RegisterResult {
  member: Member;
  /** True when this completed the first registration (the bot then confirms in LINE). */
  firstRegistration: boolean;
}

export async function registerMember(
  deps: { repos: Repositories; clock: Clock },
  who: { areaId: string; lineUserId: string; displayName: string },
  body: unknown,
): Promise<RegisterResult> {
  const input = parseOrThrow(registrationInputSchema, body, 'Registration body');
  const school = await deps.repos.schools.get(schoolDocId(who.areaId, input.schoolCode));
  if (!school) throw new AppError('school/not-found', `Unknown school ${input.schoolCode}`, { fields: { schoolCode: 'unknown school' } });

  const now = deps.clock.now().toISOString();
  const id = memberDocId(who.areaId, who.lineUserId);
  return deps.repos.store.runTransaction(async (tx) => {
    const members = deps.repos.members.inTx(tx);
    const existing = await members.get(id);
    // Keep the full consent history; record a new entry only where the answer or notice version changed.
    const changed: ConsentRecord[] = consentPurposes
      .map((purpose) => ({ purpose, granted: input.consents[purpose], noticeVersion: input.noticeVersion, at: now }))
      .filter((c) => {
        const last = [...(existing?.consents ?? [])].reverse().find((p) => p.purpose === c.purpose);
        return !last || last.granted !== c.granted || last.noticeVersion !== c.noticeVersion;
      });
    const base: Member = existing ?? newMember({ areaId: who.areaId, lineUserId: who.lineUserId, displayName: who.displayName }, now);
    const member: Member = {
      ...base,
      profile: {
        title: input.title,
        firstName: input.firstName,
        lastName: input.lastName,
        schoolCode: input.schoolCode,
        position: input.position,
        subjects: input.subjects,
        levels: input.levels,
        ...(input.phone ? { phone: input.phone } : {}),
      },
      registeredAt: base.registeredAt ?? now,
      profileConfirmedAt: now,
      consents: [...base.consents, ...changed],
      updatedAt: now,
    };
    members.put(member);
    return { member, firstRegistration: base.registeredAt === null };
  });
}

/** The current answer per consent purpose (the last record wins). */
export function currentConsents(member: Member): Partial<Record<ConsentRecord['purpose'], boolean>> {
  const out: Partial<Record<ConsentRecord['purpose'], boolean>> = {};
  for (const c of member.consents) out[c.purpose] = c.granted;
  return out;
}

export function toMemberView(member: Member): MemberView {
  return {
    id: member.id,
    displayName: member.displayName,
    ...(member.pictureUrl ? { pictureUrl: member.pictureUrl } : {}),
    status: member.status,
    roles: member.roles,
    registered: member.registeredAt !== null,
    registeredAt: member.registeredAt,
    profileConfirmedAt: member.profileConfirmedAt,
    profile: member.profile,
    consents: member.consents,
  };
}
