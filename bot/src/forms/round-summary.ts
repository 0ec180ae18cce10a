// A round's per-question summary: from its running totals (one document for the round or for one school, level or
// network, whatever the number of responses) when large; from the responses themselves when small (then free text
// is listed too) or when a filter names several groups at once (only those responses, found by the store).
import {
  aggregateToSummary,
  canShowBreakdown,
  emptyAggregate,
  statsDocId,
  type StatsGroup,
  restoreAggregate,
  summariseResponses,
  templateVersion,
  type FormResponse,
  type FormRound,
  type FormSummary,
  type Where,
} from '@nithet/shared';
import type { BotDeps } from '../deps';

/** Up to this many responses a summary lists free text (read from the responses); beyond, the running totals serve. */
export const TEXTS_UP_TO = 1000;

export type SummaryFilter = { networkId?: string; schoolCode?: string; level?: string };

async function responsesWhere(deps: BotDeps, where: Where[]): Promise<FormResponse[]> {
  return deps.repos.formResponses.listAll({ where, limit: 1000 });
}

export const allResponses = (deps: BotDeps, roundId: string): Promise<FormResponse[]> =>
  responsesWhere(deps, [{ field: 'roundId', op: '==', value: roundId }]);

/**
 * Only one group's responses: the school by equality, a network (or else a level) by array-contains — Firestore
 * allows one array-contains per query; the summary checks the whole filter again.
 */
function groupResponses(deps: BotDeps, roundId: string, filter: SummaryFilter): Promise<FormResponse[]> {
  const where: Where[] = [{ field: 'roundId', op: '==', value: roundId }];
  if (filter.schoolCode) where.push({ field: 'groups.schoolCode', op: '==', value: filter.schoolCode });
  if (filter.networkId) where.push({ field: 'groups.networkIds', op: 'array-contains', value: filter.networkId });
  else if (filter.level) where.push({ field: 'groups.levels', op: 'array-contains', value: filter.level });
  return responsesWhere(deps, where);
}

/** The one group a filter names, when it names exactly one (the running totals keep one document per group). */
function singleGroup(filter: SummaryFilter): StatsGroup | null {
  const named: StatsGroup[] = [
    ...(filter.schoolCode ? [{ dimension: 'school' as const, key: filter.schoolCode }] : []),
    ...(filter.level ? [{ dimension: 'level' as const, key: filter.level }] : []),
    ...(filter.networkId ? [{ dimension: 'network' as const, key: filter.networkId }] : []),
  ];
  return named.length === 1 ? named[0]! : null;
}

export async function questionSummary(
  deps: BotDeps,
  round: FormRound,
  filter: SummaryFilter,
): Promise<{ summary: FormSummary | null; textsOmitted: boolean }> {
  const filtered = Object.keys(filter).length > 0;
  const { definition } = await templateVersion(deps.repos, round.areaId, round.templateId, round.templateVersion);
  const options = { anonymous: round.anonymous };
  const whole = await deps.repos.formStats.get(statsDocId(round.id));
  if (!whole) return { summary: filtered ? null : summariseResponses(definition, [], options), textsOmitted: false };
  // A large round is summarised from its running totals (free text is in the export); a small one from its responses.
  const group = singleGroup(filter);
  if (whole.state.respondents > TEXTS_UP_TO && (!filtered || group)) {
    const stats = group ? await deps.repos.formStats.get(statsDocId(round.id, group)) : whole;
    const n = stats?.state.respondents ?? 0;
    if (group && !canShowBreakdown(n, round.anonymous)) return { summary: null, textsOmitted: true };
    const totals = stats ? restoreAggregate(definition, stats.state) : emptyAggregate(definition);
    return { summary: aggregateToSummary(totals, options), textsOmitted: true };
  }
  const responses = filtered ? await groupResponses(deps, round.id, filter) : await allResponses(deps, round.id);
  return { summary: summariseResponses(definition, responses, { ...options, ...(filtered ? { filter } : {}) }), textsOmitted: false };
}
