// The people part of the data-quality board: incomplete and stale profiles, schools missing from their networks.
import { memberDisplayName, type Member } from '../../domain/member';
import type { Membership, Network } from '../../domain/network';
import type { School } from '../../domain/school';
import { canReceivePush } from '../../domain/reachability';
import { missingFields, isStale } from './rules';

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
