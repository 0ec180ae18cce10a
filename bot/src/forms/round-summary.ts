// A round's per-question summary: from its running totals (one document, whatever the number of responses) when
// unfiltered and large; from the responses themselves when filtered (only that group's, found by the store) or
// small (then free text is listed too).
import {
  aggregateToSummary,
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
  const out: FormResponse[] = [];
  let after: string | undefined;
  do {
    const page = await deps.repos.formResponses.list({ where, limit: 1000, ...(after ? { after } : {}) });
    out.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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

export async function questionSummary(
  deps: BotDeps,
  round: FormRound,
  filter: SummaryFilter,
): Promise<{ summary: FormSummary | null; textsOmitted: boolean }> {
  const filtered = Object.keys(filter).length > 0;
  const { definition } = await templateVersion(deps.repos, round.areaId, round.templateId, round.templateVersion);
  const options = { anonymous: round.anonymous };
  if (!filtered) {
    const stats = await deps.repos.formStats.get(round.id);
    if (!stats) return { summary: summariseResponses(definition, [], options), textsOmitted: false };
    if (stats.state.respondents > TEXTS_UP_TO)
      return { summary: aggregateToSummary(restoreAggregate(definition, stats.state), options), textsOmitted: true };
    return { summary: summariseResponses(definition, await allResponses(deps, round.id), options), textsOmitted: false };
  }
  const responses = await groupResponses(deps, round.id, filter);
  return { summary: summariseResponses(definition, responses, { ...options, filter }), textsOmitted: false };
}
