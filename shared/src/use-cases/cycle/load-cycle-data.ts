// Reads what one cycle's figures are made of, once, so the dashboard and the Form 3 report count from the same records.
import type { Repositories } from '../../store/repositories';
import { AppError } from '../../errors';
import type { Area } from '../../domain/area';
import type { Membership, Network } from '../../domain/network';
import type { Rsvp, Seminar } from '../../domain/seminar';
import type { SeminarEvaluation } from '../../domain/seminar-evaluation';
import type { NetworkActivity } from '../../domain/network-activity';
import { planDocId, type Plan, type PlanActivity, type Recommendation } from '../../domain/plan';
import { cycleBounds, cycleDays, type Cycle } from '../../domain/cycle';
import { loadCycleRounds, type RoundTotals } from './cycle-rounds';

export type CycleData = {
  area: Area;
  cycle: Cycle;
  networks: Network[];
  memberships: Membership[];
  plan: Plan | null;
  activities: PlanActivity[];
  /** Seminars starting within the cycle. */
  seminars: Seminar[];
  /** Checked-in RSVPs of those seminars. */
  checkIns: Rsvp[];
  evaluations: SeminarEvaluation[];
  needsRounds: RoundTotals[];
  evaluationRounds: RoundTotals[];
  /** Network activities held within the cycle (step 4's log). */
  networkActivities: NetworkActivity[];
  recommendations: Recommendation[];
};

const byArea = (areaId: string) => [{ field: 'areaId', op: '==' as const, value: areaId }];

/** The office's plan of a cycle and its activities (sorted by start day, undated last, then title). */
export async function loadPlan(repos: Repositories, areaId: string, c: Cycle): Promise<{ plan: Plan | null; activities: PlanActivity[] }> {
  const plan = await repos.plans.get(planDocId(areaId, c));
  if (!plan || plan.areaId !== areaId) return { plan: null, activities: [] };
  const { items } = await repos.planActivities.list({ where: [{ field: 'planId', op: '==', value: plan.id }] });
  const activities = items
    .filter((a) => a.areaId === areaId)
    .sort(
      (a, b) =>
        (a.startsOn ?? '9999').localeCompare(b.startsOn ?? '9999') || a.title.localeCompare(b.title, 'th') || a.id.localeCompare(b.id),
    );
  return { plan, activities };
}

/** Seminars of the office starting within the cycle. */
export async function seminarsOfCycle(repos: Repositories, areaId: string, c: Cycle): Promise<Seminar[]> {
  const { from, to } = cycleBounds(c);
  const { items } = await repos.seminars.list({
    where: [...byArea(areaId), { field: 'startsAt', op: '>=', value: from }, { field: 'startsAt', op: '<', value: to }],
    orderBy: [{ field: 'startsAt' }],
  });
  return items;
}

export async function recommendationsOfCycle(repos: Repositories, areaId: string, c: Cycle): Promise<Recommendation[]> {
  const { items } = await repos.recommendations.list({
    where: [...byArea(areaId), { field: 'yearBE', op: '==', value: c.yearBE }, { field: 'periodKind', op: '==', value: c.periodKind }],
  });
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

export async function loadCycleData(repos: Repositories, areaId: string, c: Cycle): Promise<CycleData> {
  const { startsOn, endsOn } = cycleDays(c);
  const [area, networks, memberships, planned, seminars, rounds, networkActivities, recommendations] = await Promise.all([
    repos.areas.get(areaId),
    repos.networks.list({ where: byArea(areaId) }),
    repos.memberships.list({ where: byArea(areaId) }),
    loadPlan(repos, areaId, c),
    seminarsOfCycle(repos, areaId, c),
    loadCycleRounds(repos, areaId, c),
    repos.networkActivities.list({
      where: [...byArea(areaId), { field: 'date', op: '>=', value: startsOn }, { field: 'date', op: '<=', value: endsOn }],
    }),
    recommendationsOfCycle(repos, areaId, c),
  ]);
  if (!area) throw new AppError('area/not-found', `No area ${areaId}`);
  const perSeminar = await Promise.all(
    seminars.map(async (s) => {
      const [rsvps, evaluations] = await Promise.all([
        repos.rsvps.list({ where: [{ field: 'seminarId', op: '==', value: s.id }] }),
        repos.seminarEvaluations.list({ where: [{ field: 'seminarId', op: '==', value: s.id }] }),
      ]);
      return { checkIns: rsvps.items.filter((r) => r.checkedInAt !== null && r.areaId === areaId), evaluations: evaluations.items };
    }),
  );
  return {
    area,
    cycle: c,
    networks: networks.items,
    memberships: memberships.items,
    ...planned,
    seminars,
    checkIns: perSeminar.flatMap((p) => p.checkIns),
    evaluations: perSeminar.flatMap((p) => p.evaluations).filter((e) => e.areaId === areaId),
    needsRounds: rounds.needs,
    evaluationRounds: rounds.evaluations,
    networkActivities: networkActivities.items,
    recommendations,
  };
}
