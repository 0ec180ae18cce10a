// Paired (คู่พัฒนา) and sibling (พี่–น้อง) schools: a school-partnership network both schools' members see.
import { z } from 'zod';
import { AppError } from '../../errors';
import { parseOrThrow } from '../../validation';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { COLLECTIONS } from '../../store/collections';
import { assertSupervisor, type Actor } from '../../auth/policy';
import { joinCodeDocId, type Network } from '../../domain/network';
import { schoolCode, schoolDocId } from '../../domain/school';
import { changedFields, recordAudit } from '../audit/record-audit';
import { auditTh } from '../audit/audit-th';

export const pairSchoolsRequestSchema = z
  .object({ type: z.enum(['paired', 'sibling']), schoolA: schoolCode, schoolB: schoolCode })
  .refine((b) => b.schoolA !== b.schoolB, { path: ['schoolB'], message: 'must differ from schoolA' });

/** For a sibling pair, school A is the big (พี่) school and school B the little (น้อง) one. */
export async function pairSchools(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  body: unknown,
): Promise<Network> {
  assertSupervisor(actor);
  const { type, schoolA, schoolB } = parseOrThrow(pairSchoolsRequestSchema, body, 'Pairing body');
  const [a, b] = await Promise.all([schoolA, schoolB].map((c) => deps.repos.schools.get(schoolDocId(actor.areaId, c))));
  if (!a || !b) throw new AppError('school/not-found', 'Unknown school in pairing');
  const now = deps.clock.now().toISOString();
  const id = deps.ids.newId();
  const name = type === 'paired' ? `โรงเรียนคู่พัฒนา ${a.name} – ${b.name}` : `โรงเรียนพี่ ${a.name} – โรงเรียนน้อง ${b.name}`;
  const network: Network = {
    id: `net-${id}`,
    areaId: actor.areaId,
    name: name.slice(0, 120),
    description: '',
    kind: 'school-partnership',
    level: 'school',
    joinCode: `P${id
      .replace(/[^A-Za-z0-9]/g, '')
      .slice(0, 9)
      .toUpperCase()}`,
    joinPolicy: 'approval',
    status: 'active',
    levels: [],
    subjects: [],
    schoolCodes: [schoolA, schoolB],
    partnershipType: type,
    createdAt: now,
    updatedAt: now,
  };
  await deps.repos.store.runTransaction(async (tx) => {
    tx.create(COLLECTIONS.joinCodes, joinCodeDocId(actor.areaId, network.joinCode), { networkId: network.id, areaId: actor.areaId });
    deps.repos.networks.inTx(tx).create(network);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'network',
      entityId: network.id,
      action: 'create',
      summary: auditTh.schoolsPaired(network.name),
      changes: changedFields(null, network, ['kind', 'partnershipType', 'schoolCodes']),
    });
  });
  return network;
}

/** Partnerships that include the member's school: both schools' members see them. */
export async function myPairings(repos: Repositories, areaId: string, schoolCodeOfMember: string | null): Promise<Network[]> {
  if (!schoolCodeOfMember) return [];
  const { items } = await repos.networks.list({
    where: [
      { field: 'areaId', op: '==', value: areaId },
      { field: 'schoolCodes', op: 'array-contains', value: schoolCodeOfMember },
    ],
  });
  return items.filter((n) => n.kind === 'school-partnership' && n.status === 'active');
}
