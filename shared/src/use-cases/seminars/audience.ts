// An audience (a seminar's or a form round's): members of its networks (or the whole office), narrowed by levels and schools.
import type { Member } from '../../domain/member';
import { membershipDocId } from '../../domain/network';
import type { Seminar, SeminarAudience } from '../../domain/seminar';
import type { Repositories } from '../../store/repositories';

/** The level and school filters (an empty filter lets everyone through). */
export function matchesAudienceFilters(member: Member, audience: SeminarAudience): boolean {
  const levels = member.profile?.levels ?? [];
  if (audience.levels.length > 0 && !levels.some((l) => audience.levels.includes(l))) return false;
  if (audience.schoolCodes.length > 0 && !audience.schoolCodes.includes(member.profile?.schoolCode ?? '')) return false;
  return true;
}

type Audienced = Pick<Seminar, 'areaId' | 'audience'>;

const eligible = (m: Member | null, seminar: Audienced): m is Member =>
  m !== null && m.areaId === seminar.areaId && m.registeredAt !== null && matchesAudienceFilters(m, seminar.audience);

/** Member ids of everyone the seminar is for (registered, active in one of its networks, matching the filters). */
export async function resolveAudience(repos: Repositories, seminar: Audienced): Promise<string[]> {
  const { networkIds } = seminar.audience;
  let candidates: Array<Member | null>;
  if (networkIds.length === 0) {
    candidates = (await repos.members.list({ where: [{ field: 'areaId', op: '==', value: seminar.areaId }] })).items;
  } else {
    const ids = new Set<string>();
    for (const networkId of networkIds) {
      const { items } = await repos.memberships.list({
        where: [
          { field: 'networkId', op: '==', value: networkId },
          { field: 'status', op: '==', value: 'active' },
        ],
      });
      for (const m of items) if (m.areaId === seminar.areaId) ids.add(m.memberId);
    }
    candidates = await repos.members.getMany([...ids]);
  }
  return [...new Set(candidates.filter((m) => eligible(m, seminar)).map((m) => m.id))];
}

/** Whether one member belongs to the seminar's audience (a forwarded card does not let others in). */
export async function isInAudience(repos: Repositories, seminar: Audienced, member: Member): Promise<boolean> {
  if (!eligible(member, seminar)) return false;
  const { networkIds } = seminar.audience;
  if (networkIds.length === 0) return true;
  const memberships = await repos.memberships.getMany(networkIds.map((n) => membershipDocId(n, member.id)));
  return memberships.some((m) => m?.status === 'active');
}
