// Create, edit, cancel and mark announced: supervisors for their office, coordinators for their networks' seminars.
import { z } from 'zod';
import { AppError } from '../../errors';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import type { TransactionContext } from '../../ports/document-store';
import type { Actor } from '../../auth/policy';
import type { Rsvp, Seminar } from '../../domain/seminar';
import { parseOrThrow } from '../../validation';
import { assertSeminarDates, newSeminar, seminarInputSchema } from './seminar-input';
import { assertAudienceNetworks, assertCanManageSeminar, seminarOfArea } from './seminar-policy';
import { firstWaitlisted, promote, seminarKey } from './rsvp';
import { serialised } from '../../serialised';
import { assertPlanActivityLink } from '../plans/manage-plan';

type Deps = { repos: Repositories; clock: Clock };

/** A seminar that may still change (not cancelled or finished), read inside the transaction. */
async function openSeminarInTx(repos: Repositories, tx: TransactionContext, seminarId: string): Promise<Seminar> {
  const current = await repos.seminars.inTx(tx).get(seminarId);
  if (!current) throw new AppError('seminar/not-found', `No seminar ${seminarId}`);
  if (current.status === 'cancelled' || current.status === 'finished')
    throw new AppError('seminar/cancelled', `Seminar ${seminarId} is ${current.status}`);
  return current;
}

export async function createSeminar(deps: Deps & { ids: IdGenerator }, actor: Actor, body: unknown): Promise<Seminar> {
  const input = parseOrThrow(seminarInputSchema, body, 'Seminar body');
  assertCanManageSeminar(actor, { id: '(new)', areaId: actor.areaId, audience: input.audience });
  assertSeminarDates(input);
  await assertAudienceNetworks(deps.repos, actor, input.audience);
  await assertPlanActivityLink(deps.repos, actor.areaId, input.planActivityId);
  const now = deps.clock.now().toISOString();
  const seminar = newSeminar({ id: `sem-${deps.ids.newId()}`, areaId: actor.areaId, createdBy: actor.memberId, ...input }, now);
  await deps.repos.seminars.create(seminar);
  return seminar;
}

/** An edit: any subset of the fields; `onlineUrl: null` removes the online link. */
const seminarEditSchema = seminarInputSchema.partial().extend({ onlineUrl: z.url().nullable().optional() });

export interface SeminarEdit {
  seminar: Seminar;
  /** Waitlisted people who got a seat because the capacity grew. */
  promoted: Rsvp[];
}

/** A partial update (only the fields in the body change); bumps the version; more seats promote the waiting list. */
export async function updateSeminar(deps: Deps, actor: Actor, seminarId: string, body: unknown): Promise<SeminarEdit> {
  const parsed = parseOrThrow(seminarEditSchema, body, 'Seminar body');
  const present = new Set(body !== null && typeof body === 'object' ? Object.keys(body) : []);
  const input = Object.fromEntries(Object.entries(parsed).filter(([k]) => present.has(k))) as z.output<typeof seminarEditSchema>;
  const before = await seminarOfArea(deps.repos, actor.areaId, seminarId);
  assertCanManageSeminar(actor, before);
  if (input.audience) {
    assertCanManageSeminar(actor, { ...before, audience: input.audience });
    await assertAudienceNetworks(deps.repos, actor, input.audience);
  }
  await assertPlanActivityLink(deps.repos, actor.areaId, input.planActivityId);
  return serialised(seminarKey(seminarId), () =>
    deps.repos.store.runTransaction(async (tx) => {
      const at = deps.clock.now().toISOString();
      const current = await openSeminarInTx(deps.repos, tx, seminarId);
      const { onlineUrl, ...rest } = input;
      let next: Seminar = { ...current, ...rest, version: current.version + 1, updatedAt: at };
      if (onlineUrl === null)
        delete next.onlineUrl; // cleared in the form: the seminar has no online link any more
      else if (onlineUrl !== undefined) next = { ...next, onlineUrl };
      assertSeminarDates(next);
      const free = next.capacity === null ? next.waitlistCount : Math.max(0, next.capacity - next.goingCount);
      const promoted = (await firstWaitlisted(tx, seminarId, Math.min(free, next.waitlistCount))).map((r) => promote(r, at));
      next = { ...next, goingCount: next.goingCount + promoted.length, waitlistCount: next.waitlistCount - promoted.length };
      for (const r of promoted) deps.repos.rsvps.inTx(tx).put(r);
      deps.repos.seminars.inTx(tx).put(next);
      return { seminar: next, promoted };
    }),
  );
}

/** Cancelling twice changes nothing (`changed` false), so nobody is told twice. */
export async function cancelSeminar(deps: Deps, actor: Actor, seminarId: string): Promise<{ seminar: Seminar; changed: boolean }> {
  const found = await seminarOfArea(deps.repos, actor.areaId, seminarId);
  assertCanManageSeminar(actor, found);
  return deps.repos.store.runTransaction(async (tx) => {
    const at = deps.clock.now().toISOString();
    const current = await deps.repos.seminars.inTx(tx).get(seminarId);
    if (!current) throw new AppError('seminar/not-found', `No seminar ${seminarId}`);
    if (current.status === 'cancelled') return { seminar: current, changed: false };
    const seminar: Seminar = { ...current, status: 'cancelled', cancelledAt: at, updatedAt: at };
    deps.repos.seminars.inTx(tx).put(seminar);
    return { seminar, changed: true };
  });
}

/** Opens a draft for answers; announcing again keeps the first announcement time. */
export async function markAnnounced(deps: Deps, actor: Actor, seminarId: string): Promise<Seminar> {
  const found = await seminarOfArea(deps.repos, actor.areaId, seminarId);
  assertCanManageSeminar(actor, found);
  return deps.repos.store.runTransaction(async (tx) => {
    const at = deps.clock.now().toISOString();
    const current = await openSeminarInTx(deps.repos, tx, seminarId);
    if (current.status === 'announced') return current;
    const seminar: Seminar = { ...current, status: 'announced', announcedAt: at, updatedAt: at };
    deps.repos.seminars.inTx(tx).put(seminar);
    return seminar;
  });
}

/** The seminar for someone allowed to manage it (preview before announcing). */
export async function seminarForManager(repos: Repositories, actor: Actor, seminarId: string): Promise<Seminar> {
  const seminar = await seminarOfArea(repos, actor.areaId, seminarId);
  assertCanManageSeminar(actor, seminar);
  return seminar;
}
