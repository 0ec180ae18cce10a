// Guidelines set from the evaluation (step 6): supervisors write and close them; each change audited in its transaction.
import { z } from 'zod';
import { AppError } from '../../errors';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { assertSupervisor, type Actor } from '../../auth/policy';
import { parseOrThrow } from '../../validation';
import { cycleSchema, type Cycle } from '../../domain/cycle';
import { recommendationInputSchema, type Recommendation } from '../../domain/plan';
import { recommendationStatusLabels } from '../../i18n/labels-th';
import { changedFields, recordAudit } from '../audit/record-audit';

type Deps = { repos: Repositories; clock: Clock; ids: IdGenerator };
const AUDITED = ['text', 'needKey', 'networkKind', 'status'] as const;

export async function createRecommendation(deps: Deps, actor: Actor, cycle: Cycle, body: unknown): Promise<Recommendation> {
  assertSupervisor(actor);
  const c = parseOrThrow(cycleSchema, cycle, 'Cycle');
  const input = parseOrThrow(recommendationInputSchema, body, 'Recommendation');
  const at = deps.clock.now().toISOString();
  const rec: Recommendation = {
    ...input,
    id: `rec-${deps.ids.newId()}`,
    areaId: actor.areaId,
    yearBE: c.yearBE,
    periodKind: c.periodKind,
    fromYearBE: c.yearBE,
    carriedFromId: null,
    createdBy: actor.memberId,
    createdAt: at,
    updatedAt: at,
  };
  await deps.repos.store.runTransaction(async (tx) => {
    deps.repos.recommendations.inTx(tx).create(rec);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'recommendation',
      entityId: rec.id,
      action: 'create',
      summary: `เพิ่มข้อเสนอแนะ: ${rec.text}`.slice(0, 300),
      changes: changedFields(null, rec, AUDITED),
    });
  });
  return rec;
}

/** A partial edit (only the fields in the body change), e.g. marking it done. */
export async function updateRecommendation(deps: Deps, actor: Actor, id: string, body: unknown): Promise<Recommendation> {
  assertSupervisor(actor);
  const parsed = parseOrThrow(recommendationInputSchema.partial(), body, 'Recommendation');
  const present = new Set(body !== null && typeof body === 'object' ? Object.keys(body) : []);
  const input = Object.fromEntries(Object.entries(parsed).filter(([k]) => present.has(k))) as Partial<
    z.output<typeof recommendationInputSchema>
  >;
  const at = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const current = await deps.repos.recommendations.inTx(tx).get(id);
    if (!current || current.areaId !== actor.areaId) throw new AppError('recommendation/not-found', `No recommendation ${id}`);
    const next: Recommendation = { ...current, ...input, updatedAt: at };
    const changes = changedFields(current, next, AUDITED);
    if (changes.length === 0) return current;
    deps.repos.recommendations.inTx(tx).put(next);
    const statusOnly = changes.length === 1 && changes[0]!.field === 'status';
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'recommendation',
      entityId: id,
      action: statusOnly ? 'status' : 'update',
      summary: (statusOnly ? `เปลี่ยนสถานะข้อเสนอแนะเป็น ${recommendationStatusLabels[next.status]}` : `แก้ไขข้อเสนอแนะ: ${next.text}`).slice(
        0,
        300,
      ),
      changes,
    });
    return next;
  });
}
