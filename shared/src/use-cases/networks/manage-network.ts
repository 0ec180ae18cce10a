// Supervisors create, edit and archive networks and appoint coordinators; join codes stay unique per office.
import { z } from 'zod';
import { AppError } from '../../errors';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { COLLECTIONS } from '../../store/collections';
import { assertSameArea, assertSupervisor, type Actor } from '../../auth/policy';
import { joinCodeDocId, membershipDocId, networkSchema, type Network } from '../../domain/network';
import { parseOrThrow } from '../../validation';
import type { TransactionContext } from '../../ports/document-store';
import { changedFields, recordAudit } from '../audit/record-audit';
import { auditTh } from '../audit/audit-th';

/** Network fields whose changes the audit log names (all office data, none personal). */
const AUDITED_FIELDS = [
  'name',
  'description',
  'kind',
  'level',
  'joinCode',
  'joinPolicy',
  'levels',
  'subjects',
  'schoolCodes',
  'status',
] as const;

/** What a supervisor fills in: the network's own fields, so the form and the record cannot drift apart. */
export const networkInputSchema = networkSchema.pick({
  name: true,
  description: true,
  kind: true,
  level: true,
  joinCode: true,
  joinPolicy: true,
  levels: true,
  subjects: true,
  schoolCodes: true,
});
export type NetworkInput = z.input<typeof networkInputSchema>;

const parseInput = (body: unknown) => parseOrThrow(networkInputSchema, body, 'Network body');

/** Reads a network of the actor's office inside a transaction, or fails as not found. */
async function networkInTx(repos: Repositories, tx: TransactionContext, actor: Actor, networkId: string): Promise<Network> {
  const current = await repos.networks.inTx(tx).get(networkId);
  if (!current) throw new AppError('network/not-found', `No network ${networkId}`);
  assertSameArea(actor, current, 'Network');
  return current;
}

export async function createNetwork(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  body: unknown,
): Promise<Network> {
  assertSupervisor(actor);
  const input = parseInput(body);
  const now = deps.clock.now().toISOString();
  const network: Network = {
    id: `net-${deps.ids.newId()}`,
    areaId: actor.areaId,
    status: 'active',
    ...input,
    createdAt: now,
    updatedAt: now,
  };
  await deps.repos.store.runTransaction(async (tx) => {
    const codeKey = joinCodeDocId(actor.areaId, input.joinCode);
    if (await tx.get(COLLECTIONS.joinCodes, codeKey)) throw new AppError('network/code-taken', `Join code ${input.joinCode} is taken`);
    tx.create(COLLECTIONS.joinCodes, codeKey, { networkId: network.id, areaId: actor.areaId });
    deps.repos.networks.inTx(tx).create(network);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'network',
      entityId: network.id,
      action: 'create',
      summary: auditTh.networkCreated(network.name),
      changes: changedFields(null, network, ['name', 'kind', 'level', 'joinCode', 'joinPolicy']),
    });
  });
  return network;
}

/** A partial update: only the fields present in the body change (a form that leaves out schools keeps them). */
export async function updateNetwork(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  networkId: string,
  body: unknown,
): Promise<Network> {
  assertSupervisor(actor);
  const parsed = parseOrThrow(networkInputSchema.partial(), body, 'Network body');
  const present = new Set(body !== null && typeof body === 'object' ? Object.keys(body) : []);
  const input = Object.fromEntries(Object.entries(parsed).filter(([k]) => present.has(k))) as Partial<z.output<typeof networkInputSchema>>;
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const current = await networkInTx(deps.repos, tx, actor, networkId);
    const oldKey = joinCodeDocId(actor.areaId, current.joinCode);
    const newKey = joinCodeDocId(actor.areaId, input.joinCode ?? current.joinCode);
    if (oldKey !== newKey) {
      if (await tx.get(COLLECTIONS.joinCodes, newKey)) throw new AppError('network/code-taken', `Join code ${newKey} is taken`);
      tx.delete(COLLECTIONS.joinCodes, oldKey);
      tx.create(COLLECTIONS.joinCodes, newKey, { networkId, areaId: actor.areaId });
    }
    const network: Network = { ...current, ...input, updatedAt: now };
    deps.repos.networks.inTx(tx).put(network);
    const changes = changedFields(current, network, AUDITED_FIELDS);
    if (changes.length > 0)
      recordAudit(deps.repos, deps.ids, tx, {
        areaId: actor.areaId,
        at: now,
        actorMemberId: actor.memberId,
        entity: 'network',
        entityId: networkId,
        action: 'update',
        summary: auditTh.networkUpdated(network.name, changes.length),
        changes,
      });
    return network;
  });
}

/** Archived networks keep their history and their code (so people hear "closed"), but accept no one. */
export async function archiveNetwork(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  networkId: string,
): Promise<Network> {
  assertSupervisor(actor);
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const current = await networkInTx(deps.repos, tx, actor, networkId);
    const network: Network = { ...current, status: 'archived', updatedAt: now };
    deps.repos.networks.inTx(tx).put(network);
    if (current.status !== 'archived')
      recordAudit(deps.repos, deps.ids, tx, {
        areaId: actor.areaId,
        at: now,
        actorMemberId: actor.memberId,
        entity: 'network',
        entityId: networkId,
        action: 'status',
        summary: auditTh.networkArchived(network.name),
        changes: changedFields(current, network, ['status']),
      });
    return network;
  });
}

/** Makes a member of the office a coordinator of the network (joining them if needed). */
export async function appointCoordinator(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  networkId: string,
  memberId: string,
): Promise<void> {
  assertSupervisor(actor);
  const [network, member] = await Promise.all([deps.repos.networks.get(networkId), deps.repos.members.get(memberId)]);
  if (!network) throw new AppError('network/not-found', `No network ${networkId}`);
  if (!member) throw new AppError('member/not-found', `No member ${memberId}`);
  assertSameArea(actor, network, 'Network');
  assertSameArea(actor, member, 'Member');
  const now = deps.clock.now().toISOString();
  await deps.repos.store.runTransaction(async (tx) => {
    const memberships = deps.repos.memberships.inTx(tx);
    const members = deps.repos.members.inTx(tx);
    const id = membershipDocId(networkId, memberId);
    const existing = await memberships.get(id);
    const m = await members.get(memberId);
    memberships.put({
      id,
      areaId: network.areaId,
      networkId,
      memberId,
      role: 'coordinator',
      status: 'active',
      joinedAt: existing?.joinedAt ?? now,
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (m && !m.roles.includes('coordinator')) members.put({ ...m, roles: [...m.roles, 'coordinator'], updatedAt: now });
    if (existing?.role !== 'coordinator' || existing.status !== 'active')
      recordAudit(deps.repos, deps.ids, tx, {
        areaId: network.areaId,
        at: now,
        actorMemberId: actor.memberId,
        entity: 'membership',
        entityId: id,
        action: existing ? 'update' : 'create',
        summary: auditTh.coordinatorAppointed(network.name),
        changes: [
          { field: 'role', from: existing?.role ?? null, to: 'coordinator' },
          ...(existing?.status === 'active' ? [] : [{ field: 'status', from: existing?.status ?? null, to: 'active' }]),
        ],
      });
  });
}
