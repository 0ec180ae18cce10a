// Reading the log: a network's activities for its managers, and what the record form offers to pick from.
import type { Actor } from '../../auth/policy';
import { memberDisplayName } from '../../domain/member';
import { schoolDocId } from '../../domain/school';
import type { Seminar } from '../../domain/seminar';
import { COLLECTIONS } from '../../store/collections';
import type { Repositories } from '../../store/repositories';
import { canManageAudience } from '../seminars/seminar-policy';
import { seminarRsvps } from '../seminars/check-in';
import type { ActivityOptionsResponse, ActivityPerson, NetworkActivitiesResponse } from './contracts';
import { managedNetwork } from './network-access';
import { activityViews } from './views';

const thai = new Intl.Collator('th');
const YEAR_MS = 365 * 24 * 3600_000;

export async function listNetworkActivities(repos: Repositories, actor: Actor, networkId: string): Promise<NetworkActivitiesResponse> {
  const network = await managedNetwork(repos, actor, networkId);
  const { items } = await repos.networkActivities.list({
    where: [{ field: 'networkId', op: '==', value: network.id }],
    orderBy: [{ field: 'date', direction: 'desc' }],
    limit: 500,
  });
  return { network: { id: network.id, name: network.name }, activities: await activityViews(repos, items) };
}

/** Name and school of each member, in the order given (unknown members are left out). */
async function people(repos: Repositories, areaId: string, memberIds: readonly string[]): Promise<ActivityPerson[]> {
  const members = await repos.members.getMany(memberIds);
  const codes = [...new Set(members.map((m) => m?.profile?.schoolCode).filter((c): c is string => Boolean(c)))];
  const schools = await repos.schools.getMany(codes.map((c) => schoolDocId(areaId, c)));
  const schoolName = new Map(schools.filter((s) => s !== null).map((s) => [s.code, s.name]));
  return members
    .filter((m) => m !== null && m.areaId === areaId)
    .map((m) => ({ memberId: m!.id, name: memberDisplayName(m!), schoolName: schoolName.get(m!.profile?.schoolCode ?? '') ?? '' }))
    .sort((a, b) => thai.compare(a.name, b.name));
}

/** Seminars of the last year that were for this network, or that the actor manages, which have started. */
function seminarChoices(seminars: Seminar[], actor: Actor, networkId: string, now: Date): Seminar[] {
  return seminars
    .filter((s) => s.status === 'announced' || s.status === 'finished')
    .filter((s) => s.audience.networkIds.includes(networkId) || canManageAudience(actor, s.audience))
    .filter((s) => Date.parse(s.startsAt) <= now.getTime() && Date.parse(s.startsAt) >= now.getTime() - YEAR_MS)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt))
    .slice(0, 20);
}

export async function activityOptions(repos: Repositories, actor: Actor, networkId: string, now: Date): Promise<ActivityOptionsResponse> {
  const network = await managedNetwork(repos, actor, networkId);
  const [memberships, seminars, planned] = await Promise.all([
    repos.memberships.list({ where: [{ field: 'networkId', op: '==', value: network.id }] }),
    repos.seminars.list({ where: [{ field: 'areaId', op: '==', value: actor.areaId }] }),
    // Raw documents: only the id and title of a planned activity are needed here.
    repos.store.query(COLLECTIONS.planActivities, { where: [{ field: 'networkIds', op: 'array-contains', value: network.id }] }),
  ]);
  const active = memberships.items.filter((m) => m.status === 'active').map((m) => m.memberId);
  const chosen = seminarChoices(seminars.items, actor, network.id, now);
  const checkedIn = await Promise.all(
    chosen.map(async (s) => (await seminarRsvps(repos, s.id)).filter((r) => r.checkedInAt !== null).map((r) => r.memberId)),
  );
  const everyone = await people(repos, actor.areaId, [...new Set([...active, ...checkedIn.flat()])]);
  const byId = new Map(everyone.map((p) => [p.memberId, p]));
  const pick = (ids: string[]) => everyone.filter((p) => ids.includes(p.memberId));
  return {
    network: { id: network.id, name: network.name },
    members: pick(active),
    seminars: chosen.map((s, i) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      checkedIn: checkedIn[i]!.map((id) => byId.get(id)).filter((p): p is ActivityPerson => p !== undefined),
    })),
    planActivities: planned.docs
      .filter((d) => d.data.areaId === actor.areaId && typeof d.data.title === 'string')
      .map((d) => ({ id: d.id, title: String(d.data.title) })),
  };
}
