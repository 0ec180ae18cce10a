// A round's per-question summary: from its running totals (one document, whatever the number of responses) when
// unfiltered and large; from the responses themselves when filtered or small (then free text is listed too).
import {
  aggregateToSummary,
  restoreAggregate,
  summariseResponses,
  templateVersion,
  type FormResponse,
  type FormRound,
  type FormSummary,
} from '@nithet/shared';
import type { BotDeps } from '../deps';

/** Up to this many responses a summary lists free text (read from the responses); beyond, the running totals serve. */
export const TEXTS_UP_TO = 1000;

export type SummaryFilter = { networkId?: string; schoolCode?: string; level?: string };

export async function allResponses(deps: BotDeps, roundId: string): Promise<FormResponse[]> {
  const out: FormResponse[] = [];
  let after: string | undefined;
  do {
    const page = await deps.repos.formResponses.list({
      where: [{ field: 'roundId', op: '==', value: roundId }],
      limit: 1000,
      ...(after ? { after } : {}),
    });
    out.push(...page.items);
    after = page.nextCursor;
  } while (after);
  return out.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
  }
  const responses = await allResponses(deps, round.id);
  return { summary: summariseResponses(definition, responses, { ...options, ...(filtered ? { filter } : {}) }), textsOmitted: false };
}
