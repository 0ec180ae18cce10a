// What the plan page shows for a cycle: the plan and its activities (with their seminars), the needs beside it, the form's choices.
import type { Repositories } from '../../store/repositories';
import type { Actor } from '../../auth/policy';
import { cycleDays, planWindow, type Cycle } from '../../domain/cycle';
import { memberDisplayName } from '../../domain/member';
import { cycleLabel } from '../../i18n/labels-th';
import type { PlanViewResponse } from '../../api/plan-contracts';
import { loadPlan, seminarsOfCycle } from '../cycle/load-cycle-data';
import { loadCycleRounds } from '../cycle/cycle-rounds';
import { needsBreakdown } from '../cycle/needs-breakdown';
import { assertStaff } from './manage-plan';

const byArea = (areaId: string) => [{ field: 'areaId', op: '==' as const, value: areaId }];

export async function planView(repos: Repositories, actor: Actor, c: Cycle): Promise<PlanViewResponse> {
  assertStaff(actor);
  const areaId = actor.areaId;
  const [{ plan, activities }, seminars, rounds, networks, schools, staff] = await Promise.all([
    loadPlan(repos, areaId, c),
    seminarsOfCycle(repos, areaId, c),
    loadCycleRounds(repos, areaId, c),
    repos.networks.list({ where: byArea(areaId) }),
    repos.schools.list({ where: byArea(areaId) }),
    repos.members.list({ where: [...byArea(areaId), { field: 'roles', op: 'array-contains', value: 'supervisor' }] }),
  ]);
  const seminarOf = new Map(seminars.flatMap((s) => (s.planActivityId ? [[s.planActivityId, s] as const] : [])));
  const active = networks.items.filter((n) => n.status === 'active');
  const coordinators = new Set(
    (await repos.memberships.list({ where: [...byArea(areaId), { field: 'role', op: '==', value: 'coordinator' }] })).items
      .filter((m) => m.status === 'active')
      .map((m) => m.memberId),
  );
  const coordinatorMembers = (await repos.members.getMany([...coordinators])).flatMap((m) => (m && m.areaId === areaId ? [m] : []));
  const owners = new Map([...staff.items, ...coordinatorMembers].map((m) => [m.id, memberDisplayName(m)]));
  const needs = needsBreakdown(rounds.needs, networks.items, { schoolNames: new Map(schools.items.map((s) => [s.code, s.name])) });
  return {
    cycle: c,
    label: cycleLabel(c),
    period: cycleDays(c),
    window: planWindow(c),
    plan,
    activities: activities.map((a) => {
      const s = seminarOf.get(a.id);
      return { ...a, seminar: s ? { id: s.id, title: s.title, startsAt: s.startsAt, status: s.status } : null };
    }),
    needs,
    networks: active
      .map((n) => ({ id: n.id, name: n.name, kind: n.kind, level: n.level }))
      .sort((a, b) => a.name.localeCompare(b.name, 'th')),
    owners: [...owners.entries()].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'th')),
  };
}
