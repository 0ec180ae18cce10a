// The plan API (staff): the plan beside the needs, and adding, editing and removing its activities.
import {
  PLAN_PATHS,
  cycleQuery,
  planActivityResponseSchema,
  planViewResponseSchema,
  type Cycle,
  type PlanActivity,
  type PlanActivityInput,
  type PlanViewResponse,
} from '@nithet/shared';
import { z } from 'zod';
import { apiRequest } from '../../../lib/api-client';

export async function getPlan(cycle: Cycle, signal?: AbortSignal): Promise<PlanViewResponse> {
  return apiRequest(`${PLAN_PATHS.plan}?${cycleQuery(cycle)}`, planViewResponseSchema, { signal });
}

export async function createPlanActivity(cycle: Cycle, body: PlanActivityInput): Promise<PlanActivity> {
  return (await apiRequest(`${PLAN_PATHS.activities}?${cycleQuery(cycle)}`, planActivityResponseSchema, { method: 'POST', body })).activity;
}

export async function updatePlanActivity(id: string, body: Partial<PlanActivityInput>): Promise<PlanActivity> {
  return (await apiRequest(PLAN_PATHS.activity(id), planActivityResponseSchema, { method: 'PUT', body })).activity;
}

export async function deletePlanActivity(id: string): Promise<void> {
  await apiRequest(PLAN_PATHS.activity(id), z.undefined(), { method: 'DELETE' });
}
