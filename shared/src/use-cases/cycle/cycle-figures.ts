// cycleFigures: the one computation behind the office dashboard and the Form 3 report, so their numbers always match.
import type { Repositories } from '../../store/repositories';
import { systemClock, type Clock } from '../../ports/clock';
import { cycleSchema, previousCycle, type Cycle } from '../../domain/cycle';
import type { CycleFigures } from '../../domain/cycle-figures';
import { parseOrThrow } from '../../validation';
import { loadCycleData } from './load-cycle-data';
import { computeCycleFigures, hasOwnRecords } from './compute-cycle-figures';

/**
 * Every figure of one cycle of an office, with the previous cycle's headline for year-over-year (null when that
 * cycle has nothing recorded of its own).
 */
export async function cycleFigures(
  repos: Repositories,
  areaId: string,
  cycle: Cycle,
  options: { clock?: Clock } = {},
): Promise<CycleFigures> {
  const c = parseOrThrow(cycleSchema, cycle, 'Cycle');
  const now = (options.clock ?? systemClock).now().toISOString();
  const [data, before] = await Promise.all([loadCycleData(repos, areaId, c), loadCycleData(repos, areaId, previousCycle(c))]);
  const previous = hasOwnRecords(before) ? computeCycleFigures(before, now, null).headline : null;
  return computeCycleFigures(data, now, previous);
}
