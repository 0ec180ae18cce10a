// Who may do what: pure rules over the actor's roles, office (tenant) and coordinator memberships.
import { AppError } from '../errors';
import type { MemberRole } from '../domain/member';

export interface Actor {
  memberId: string;
  areaId: string;
  roles: readonly MemberRole[];
  /** Networks this actor coordinates (active coordinator memberships). */
  coordinatorOf: readonly string[];
}

export const isSupervisor = (a: Actor): boolean => a.roles.includes('supervisor') || a.roles.includes('admin');

/** Every resource carries its office; another office's resource is reported as not found (no leak). */
export function assertSameArea(actor: Actor, resource: { areaId: string }, what: string): void {
  if (resource.areaId !== actor.areaId) throw new AppError('store/not-found', `${what} belongs to another area`);
}

export function assertSupervisor(actor: Actor): void {
  if (!isSupervisor(actor)) throw new AppError('auth/forbidden', `Member ${actor.memberId} is not a supervisor`);
}

/** Supervisors manage every network of their office; coordinators manage their own networks. */
export function canManageNetwork(actor: Actor, network: { id: string; areaId: string }): boolean {
  return network.areaId === actor.areaId && (isSupervisor(actor) || actor.coordinatorOf.includes(network.id));
}

export function assertCanManageNetwork(actor: Actor, network: { id: string; areaId: string }): void {
  assertSameArea(actor, network, 'Network');
  if (!canManageNetwork(actor, network))
    throw new AppError('auth/forbidden', `Member ${actor.memberId} cannot manage network ${network.id}`);
}
