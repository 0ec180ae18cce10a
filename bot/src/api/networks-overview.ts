// The supervisor's overview: every network of the office with member counts by school and by level.
import { toNetworkView, type NetworksOverviewResponse, type EducationLevel } from '@nithet/shared';
import type { BotDeps } from '../deps';

export async function networksOverview(deps: BotDeps, areaId: string): Promise<NetworksOverviewResponse> {
  const inArea = { where: [{ field: 'areaId', op: '==' as const, value: areaId }] };
  const [networks, memberships, members, schools] = await Promise.all([
    deps.repos.networks.list(inArea),
    deps.repos.memberships.list(inArea),
    deps.repos.members.list(inArea),
    deps.repos.schools.list(inArea),
  ]);
  const memberById = new Map(members.items.map((m) => [m.id, m]));
  const schoolName = new Map(schools.items.map((s) => [s.code, s.name]));
  const thai = new Intl.Collator('th');
  return {
    networks: networks.items
      .sort((a, b) => thai.compare(a.name, b.name))
      .map((network) => {
        const mine = memberships.items.filter((m) => m.networkId === network.id);
        const active = mine.filter((m) => m.status === 'active').map((m) => memberById.get(m.memberId));
        const bySchool = new Map<string, number>();
        const byLevel = new Map<EducationLevel, number>();
        for (const p of active) {
          if (p?.profile) bySchool.set(p.profile.schoolCode, (bySchool.get(p.profile.schoolCode) ?? 0) + 1);
          for (const l of p?.profile?.levels ?? []) byLevel.set(l, (byLevel.get(l) ?? 0) + 1);
        }
        return {
          network: toNetworkView(network, { manager: true }),
          active: active.length,
          pending: mine.filter((m) => m.status === 'pending').length,
          bySchool: [...bySchool]
            .map(([schoolCode, count]) => ({ schoolCode, schoolName: schoolName.get(schoolCode) ?? '', count }))
            .sort((a, b) => b.count - a.count),
          byLevel: [...byLevel].map(([level, count]) => ({ level, count })),
        };
      }),
  };
}
