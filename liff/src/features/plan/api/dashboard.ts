// The dashboard API (staff read, supervisors change): the cycle's figures, its recommendations, starting the next cycle.
import {
  PLAN_PATHS,
  cycleQuery,
  dashboardResponseSchema,
  nextCycleResponseSchema,
  recommendationResponseSchema,
  type Cycle,
  type CycleFigures,
  type NextCycleResponse,
  type Recommendation,
  type RecommendationInput,
} from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export async function getDashboard(cycle: Cycle, signal?: AbortSignal): Promise<CycleFigures> {
  return (await apiRequest(`${PLAN_PATHS.dashboard}?${cycleQuery(cycle)}`, dashboardResponseSchema, { signal })).figures;
}

export async function createRecommendation(cycle: Cycle, body: RecommendationInput): Promise<Recommendation> {
  const path = `${PLAN_PATHS.recommendations}?${cycleQuery(cycle)}`;
  return (await apiRequest(path, recommendationResponseSchema, { method: 'POST', body })).recommendation;
}

export async function updateRecommendation(id: string, body: Partial<RecommendationInput>): Promise<Recommendation> {
  return (await apiRequest(PLAN_PATHS.recommendation(id), recommendationResponseSchema, { method: 'PUT', body })).recommendation;
}

export async function startNextCycle(cycle: Cycle): Promise<NextCycleResponse> {
  return apiRequest(`${PLAN_PATHS.nextCycle}?${cycleQuery(cycle)}`, nextCycleResponseSchema, { method: 'POST' });
}
