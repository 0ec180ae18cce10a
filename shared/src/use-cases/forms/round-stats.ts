// A round's running totals: one document for the whole round and one per school, level and network, changed in the
// same transaction as each response, so any one-group view reads one document whatever the number of responses.
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import type { FormResponse, FormRound, FormStats, ResponseGroups } from '../../domain/form-rounds';
import type { FormDefinition } from '../../forms/definition';
import { addToAggregate, aggregateState, emptyAggregate, removeFromAggregate, restoreAggregate } from '../../forms/aggregate';

export type StatsGroup = { dimension: 'school' | 'level' | 'network'; key: string };

/** The round's totals document, or one group's (`roundId|school:1040010001`). */
export const statsDocId = (roundId: string, group?: StatsGroup): string => (group ? `${roundId}|${group.dimension}:${group.key}` : roundId);

/** Every group a response counts in: its school, each of its levels and networks. */
export function statsGroupsOf(groups: ResponseGroups): StatsGroup[] {
  return [
    ...(groups.schoolCode ? [{ dimension: 'school' as const, key: groups.schoolCode }] : []),
    ...[...new Set(groups.levels)].map((key) => ({ dimension: 'level' as const, key })),
    ...[...new Set(groups.networkIds)].map((key) => ({ dimension: 'network' as const, key })),
  ];
}

/** Moves a response's answers from its old totals (an edit) into the new ones, for the round and each of its groups. */
export async function updateRoundStats(
  repos: Repositories,
  tx: TransactionContext,
  input: { round: FormRound; definition: FormDefinition; before: FormResponse | null; after: FormResponse; at: string },
): Promise<void> {
  const { round, definition, before, after, at } = input;
  const stats = repos.formStats.inTx(tx);
  const oldIds = new Set([statsDocId(round.id), ...(before ? statsGroupsOf(before.groups).map((g) => statsDocId(round.id, g)) : [])]);
  const newIds = new Set([statsDocId(round.id), ...statsGroupsOf(after.groups).map((g) => statsDocId(round.id, g))]);
  const ids = [...new Set([...oldIds, ...newIds])];
  const current = await Promise.all(ids.map((id) => stats.get(id)));
  ids.forEach((id, i) => {
    const doc: FormStats | null = current[i] ?? null;
    const totals = doc ? restoreAggregate(definition, doc.state) : emptyAggregate(definition);
    if (before && oldIds.has(id)) removeFromAggregate(totals, before.answers, before.groups);
    if (newIds.has(id)) addToAggregate(totals, after.answers, after.groups);
    stats.put({
      id,
      areaId: round.areaId,
      roundId: round.id,
      state: aggregateState(totals),
      createdAt: doc?.createdAt ?? at,
      updatedAt: at,
    });
  });
}
