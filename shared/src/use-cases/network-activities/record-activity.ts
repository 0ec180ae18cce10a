// Recording what a network did (step 4): create, edit and delete an activity, each with its audit entry.
import type { z } from 'zod';
import { AppError } from '../../errors';
import type { Actor } from '../../auth/policy';
import type { Network } from '../../domain/network';
import { participantCount, type ActivityParticipants, type LibraryItem, type NetworkActivity } from '../../domain/network-activity';
import type { AuditEntry } from '../../domain/audit';
import type { TransactionContext } from '../../ports/document-store';
import { COLLECTIONS } from '../../store/collections';
import type { Repositories } from '../../store/repositories';
import { parseOrThrow } from '../../validation';
import { changedFields, recordAudit } from '../audit/record-audit';
import { canManageAudience, seminarOfArea } from '../seminars/seminar-policy';
import { seminarRsvps } from '../seminars/check-in';
import { networkActivityInputSchema, networkActivityPatchSchema } from './contracts';
import { newLibraryLink, writeLibraryItem } from './library';
import { deleteFilesQuietly, managedNetwork, type NetworkLogDeps } from './network-access';

type Input = z.output<typeof networkActivityInputSchema>;

/** Today in Bangkok (YYYY-MM-DD): a log records what happened, so no later dates. */
const bangkokToday = (now: Date): string => new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);

function assertNotFuture(date: string, now: Date): void {
  if (date > bangkokToday(now))
    throw new AppError('validation/invalid-input', `Activity date ${date} is in the future`, {
      fields: { date: 'บันทึกได้เฉพาะกิจกรรมที่จัดแล้ว วันที่ต้องไม่เกินวันนี้ค่ะ' },
    });
}

/** The picked members plus, when a seminar is named, everyone who checked in there; all of the actor's office. */
export async function resolveParticipants(
  repos: Repositories,
  actor: Actor,
  networkId: string,
  p: ActivityParticipants,
): Promise<ActivityParticipants> {
  const ids = new Set(p.memberIds);
  if (p.seminarId) {
    const seminar = await seminarOfArea(repos, actor.areaId, p.seminarId);
    if (!canManageAudience(actor, seminar.audience) && !seminar.audience.networkIds.includes(networkId))
      throw new AppError('auth/forbidden', `Seminar ${seminar.id} is neither managed by ${actor.memberId} nor for network ${networkId}`);
    for (const r of await seminarRsvps(repos, seminar.id)) if (r.checkedInAt) ids.add(r.memberId);
  }
  const asked = [...ids];
  const people = await repos.members.getMany(asked);
  if (people.some((m) => m && m.areaId !== actor.areaId))
    throw new AppError('validation/invalid-input', 'Participant of another office', {
      fields: { 'participants.memberIds': 'มีผู้เข้าร่วมที่ไม่พบในทะเบียนของสำนักงาน กรุณาเลือกใหม่ค่ะ' },
    });
  // Someone who has since asked to be forgotten (PDPA) drops out quietly, so an old record can still be edited.
  const memberIds = asked.filter((_, i) => people[i] !== null);
  return { memberIds, seminarId: p.seminarId, outsideCount: p.outsideCount };
}

async function assertPlanActivity(repos: Repositories, actor: Actor, planActivityId: string | null): Promise<void> {
  if (!planActivityId) return;
  const planned = await repos.store.get(COLLECTIONS.planActivities, planActivityId);
  if (!planned || planned.areaId !== actor.areaId)
    throw new AppError('validation/invalid-input', `No plan activity ${planActivityId}`, {
      fields: { planActivityId: 'ไม่พบกิจกรรมในแผนที่เลือก กรุณาเลือกใหม่ค่ะ' },
    });
}

const peopleCount = (p: ActivityParticipants) => `${participantCount({ participants: p })} คน`;

function linksOf(deps: NetworkLogDeps, actor: Actor, network: Network, links: Input['knowledgeLinks'], activityId: string, now: string) {
  return links.map((l) => newLibraryLink(deps, actor, network, l, activityId, now));
}

export async function createNetworkActivity(
  deps: NetworkLogDeps,
  actor: Actor,
  networkId: string,
  body: unknown,
): Promise<NetworkActivity> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const input = parseOrThrow(networkActivityInputSchema, body, 'Network activity');
  const now = deps.clock.now();
  assertNotFuture(input.date, now);
  await assertPlanActivity(deps.repos, actor, input.planActivityId);
  const participants = await resolveParticipants(deps.repos, actor, network.id, input.participants);
  const at = now.toISOString();
  const id = `nac-${deps.ids.newId()}`;
  const links = linksOf(deps, actor, network, input.knowledgeLinks, id, at);
  const activity: NetworkActivity = {
    id,
    areaId: network.areaId,
    networkId: network.id,
    title: input.title,
    kind: input.kind,
    date: input.date,
    planActivityId: input.planActivityId,
    participants,
    notes: input.notes,
    evidence: [],
    libraryItemIds: links.map((l) => l.id),
    recordedBy: actor.memberId,
    createdAt: at,
    updatedAt: at,
  };
  await deps.repos.store.runTransaction(async (tx) => {
    deps.repos.networkActivities.inTx(tx).create(activity);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: network.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'networkActivity',
      entityId: id,
      action: 'create',
      summary: `บันทึกกิจกรรม "${activity.title}" ของ${network.name} (ผู้เข้าร่วม ${peopleCount(participants)})`.slice(0, 300),
    });
    for (const item of links) writeLibraryItem(deps.repos, deps, tx, item, network);
  });
  return activity;
}

/** Loads an activity of this network inside a transaction (another network's reads as absent). */
export async function activityInTx(
  repos: Repositories,
  tx: TransactionContext,
  network: Network,
  activityId: string,
): Promise<NetworkActivity> {
  const current = await repos.networkActivities.inTx(tx).get(activityId);
  if (!current || current.networkId !== network.id || current.areaId !== network.areaId)
    throw new AppError('activity/not-found', `No activity ${activityId} in network ${network.id}`);
  return current;
}

/** A partial edit: fields left out of the body stay as they are; links in it are added to the library. */
export async function updateNetworkActivity(
  deps: NetworkLogDeps,
  actor: Actor,
  networkId: string,
  activityId: string,
  body: unknown,
): Promise<NetworkActivity> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const parsed = parseOrThrow(networkActivityPatchSchema, body, 'Network activity');
  const present = new Set(body !== null && typeof body === 'object' ? Object.keys(body) : []);
  const now = deps.clock.now();
  if (present.has('date') && parsed.date) assertNotFuture(parsed.date, now);
  if (present.has('planActivityId')) await assertPlanActivity(deps.repos, actor, parsed.planActivityId ?? null);
  const participants =
    present.has('participants') && parsed.participants
      ? await resolveParticipants(deps.repos, actor, network.id, parsed.participants)
      : undefined;
  const at = now.toISOString();
  const links = linksOf(deps, actor, network, present.has('knowledgeLinks') ? (parsed.knowledgeLinks ?? []) : [], activityId, at);
  return deps.repos.store.runTransaction(async (tx) => {
    const before = await activityInTx(deps.repos, tx, network, activityId);
    const pick = <K extends 'title' | 'kind' | 'date' | 'planActivityId' | 'notes'>(k: K): NetworkActivity[K] =>
      present.has(k) && parsed[k] !== undefined ? (parsed[k] as NetworkActivity[K]) : before[k];
    const after: NetworkActivity = {
      ...before,
      title: pick('title'),
      kind: pick('kind'),
      date: pick('date'),
      planActivityId: pick('planActivityId'),
      notes: pick('notes'),
      participants: participants ?? before.participants,
      libraryItemIds: [...before.libraryItemIds, ...links.map((l) => l.id)],
      updatedAt: at,
    };
    deps.repos.networkActivities.inTx(tx).put(after);
    const changes: AuditEntry['changes'] = changedFields(before, after, ['title', 'kind', 'date', 'planActivityId']);
    // Notes and who took part are personal: the log names the change, with counts instead of people.
    if (before.notes !== after.notes) changes.push({ field: 'notes', from: null, to: null });
    if (JSON.stringify(before.participants) !== JSON.stringify(after.participants))
      changes.push({ field: 'participants', from: peopleCount(before.participants), to: peopleCount(after.participants) });
    if (links.length)
      changes.push({ field: 'libraryItemIds', from: String(before.libraryItemIds.length), to: String(after.libraryItemIds.length) });
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: network.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'networkActivity',
      entityId: activityId,
      action: 'update',
      summary: `แก้ไขกิจกรรม "${after.title}" ของ${network.name}`.slice(0, 300),
      changes,
    });
    for (const item of links) writeLibraryItem(deps.repos, deps, tx, item, network);
    return after;
  });
}

/**
 * Deletes the activity and then its evidence files. Knowledge it shared stays in the network's library
 * (unlinked from the activity): the library belongs to the network, not to one record.
 */
export async function deleteNetworkActivity(
  deps: NetworkLogDeps,
  actor: Actor,
  networkId: string,
  activityId: string,
): Promise<{ deletedFiles: number; filesLeft: string[] }> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const at = deps.clock.now().toISOString();
  const removed = await deps.repos.store.runTransaction(async (tx) => {
    const activity = await activityInTx(deps.repos, tx, network, activityId);
    const items = await Promise.all(activity.libraryItemIds.map((id) => deps.repos.libraryItems.inTx(tx).get(id)));
    for (const item of items.filter((i): i is LibraryItem => i !== null && i.activityId === activity.id))
      deps.repos.libraryItems.inTx(tx).put({ ...item, activityId: null, updatedAt: at });
    tx.delete(COLLECTIONS.networkActivities, activity.id);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: network.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'networkActivity',
      entityId: activity.id,
      action: 'delete',
      summary: `ลบกิจกรรม "${activity.title}" ของ${network.name} พร้อมหลักฐาน ${activity.evidence.length} ไฟล์`.slice(0, 300),
    });
    return activity;
  });
  const keys = removed.evidence.map((f) => f.key);
  const filesLeft = await deleteFilesQuietly(deps.files, keys);
  return { deletedFiles: keys.length - filesLeft.length, filesLeft };
}
