// The needs of a cycle's Form 1 rounds overall and by network kind, network level, education level and school (pure).
import { canShowBreakdown } from '../../forms/summary';
import { networkKinds, networkLevels, type Network } from '../../domain/network';
import { educationLevels } from '../../domain/school';
import type { NeedFigure, NeedGroup } from '../../domain/cycle-figures';
import { educationLevelLabels, networkKindLabels, networkLevelLabels } from '../../i18n/labels-th';
import { addNeedState, emptyNeedTotals, needQuestionsOf, rankNeeds, type NeedTotals } from './needs-ranking';
import type { RoundTotals } from './cycle-rounds';

export type NeedsBreakdown = {
  rounds: { id: string; title: string; respondents: number }[];
  respondents: number;
  /** Every need someone chose, most chosen first. */
  top: NeedFigure[];
  byNetworkKind: NeedGroup[];
  byNetworkLevel: NeedGroup[];
  byEducationLevel: NeedGroup[];
  /** Schools with answers, most respondents first. */
  bySchool: NeedGroup[];
};

export type BreakdownOptions = {
  /** Needs listed per group (default 5). */
  perGroup?: number;
  /** School code → name (unknown codes show the code). */
  schoolNames?: ReadonlyMap<string, string>;
};

const group = (key: string, label: string, totals: NeedTotals, perGroup: number): NeedGroup => ({
  key,
  label,
  respondents: totals.respondents,
  needs: rankNeeds(totals)
    .filter((n) => n.count > 0)
    .slice(0, perGroup),
});

/**
 * Groups come from the rounds' per-group totals: a network kind or level adds up its networks' totals (someone in two
 * networks of one kind counts in both). In anonymous rounds a group of fewer than 5 answers is left out.
 */
export function needsBreakdown(
  rounds: readonly RoundTotals[],
  networks: readonly Network[],
  options: BreakdownOptions = {},
): NeedsBreakdown {
  const perGroup = options.perGroup ?? 5;
  const networkById = new Map(networks.map((n) => [n.id, n]));
  const overall = emptyNeedTotals();
  const byKind = new Map<string, NeedTotals>();
  const byNetLevel = new Map<string, NeedTotals>();
  const byEduLevel = new Map<string, NeedTotals>();
  const bySchool = new Map<string, NeedTotals>();
  const into = (m: Map<string, NeedTotals>, key: string) => m.get(key) ?? m.set(key, emptyNeedTotals()).get(key)!;
  const counted: NeedsBreakdown['rounds'] = [];
  for (const r of rounds) {
    const questions = needQuestionsOf(r.definition);
    if (!questions) continue;
    counted.push({ id: r.round.id, title: r.round.title, respondents: r.overall?.respondents ?? 0 });
    if (r.overall) addNeedState(overall, questions, r.overall);
    for (const g of r.groups) {
      if (!canShowBreakdown(g.state.respondents, r.round.anonymous)) continue;
      if (g.dimension === 'school') addNeedState(into(bySchool, g.key), questions, g.state);
      else if (g.dimension === 'level') addNeedState(into(byEduLevel, g.key), questions, g.state);
      else {
        const n = networkById.get(g.key);
        if (!n) continue;
        addNeedState(into(byKind, n.kind), questions, g.state);
        addNeedState(into(byNetLevel, n.level), questions, g.state);
      }
    }
  }
  const inOrder = <K extends string>(keys: readonly K[], m: Map<string, NeedTotals>, labels: Record<K, string>) =>
    keys.filter((k) => m.has(k)).map((k) => group(k, labels[k], m.get(k)!, perGroup));
  return {
    rounds: counted,
    respondents: overall.respondents,
    top: rankNeeds(overall).filter((n) => n.count > 0),
    byNetworkKind: inOrder(networkKinds, byKind, networkKindLabels),
    byNetworkLevel: inOrder(networkLevels, byNetLevel, networkLevelLabels),
    byEducationLevel: inOrder(educationLevels, byEduLevel, educationLevelLabels),
    bySchool: [...bySchool.entries()]
      .map(([code, t]) => group(code, options.schoolNames?.get(code) ?? code, t, perGroup))
      .sort((a, b) => b.respondents - a.respondents || a.key.localeCompare(b.key)),
  };
}
