// Who may manage a seminar: supervisors of its office; coordinators when its audience is only their networks.
import { AppError } from '../../errors';
import { assertSameArea, isSupervisor, type Actor } from '../../auth/policy';
import type { Seminar, SeminarAudience } from '../../domain/seminar';
import type { Repositories } from '../../store/repositories';

export function canManageAudience(actor: Actor, audience: Pick<SeminarAudience, 'networkIds'>): boolean {
  if (isSupervisor(actor)) return true;
  return audience.networkIds.length > 0 && audience.networkIds.every((id) => actor.coordinatorOf.includes(id));
}

export function assertCanManageSeminar(actor: Actor, seminar: Pick<Seminar, 'areaId' | 'audience' | 'id'>): void {
  assertSameArea(actor, seminar, 'Seminar');
  if (!canManageAudience(actor, seminar.audience))
    throw new AppError('auth/forbidden', `Member ${actor.memberId} cannot manage seminar ${seminar.id}`);
}

/** Every network of the audience exists in the actor's office. */
export async function assertAudienceNetworks(repos: Repositories, actor: Actor, audience: SeminarAudience): Promise<void> {
  const networks = await repos.networks.getMany(audience.networkIds);
  networks.forEach((n, i) => {
    if (!n || n.areaId !== actor.areaId) throw new AppError('network/not-found', `No network ${audience.networkIds[i]}`);
  });
}

/** Loads a seminar of the actor's office (another office's looks absent). */
export async function seminarOfArea(repos: Repositories, areaId: string, seminarId: string): Promise<Seminar> {
  const seminar = await repos.seminars.get(seminarId);
  if (!seminar || seminar.areaId !== areaId) throw new AppError('seminar/not-found', `No seminar ${seminarId}`);
  return seminar;
}
