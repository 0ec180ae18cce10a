// Staff build the office's yearly plan (step 2): activities naming the needs they answer, each change audited in its transaction.
import { z } from 'zod';
import { AppError } from '../../errors';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import { assertSameArea, isSupervisor, type Actor } from '../../auth/policy';
import { parseOrThrow } from '../../validation';
import { bangkokDay, cycleSchema, type Cycle } from '../../domain/cycle';
import {
  defaultActivityDays,
  planActivityFieldsSchema,
  planActivityInputSchema,
  planDocId,
  type Plan,
  type PlanActivity,
  type PlanActivityInput,
} from '../../domain/plan';
import { cycleLabel } from '../../i18n/labels-th';
import { changedFields, recordAudit } from '../audit/record-audit';

export type PlanDeps = { repos: Repositories; clock: Clock; ids: IdGenerator };

/** Supervisors and admins, and coordinators (who plan their networks' part): the people who run the cycle. */
export function assertStaff(actor: Actor): void {
  if (!isSupervisor(actor) && actor.coordinatorOf.length === 0)
    throw new AppError('auth/forbidden', `Member ${actor.memberId} is not staff`);
}

export const planTitle = (c: Cycle) => `แผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศ ${cycleLabel(c)}`;

/** The plan of a cycle inside a transaction, made (and audited) when the office has none yet. Reads before writes. */
export async function ensurePlanInTx(deps: PlanDeps, tx: TransactionContext, actor: Actor, c: Cycle, at: string): Promise<Plan> {
  const id = planDocId(actor.areaId, c);
  const found = await deps.repos.plans.inTx(tx).get(id);
  if (found) return found;
  const plan: Plan = {
    id,
    areaId: actor.areaId,
    yearBE: c.yearBE,
    periodKind: c.periodKind,
    title: planTitle(c),
    status: 'draft',
    clonedFromPlanId: null,
    createdAt: at,
    updatedAt: at,
  };
  deps.repos.plans.inTx(tx).create(plan);
  recordAudit(deps.repos, deps.ids, tx, {
    areaId: actor.areaId,
    at,
    actorMemberId: actor.memberId,
    entity: 'plan',
    entityId: id,
    action: 'create',
    summary: `สร้าง${plan.title}`,
  });
  return plan;
}

/** Networks and the owner must be of the actor's office (another office's ids are refused as unknown). */
async function assertReferences(
  repos: Repositories,
  actor: Actor,
  input: Pick<PlanActivity, 'networkIds' | 'ownerMemberId'>,
): Promise<void> {
  const fields: Record<string, string> = {};
  const networks = await repos.networks.getMany(input.networkIds);
  if (networks.some((n) => !n || n.areaId !== actor.areaId)) fields.networkIds = 'ไม่พบเครือข่ายที่เลือกในสำนักงานนี้ กรุณาเลือกใหม่';
  if (input.ownerMemberId) {
    const owner = await repos.members.get(input.ownerMemberId);
    if (!owner || owner.areaId !== actor.areaId) fields.ownerMemberId = 'ไม่พบผู้รับผิดชอบนี้ในสำนักงาน กรุณาเลือกใหม่';
  }
  if (Object.keys(fields).length > 0) throw new AppError('validation/invalid-input', 'Plan activity names unknown records', { fields });
}

const AUDITED: readonly (keyof PlanActivity & string)[] = [
  'title',
  'kind',
  'description',
  'networkKinds',
  'networkIds',
  'answersNeeds',
  'startsOn',
  'endsOn',
  'ownerMemberId',
  'budget',
  'status',
];

/** Adds an activity to the cycle's plan (making the plan on the first one); days default into January–April. */
export async function createPlanActivity(deps: PlanDeps, actor: Actor, cycle: Cycle, body: unknown): Promise<PlanActivity> {
  assertStaff(actor);
  const c = parseOrThrow(cycleSchema, cycle, 'Cycle');
  const input = parseOrThrow(planActivityInputSchema, body, 'Plan activity');
  await assertReferences(deps.repos, actor, input);
  const at = deps.clock.now().toISOString();
  const days = input.startsOn
    ? { startsOn: input.startsOn, endsOn: input.endsOn ?? input.startsOn }
    : defaultActivityDays(c, bangkokDay(at));
  return deps.repos.store.runTransaction(async (tx) => {
    const plan = await ensurePlanInTx(deps, tx, actor, c, at);
    const activity: PlanActivity = {
      ...input,
      ...days,
      id: `pa-${deps.ids.newId()}`,
      areaId: actor.areaId,
      planId: plan.id,
      clonedFromId: null,
      createdAt: at,
      updatedAt: at,
    };
    deps.repos.planActivities.inTx(tx).create(activity);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'planActivity',
      entityId: activity.id,
      action: 'create',
      summary: `เพิ่มกิจกรรม "${activity.title}" ในแผน`.slice(0, 300),
      changes: changedFields(null, activity, AUDITED),
    });
    return activity;
  });
}

/** An activity of the actor's office, or not found (another office's is never revealed). */
export async function planActivityOfArea(repos: Repositories, areaId: string, id: string): Promise<PlanActivity> {
  const found = await repos.planActivities.get(id);
  if (!found || found.areaId !== areaId) throw new AppError('plan/not-found', `No plan activity ${id}`);
  return found;
}

/** A partial edit: only the fields present in the body change. */
export async function updatePlanActivity(deps: PlanDeps, actor: Actor, id: string, body: unknown): Promise<PlanActivity> {
  assertStaff(actor);
  const parsed = parseOrThrow(planActivityFieldsSchema.partial(), body, 'Plan activity');
  const present = new Set(body !== null && typeof body === 'object' ? Object.keys(body) : []);
  const input = Object.fromEntries(Object.entries(parsed).filter(([k]) => present.has(k))) as Partial<
    z.output<typeof planActivityFieldsSchema>
  >;
  const before = await planActivityOfArea(deps.repos, actor.areaId, id);
  await assertReferences(deps.repos, actor, { networkIds: input.networkIds ?? [], ownerMemberId: input.ownerMemberId ?? null });
  const at = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const current = await deps.repos.planActivities.inTx(tx).get(id);
    if (!current) throw new AppError('plan/not-found', `No plan activity ${id}`);
    assertSameArea(actor, current, 'Plan activity');
    const next: PlanActivity = { ...current, ...input, updatedAt: at };
    if (next.startsOn && next.endsOn && next.endsOn < next.startsOn)
      throw new AppError('validation/invalid-input', 'Activity ends before it starts', { fields: { endsOn: 'วันสิ้นสุดต้องไม่ก่อนวันเริ่ม' } });
    const changes = changedFields(current, next, AUDITED);
    if (changes.length === 0) return current;
    deps.repos.planActivities.inTx(tx).put(next);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'planActivity',
      entityId: id,
      action: changes.length === 1 && changes[0]!.field === 'status' ? 'status' : 'update',
      summary: `แก้ไขกิจกรรม "${before.title}"`.slice(0, 300),
      changes,
    });
    return next;
  });
}

/** Removes an activity from the plan (a seminar made from it keeps its own record). */
export async function deletePlanActivity(deps: PlanDeps, actor: Actor, id: string): Promise<void> {
  assertStaff(actor);
  const at = deps.clock.now().toISOString();
  await deps.repos.store.runTransaction(async (tx) => {
    const current = await deps.repos.planActivities.inTx(tx).get(id);
    if (!current || current.areaId !== actor.areaId) throw new AppError('plan/not-found', `No plan activity ${id}`);
    tx.delete(deps.repos.planActivities.collection, id);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'planActivity',
      entityId: id,
      action: 'delete',
      summary: `ลบกิจกรรม "${current.title}" ออกจากแผน`.slice(0, 300),
    });
  });
}

export type { PlanActivityInput };

/** A seminar made from a plan activity may only name an activity of its own office. */
export async function assertPlanActivityLink(repos: Repositories, areaId: string, planActivityId: string | undefined): Promise<void> {
  if (planActivityId === undefined) return;
  const found = await repos.planActivities.get(planActivityId);
  if (!found || found.areaId !== areaId)
    throw new AppError('validation/invalid-input', `Unknown plan activity ${planActivityId}`, {
      fields: { planActivityId: 'ไม่พบกิจกรรมนี้ในแผนของสำนักงาน' },
    });
}
