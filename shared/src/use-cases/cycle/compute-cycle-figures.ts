// The dashboard's numbers from one cycle's records (pure): networks, participation by month, needs with their trace, plan, scores.
import type { CycleFigures, CycleHeadline, MonthFigure, NeedTrace, ScoreGroup } from '../../domain/cycle-figures';
import { networkKinds, networkLevels, type Membership, type Network } from '../../domain/network';
import { participantCount } from '../../domain/network-activity';
import { planActivityKinds, planActivityStatuses, type PlanActivity } from '../../domain/plan';
import { bangkokDay, bangkokDayStart, cycleBounds, cycleDays, cycleMonths } from '../../domain/cycle';
import type { Seminar } from '../../domain/seminar';
import { cycleLabel, networkKindLabels, networkLevelLabels, planActivityKindLabels, planActivityStatusLabels } from '../../i18n/labels-th';
import { canShowBreakdown } from '../../forms/summary';
import { formatThaiMonthShort } from '../../dates';
import { addScore, addScoreState, emptyScore, scoreQuestionOf, scoreStats, type ScoreTotals } from './needs-ranking';
import { needsBreakdown } from './needs-breakdown';
import type { CycleData } from './load-cycle-data';

/** Below "มาก" on the usual Thai reading of a 5-point mean (3.51–4.50 = มาก): the need is not yet met. */
export const NEED_MET_MEAN = 3.51;

/** A membership counts at `t` once joined and until it was left (a left membership's last change is when it was left). */
const activeAt = (m: Membership, t: string) =>
  m.joinedAt !== null && m.joinedAt < t && (m.status === 'active' || (m.status === 'left' && m.updatedAt >= t));
/** A network counts at `t` once made and until archived (an archived network's last change is when it was archived). */
const networkAt = (n: Network, t: string) => n.createdAt < t && (n.status === 'active' || n.updatedAt >= t);
/** Seminars that happened or will: announced or finished (drafts and cancelled ones are not counted). */
const held = (s: Seminar) => s.status === 'announced' || s.status === 'finished';

function nextMonthStart(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return bangkokDayStart(next);
}

function scoreGroups<K extends string>(keys: readonly K[], labels: Record<K, string>, totals: Map<string, ScoreTotals>): ScoreGroup[] {
  return keys.map((key) => ({ key, label: labels[key], ...scoreStats(totals.get(key) ?? emptyScore()) }));
}

export function computeCycleFigures(data: CycleData, now: string, previous: CycleHeadline | null): CycleFigures {
  const { cycle } = data;
  const { to } = cycleBounds(cycle);
  const endAt = now < to ? now : to;
  const networks = data.networks.filter((n) => networkAt(n, endAt));
  const networkById = new Map(data.networks.map((n) => [n.id, n]));
  const counted = new Set(networks.map((n) => n.id));
  const memberships = data.memberships.filter((m) => counted.has(m.networkId) && activeAt(m, endAt));

  const groupOf = <K extends string>(keys: readonly K[], labels: Record<K, string>, keyOf: (n: Network) => K) =>
    keys.map((key) => ({
      key,
      label: labels[key],
      networks: networks.filter((n) => keyOf(n) === key).length,
      members: memberships.filter((m) => keyOf(networkById.get(m.networkId)!) === key).length,
    }));

  // Participation by month.
  const seminars = data.seminars.filter(held);
  const heldIds = new Set(seminars.map((s) => s.id));
  const seminarById = new Map(data.seminars.map((s) => [s.id, s]));
  const checkIns = data.checkIns.filter((r) => heldIds.has(r.seminarId));
  const monthOf = (iso: string) => bangkokDay(iso).slice(0, 7);
  /** Distinct members in an active membership of a network that existed at `t`. */
  const membersAt = (t: string) =>
    new Set(
      data.memberships
        .filter((m) => activeAt(m, t))
        .filter((m) => {
          const n = networkById.get(m.networkId);
          return n !== undefined && networkAt(n, t);
        })
        .map((m) => m.memberId),
    ).size;
  const months: MonthFigure[] = cycleMonths(cycle).map((month) => {
    const starts = bangkokDayStart(`${month}-01`);
    const end = nextMonthStart(month);
    const t = end < now ? end : now;
    const acts = data.networkActivities.filter((a) => a.date.slice(0, 7) === month);
    return {
      month,
      label: formatThaiMonthShort(month),
      members: starts > now ? 0 : membersAt(t),
      activityParticipants: acts.reduce((sum, a) => sum + participantCount(a), 0),
      networkActivities: acts.length,
      seminarAttendances: checkIns.filter((r) => monthOf(seminarById.get(r.seminarId)!.startsAt) === month).length,
      seminars: seminars.filter((s) => monthOf(s.startsAt) === month).length,
    };
  });
  const sum = (k: keyof MonthFigure) => months.reduce((acc, m) => acc + (m[k] as number), 0);

  // Seminar evaluations (overall item), overall and by the kinds and levels of each seminar's networks.
  const semOverall = emptyScore();
  const semByKind = new Map<string, ScoreTotals>();
  const semByLevel = new Map<string, ScoreTotals>();
  const bump = (m: Map<string, ScoreTotals>, key: string, v: number) => addScore(m.get(key) ?? m.set(key, emptyScore()).get(key)!, v);
  const evaluations = data.evaluations.filter((e) => heldIds.has(e.seminarId));
  for (const e of evaluations) {
    const v = e.ratings.overall;
    addScore(semOverall, v);
    const nets = (seminarById.get(e.seminarId)?.audience.networkIds ?? []).flatMap((id) => networkById.get(id) ?? []);
    for (const kind of new Set(nets.map((n) => n.kind))) bump(semByKind, kind, v);
    for (const level of new Set(nets.map((n) => n.level))) bump(semByLevel, level, v);
  }

  // Form 2: the overall rating, from the rounds' totals; kinds and levels add up their networks' groups.
  const f2Overall = emptyScore();
  const f2ByKind = new Map<string, ScoreTotals>();
  const f2ByLevel = new Map<string, ScoreTotals>();
  let f2Rounds = 0;
  for (const r of data.evaluationRounds) {
    const q = scoreQuestionOf(r.definition);
    if (!q) continue;
    f2Rounds += 1;
    if (r.overall) addScoreState(f2Overall, q.id, r.overall);
    for (const g of r.groups) {
      const n = g.dimension === 'network' ? networkById.get(g.key) : undefined;
      if (!n || !canShowBreakdown(g.state.respondents, r.round.anonymous)) continue;
      addScoreState(f2ByKind.get(n.kind) ?? f2ByKind.set(n.kind, emptyScore()).get(n.kind)!, q.id, g.state);
      addScoreState(f2ByLevel.get(n.level) ?? f2ByLevel.set(n.level, emptyScore()).get(n.level)!, q.id, g.state);
    }
  }

  // Needs and their trace: need → activities → evaluation of the seminars made from them → still open?
  const needs = needsBreakdown(data.needsRounds, data.networks);
  const seminarsOf = (a: PlanActivity) => seminars.filter((s) => s.planActivityId === a.id);
  const openRecommendation = new Set(data.recommendations.filter((r) => r.status === 'open' && r.needKey).map((r) => r.needKey));
  const top: NeedTrace[] = needs.top.map((need) => {
    const activities = data.activities.filter((a) => a.answersNeeds.includes(need.key));
    const linked = new Set(activities.flatMap((a) => seminarsOf(a).map((s) => s.id)));
    const score = emptyScore();
    for (const e of evaluations) if (linked.has(e.seminarId)) addScore(score, e.ratings.overall);
    const evaluation = score.n > 0 ? scoreStats(score) : null;
    const met = activities.some((a) => a.status === 'done') && (evaluation?.mean ?? NEED_MET_MEAN) >= NEED_MET_MEAN;
    return {
      ...need,
      activities: activities.map((a) => ({
        id: a.id,
        title: a.title,
        kind: a.kind,
        status: a.status,
        startsOn: a.startsOn,
        seminarId: seminarsOf(a)[0]?.id ?? null,
      })),
      evaluation,
      open: !met || openRecommendation.has(need.key),
    };
  });
  const needsOpen = top.filter((n) => n.open).length;

  const acts = data.activities;
  const budgeted = acts.filter((a) => a.budget !== null);
  const recommendations = data.recommendations.map((r) => ({
    id: r.id,
    text: r.text,
    status: r.status,
    needKey: r.needKey,
    networkKind: r.networkKind,
    fromYearBE: r.fromYearBE,
  }));
  const form2 = scoreStats(f2Overall);
  const seminarScore = scoreStats(semOverall);
  const members = new Set(memberships.map((m) => m.memberId)).size;
  const headline: CycleHeadline = {
    yearBE: cycle.yearBE,
    networks: networks.length,
    members,
    seminars: seminars.length,
    seminarAttendances: checkIns.length,
    networkActivities: sum('networkActivities'),
    activityParticipants: sum('activityParticipants'),
    needsRespondents: needs.respondents,
    needsAnswered: top.length - needsOpen,
    needsOpen,
    planActivities: acts.length,
    planActivitiesDone: acts.filter((a) => a.status === 'done').length,
    evaluationMean: form2.mean,
    seminarEvaluationMean: seminarScore.mean,
    recommendationsOpen: recommendations.filter((r) => r.status === 'open').length,
  };

  return {
    office: { areaId: data.area.id, name: data.area.name },
    period: { yearBE: cycle.yearBE, kind: cycle.periodKind, label: cycleLabel(cycle), ...cycleDays(cycle) },
    generatedAt: now,
    headline,
    networks: {
      total: networks.length,
      members,
      coordinators: new Set(memberships.filter((m) => m.role === 'coordinator').map((m) => m.memberId)).size,
      byKind: groupOf(networkKinds, networkKindLabels, (n) => n.kind),
      byLevel: groupOf(networkLevels, networkLevelLabels, (n) => n.level),
    },
    participation: {
      months,
      totals: {
        networkActivities: headline.networkActivities,
        activityParticipants: headline.activityParticipants,
        seminars: headline.seminars,
        seminarAttendances: headline.seminarAttendances,
      },
    },
    needs: {
      rounds: needs.rounds,
      respondents: needs.respondents,
      top,
      byNetworkKind: needs.byNetworkKind,
      byNetworkLevel: needs.byNetworkLevel,
      byEducationLevel: needs.byEducationLevel,
      answered: headline.needsAnswered,
      open: needsOpen,
    },
    plan: {
      planId: data.plan?.id ?? null,
      activities: acts.length,
      byStatus: planActivityStatuses.map((key) => ({
        key,
        label: planActivityStatusLabels[key],
        count: acts.filter((a) => a.status === key).length,
      })),
      byKind: planActivityKinds.map((key) => ({
        key,
        label: planActivityKindLabels[key],
        count: acts.filter((a) => a.kind === key).length,
      })),
      budgetPlanned: budgeted.reduce((s, a) => s + (a.budget ?? 0), 0),
      activitiesWithBudget: budgeted.length,
    },
    evaluation: {
      form2: {
        rounds: f2Rounds,
        overall: form2,
        byNetworkKind: scoreGroups(networkKinds, networkKindLabels, f2ByKind),
        byNetworkLevel: scoreGroups(networkLevels, networkLevelLabels, f2ByLevel),
      },
      seminars: {
        overall: seminarScore,
        byNetworkKind: scoreGroups(networkKinds, networkKindLabels, semByKind),
        byNetworkLevel: scoreGroups(networkLevels, networkLevelLabels, semByLevel),
      },
    },
    recommendations,
    previous,
  };
}

/** Whether a cycle has anything recorded of its own (else it is no year to compare with). */
export const hasOwnRecords = (data: CycleData): boolean =>
  data.plan !== null ||
  data.seminars.length > 0 ||
  data.needsRounds.length > 0 ||
  data.evaluationRounds.length > 0 ||
  data.networkActivities.length > 0 ||
  data.recommendations.length > 0;
