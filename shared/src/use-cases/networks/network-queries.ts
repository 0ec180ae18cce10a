// Read models of networks: my networks, networks to browse, a network's coordinators, and the actor.
import type { Repositories } from '../../store/repositories';
import { memberDisplayName, type Member } from '../../domain/member';
import type { Membership, Network } from '../../domain/network';
import type { Actor } from '../../auth/policy';
import type { NetworkMembersResponse } from '../../api/network-contracts';

const thai = new Intl.Collator('th');
const byName = (a: { name: string }, b: { name: string }) => thai.compare(a.name, b.name);

/** The actor behind an API call or a button press: roles from the member, coordinator networks from memberships. */
export async function loadActor(repos: Repositories, member: Member): Promise<Actor> {
  const { items } = await repos.memberships.list({
    where: [
      { field: 'memberId', op: '==', value: member.id },
      { field: 'role', op: '==', value: 'coordinator' },
      { field: 'status', op: '==', value: 'active' },
    ],
  });
  return { memberId: member.id, areaId: member.areaId, roles: member.roles, coordinatorOf: items.map((m) => m.networkId) };
}

export interface MyNetwork {
  network: Network;
  membership: Membership;
}

/** Networks the member belongs to or asked to join, Thai-sorted; archived ones are left out. */
export async function myNetworks(repos: Repositories, memberId: string): Promise<MyNetwork[]> {
  const { items } = await repos.memberships.list({ where: [{ field: 'memberId', op: '==', value: memberId }] });
  const live = items.filter((m) => m.status === 'active' || m.status === 'pending');
  const networks = await repos.networks.getMany(live.map((m) => m.networkId));
  return live
    .map((membership, i) => ({ membership, network: networks[i] }))
    .filter((x): x is MyNetwork => !!x.network && x.network.status === 'active')
    .sort((a, b) => byName(a.network, b.network));
}

/** Active networks of the office that suit the member: no level/subject set, or one in common. */
export async function browseNetworks(repos: Repositories, member: Member): Promise<Network[]> {
  const { items } = await repos.networks.list({
    where: [
      { field: 'areaId', op: '==', value: member.areaId },
      { field: 'status', op: '==', value: 'active' },
    ],
  });
  const levels = new Set(member.profile?.levels ?? []);
  const subjects = new Set(member.profile?.subjects ?? []);
  const school = member.profile?.schoolCode;
  // Networks of particular schools (partnerships, clusters) are offered only to those schools' people.
  const suits = (n: Network) =>
    (n.levels.length === 0 || n.levels.some((l) => levels.has(l))) &&
    (n.subjects.length === 0 || n.subjects.some((s) => subjects.has(s))) &&
    (n.schoolCodes.length === 0 || (school !== undefined && n.schoolCodes.includes(school)));
  return items.filter(suits).sort(byName);
}

/** Active coordinators of a network (member ids), who are asked to approve requests. */
export async function networkCoordinators(repos: Repositories, networkId: string): Promise<string[]> {
  const { items } = await repos.memberships.list({
    where: [
      { field: 'networkId', op: '==', value: networkId },
      { field: 'role', op: '==', value: 'coordinator' },
      { field: 'status', op: '==', value: 'active' },
    ],
  });
  return items.map((m) => m.memberId);
}

/** The rows of a network's member list: memberships joined with people and their schools (three reads). */
export async function networkMemberRows(repos: Repositories, network: Network): Promise<NetworkMembersResponse['members']> {
  const { items } = await repos.memberships.list({ where: [{ field: 'networkId', op: '==', value: network.id }] });
  const [people, schools] = await Promise.all([
    repos.members.getMany(items.map((m) => m.memberId)),
    repos.schools.list({ where: [{ field: 'areaId', op: '==', value: network.areaId }] }),
  ]);
  const schoolName = new Map(schools.items.map((s) => [s.code, s.name]));
  return items.map((m, i) => {
    const p = people[i];
    const code = p?.profile?.schoolCode ?? null;
    return {
      membershipId: m.id,
      memberId: m.memberId,
      name: p ? memberDisplayName(p) : '',
      schoolCode: code,
      schoolName: code ? (schoolName.get(code) ?? null) : null,
      levels: p?.profile?.levels ?? [],
      role: m.role,
      status: m.status,
      joinedAt: m.joinedAt,
    };
  });
}
