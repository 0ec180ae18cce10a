// Rounds for staff: create a draft round on a template's newest version, open it, list the office's rounds.
import { AppError } from '../../errors';
import type { Actor } from '../../auth/policy';
import { assertSameArea } from '../../auth/policy';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import type { FormRound } from '../../domain/form-rounds';
import { createRoundRequestSchema } from '../../api/form-contracts';
import { parseOrThrow } from '../../validation';
import { assertAudienceNetworks, canManageAudience } from '../seminars/seminar-policy';
import { latestTemplates } from './form-templates';
import { recordAudit } from '../audit/record-audit';
import { auditTh } from '../audit/audit-th';
import { snapshotRoundAudience } from './round-progress-totals';

type Deps = { repos: Repositories; clock: Clock };

/** Supervisors manage every round of their office; coordinators the rounds only for their own networks. */
export function assertCanManageRound(actor: Actor, round: Pick<FormRound, 'areaId' | 'audience' | 'id'>): void {
  assertSameArea(actor, round, 'Form round');
  if (!canManageAudience(actor, round.audience))
    throw new AppError('auth/forbidden', `Member ${actor.memberId} cannot manage round ${round.id}`);
}

export async function roundOfArea(repos: Repositories, areaId: string, roundId: string): Promise<FormRound> {
  const round = await repos.formRounds.get(roundId);
  if (!round || round.areaId !== areaId) throw new AppError('form/not-found', `No round ${roundId}`);
  return round;
}

export async function createRound(deps: Deps & { ids: IdGenerator }, actor: Actor, body: unknown): Promise<FormRound> {
  const input = parseOrThrow(createRoundRequestSchema, body, 'Round body');
  assertCanManageRound(actor, { id: '(new)', areaId: actor.areaId, audience: input.audience });
  await assertAudienceNetworks(deps.repos, actor, input.audience);
  if (Date.parse(input.closesAt) <= Date.parse(input.opensAt))
    throw new AppError('validation/invalid-input', 'Round closes before it opens', { fields: { closesAt: 'เวลาปิดต้องหลังเวลาเปิด' } });
  const template = (await latestTemplates(deps.repos, actor.areaId)).find((t) => t.templateId === input.templateId);
  if (!template) throw new AppError('form/not-found', `No template ${input.templateId}`, { fields: { templateId: 'ไม่พบแบบฟอร์มนี้' } });
  const now = deps.clock.now().toISOString();
  const round: FormRound = {
    id: `rnd-${deps.ids.newId()}`,
    areaId: actor.areaId,
    title: input.title,
    templateId: template.templateId,
    templateVersion: template.version,
    audience: input.audience,
    opensAt: input.opensAt,
    closesAt: input.closesAt,
    anonymous: input.anonymous,
    status: 'draft',
    openedAt: null,
    responseCount: 0,
    createdBy: actor.memberId,
    createdAt: now,
    updatedAt: now,
  };
  await deps.repos.store.runTransaction(async (tx) => {
    deps.repos.formRounds.inTx(tx).create(round);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: round.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'formRound',
      entityId: round.id,
      action: 'create',
      summary: auditTh.roundCreated(round.title),
      changes: [{ field: 'status', from: null, to: 'draft' }],
    });
  });
  return round;
}

/**
 * Opens a draft round (opening again keeps the first time); a closed round stays closed. The audience is counted and
 * its waiting list written first, while no answer can arrive: the response rate is against the audience at opening.
 */
export async function markRoundOpen(deps: Deps & { ids: IdGenerator }, actor: Actor, roundId: string): Promise<FormRound> {
  const found = await roundOfArea(deps.repos, actor.areaId, roundId);
  assertCanManageRound(actor, found);
  if (found.status === 'closed') throw new AppError('form/closed', `Round ${roundId} is closed`);
  if (found.status === 'open') return found;
  await snapshotRoundAudience(deps.repos, found, deps.clock.now());
  const now = deps.clock.now().toISOString();
  const round: FormRound = { ...found, status: 'open', openedAt: now, updatedAt: now };
  return deps.repos.store.runTransaction(async (tx) => {
    // Two taps at once open it once, with one log entry.
    const again = await deps.repos.formRounds.inTx(tx).get(roundId);
    if (again && again.status !== 'draft') return again;
    deps.repos.formRounds.inTx(tx).put(round);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: round.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'formRound',
      entityId: round.id,
      action: 'status',
      summary: auditTh.roundOpened(round.title),
      changes: [{ field: 'status', from: found.status, to: 'open' }],
    });
    return round;
  });
}

export async function listRounds(repos: Repositories, actor: Actor): Promise<FormRound[]> {
  const { items } = await repos.formRounds.list({ where: [{ field: 'areaId', op: '==', value: actor.areaId }] });
  return items.filter((r) => canManageAudience(actor, r.audience)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Whether a round takes answers at `now`: opened, and between its opening and closing times. */
export const acceptsAnswers = (r: Pick<FormRound, 'status' | 'opensAt' | 'closesAt'>, now: Date): boolean =>
  r.status === 'open' && now.getTime() >= Date.parse(r.opensAt) && now.getTime() < Date.parse(r.closesAt);

/** The scheduled job closes a round at its closing time (no person: the log shows the system). */
export async function closeRoundAtDeadline(deps: Deps & { ids: IdGenerator }, roundId: string): Promise<boolean> {
  const now = deps.clock.now();
  return deps.repos.store.runTransaction(async (tx) => {
    const round = await deps.repos.formRounds.inTx(tx).get(roundId);
    if (!round || round.status !== 'open' || now.getTime() < Date.parse(round.closesAt)) return false;
    const at = now.toISOString();
    deps.repos.formRounds.inTx(tx).put({ ...round, status: 'closed', updatedAt: at });
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: round.areaId,
      at,
      actorMemberId: null,
      entity: 'formRound',
      entityId: round.id,
      action: 'status',
      summary: auditTh.roundClosed(round.title),
      changes: [{ field: 'status', from: 'open', to: 'closed' }],
    });
    return true;
  });
}
