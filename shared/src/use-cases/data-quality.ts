// The data-quality view (work standard: accurate, complete, current) and the once-a-day nudge rule.
import dayjs from 'dayjs';
import { memberDisplayName, type Member } from '../domain/member';
import type { Membership, Network } from '../domain/network';
import type { School } from '../domain/school';
import { canReceivePush } from '../domain/reachability';
import { THAI_TZ } from '../dates';

export type MissingField = 'registration' | 'subjects' | 'levels';

export function missingFields(m: Member): MissingField[] {
  if (!m.profile) return ['registration'];
  const missing: MissingField[] = [];
  if (m.profile.subjects.length === 0) missing.push('subjects');
  if (m.profile.levels.length === 0) missing.push('levels');
  return missing;
}

export function isStale(m: Member, now: Date, staleDays: number): boolean {
  return m.profile !== null && (m.profileConfirmedAt === null || dayjs(now).diff(m.profileConfirmedAt, 'day') >= staleDays);
}

/** Nobody is nudged twice on the same Bangkok calendar day. */
export function nudgedToday(m: Pick<Member, 'lastNudgedAt'>, now: Date): boolean {
  if (!m.lastNudgedAt) return false;
  return dayjs(m.lastNudgedAt).tz(THAI_TZ).format('YYYY-MM-DD') === dayjs(now).tz(THAI_TZ).format('YYYY-MM-DD');
}

export interface DataQualityInput {
  now: Date;
  staleDays: number;
  members: Member[];
  networks: Network[];
  memberships: Membership[];
  schools: School[];
}

export function dataQuality(input: DataQualityInput) {
  const person = (m: Member) => ({
    memberId: m.id,
    name: memberDisplayName(m),
    schoolCode: m.profile?.schoolCode ?? null,
    missing: missingFields(m),
    profileConfirmedAt: m.profileConfirmedAt,
    lastNudgedAt: m.lastNudgedAt ?? null,
    reachable: canReceivePush(m),
  });
  const byId = new Map(input.members.map((m) => [m.id, m]));
  const schoolName = new Map(input.schools.map((s) => [s.code, s.name]));
  const schoolsWithoutMembers = input.networks
    .filter((n) => n.status === 'active')
    .flatMap((n) => {
      const present = new Set(
        input.memberships
          .filter((ms) => ms.networkId === n.id && ms.status === 'active')
          .map((ms) => byId.get(ms.memberId)?.profile?.schoolCode)
          .filter((c): c is string => !!c),
      );
      return n.schoolCodes
        .filter((c) => !present.has(c))
        .map((c) => ({ networkId: n.id, networkName: n.name, schoolCode: c, schoolName: schoolName.get(c) ?? '' }));
    });
  return {
    staleDays: input.staleDays,
    incomplete: input.members.filter((m) => missingFields(m).length > 0).map(person),
    stale: input.members.filter((m) => isStale(m, input.now, input.staleDays)).map(person),
    schoolsWithoutMembers,
  };
}
