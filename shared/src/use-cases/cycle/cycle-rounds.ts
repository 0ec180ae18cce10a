// The Form 1 and Form 2 rounds a cycle counts, with their running totals (one stats document per round and group, never every response).
import type { Repositories } from '../../store/repositories';
import type { AggregateState } from '../../forms/aggregate';
import type { FormDefinition, FormDefinitionKind } from '../../forms/definition';
import { formTemplateDocId, type FormRound } from '../../domain/form-rounds';
import { cycleBounds, type Cycle } from '../../domain/cycle';

export type GroupDimension = 'school' | 'level' | 'network';
export type RoundTotals = {
  round: FormRound;
  definition: FormDefinition;
  /** The whole round's totals (null before the first response). */
  overall: AggregateState | null;
  groups: { dimension: GroupDimension; key: string; state: AggregateState }[];
};

/** A needs survey done in the months before a cycle still feeds its plan when the cycle has none of its own. */
const RUN_UP_DAYS = 183;

/**
 * The rounds of a kind a cycle counts, newest first: those opened within the cycle; a cycle without one counts the
 * newest opened in the half year before it (the survey done in the run-up). Drafts never count.
 */
export function roundsOfCycle(
  rounds: readonly { round: FormRound; kind: FormDefinitionKind }[],
  kind: FormDefinitionKind,
  c: Cycle,
): FormRound[] {
  const { from, to } = cycleBounds(c);
  const candidates = rounds
    .filter((r) => r.kind === kind && r.round.status !== 'draft')
    .map((r) => r.round)
    .sort((a, b) => b.opensAt.localeCompare(a.opensAt) || a.id.localeCompare(b.id));
  const inside = candidates.filter((r) => r.opensAt >= from && r.opensAt < to);
  if (inside.length > 0 || kind !== 'needs-survey') return inside;
  const runUp = new Date(Date.parse(from) - RUN_UP_DAYS * 24 * 3600_000).toISOString();
  return candidates.filter((r) => r.opensAt >= runUp && r.opensAt < from).slice(0, 1);
}

const DIMENSION = /^(school|level|network):(.+)$/;

/** Loads the counted rounds of both kinds with their definitions and totals. */
export async function loadCycleRounds(
  repos: Repositories,
  areaId: string,
  c: Cycle,
): Promise<{ needs: RoundTotals[]; evaluations: RoundTotals[] }> {
  const { items: rounds } = await repos.formRounds.list({ where: [{ field: 'areaId', op: '==', value: areaId }] });
  const templateIds = [...new Set(rounds.map((r) => formTemplateDocId(areaId, r.templateId, r.templateVersion)))];
  const templates = await repos.formTemplates.getMany(templateIds);
  const definitions = new Map(templates.flatMap((t) => (t ? [[t.id, t.definition] as const] : [])));
  const definitionOf = (r: FormRound) => definitions.get(formTemplateDocId(areaId, r.templateId, r.templateVersion));
  const known = rounds.flatMap((round) => {
    const def = definitionOf(round);
    return def ? [{ round, kind: def.kind }] : [];
  });
  const load = async (round: FormRound): Promise<RoundTotals> => {
    const { items } = await repos.formStats.list({ where: [{ field: 'roundId', op: '==', value: round.id }] });
    const groups: RoundTotals['groups'] = [];
    let overall: AggregateState | null = null;
    for (const doc of items) {
      if (doc.areaId !== areaId) continue;
      if (doc.id === round.id) overall = doc.state;
      const m = DIMENSION.exec(doc.id.slice(round.id.length + 1));
      if (doc.id.startsWith(`${round.id}|`) && m) groups.push({ dimension: m[1] as GroupDimension, key: m[2]!, state: doc.state });
    }
    return { round, definition: definitionOf(round)!, overall, groups };
  };
  const [needs, evaluations] = await Promise.all([
    Promise.all(roundsOfCycle(known, 'needs-survey', c).map(load)),
    Promise.all(roundsOfCycle(known, 'evaluation', c).map(load)),
  ]);
  return { needs, evaluations };
}
