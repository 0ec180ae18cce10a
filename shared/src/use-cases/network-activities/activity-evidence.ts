// Evidence of an activity (photos, files): checked, stored, then listed on the record in one audited transaction.
import { AppError } from '../../errors';
import type { Actor } from '../../auth/policy';
import { MAX_EVIDENCE_FILES, STORED_FILE_TYPES, type NetworkActivity, type StoredFile } from '../../domain/network-activity';
import { recordAudit } from '../audit/record-audit';
import { checkUpload, sanitiseFileName } from './file-checks';
import type { Upload } from './library';
import { deleteFilesQuietly, evidenceKey, managedNetwork, type NetworkLogDeps } from './network-access';
import { activityInTx } from './record-activity';

const tooMany = (id: string) => new AppError('file/too-many', `Activity ${id} already has ${MAX_EVIDENCE_FILES} evidence files`);

/** The file is written first; if the record cannot take it (deleted meanwhile, full), the file is removed again. */
export async function addEvidence(
  deps: NetworkLogDeps,
  actor: Actor,
  networkId: string,
  activityId: string,
  upload: Upload,
): Promise<NetworkActivity> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const contentType = checkUpload(upload.bytes);
  const existing = await deps.repos.networkActivities.get(activityId);
  if (!existing || existing.networkId !== network.id) throw new AppError('activity/not-found', `No activity ${activityId}`);
  if (existing.evidence.length >= MAX_EVIDENCE_FILES) throw tooMany(activityId);
  const now = deps.clock.now().toISOString();
  const fileId = deps.ids.newId().toLowerCase();
  const file: StoredFile = {
    id: fileId,
    key: evidenceKey(network, activityId, fileId, STORED_FILE_TYPES[contentType]),
    name: sanitiseFileName(upload.name, contentType),
    contentType,
    size: upload.bytes.length,
    uploadedBy: actor.memberId,
    uploadedAt: now,
  };
  await deps.files.put(file.key, upload.bytes, { contentType });
  try {
    return await deps.repos.store.runTransaction(async (tx) => {
      const before = await activityInTx(deps.repos, tx, network, activityId);
      if (before.evidence.length >= MAX_EVIDENCE_FILES) throw tooMany(activityId);
      const after: NetworkActivity = { ...before, evidence: [...before.evidence, file], updatedAt: now };
      deps.repos.networkActivities.inTx(tx).put(after);
      recordAudit(deps.repos, deps.ids, tx, {
        areaId: network.areaId,
        at: now,
        actorMemberId: actor.memberId,
        entity: 'networkActivity',
        entityId: activityId,
        action: 'update',
        summary: `แนบหลักฐาน "${file.name}" ในกิจกรรม "${before.title}"`.slice(0, 300),
        changes: [{ field: 'evidence', from: String(before.evidence.length), to: String(after.evidence.length) }],
      });
      return after;
    });
  } catch (e) {
    await deleteFilesQuietly(deps.files, [file.key]);
    throw e;
  }
}

export async function removeEvidence(
  deps: NetworkLogDeps,
  actor: Actor,
  networkId: string,
  activityId: string,
  fileId: string,
): Promise<NetworkActivity> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const now = deps.clock.now().toISOString();
  const { after, file } = await deps.repos.store.runTransaction(async (tx) => {
    const before = await activityInTx(deps.repos, tx, network, activityId);
    const file = before.evidence.find((f) => f.id === fileId);
    if (!file) throw new AppError('file/not-found', `No evidence ${fileId} on activity ${activityId}`);
    const after: NetworkActivity = { ...before, evidence: before.evidence.filter((f) => f.id !== fileId), updatedAt: now };
    deps.repos.networkActivities.inTx(tx).put(after);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: network.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'networkActivity',
      entityId: activityId,
      action: 'update',
      summary: `ลบหลักฐาน "${file.name}" จากกิจกรรม "${before.title}"`.slice(0, 300),
      changes: [{ field: 'evidence', from: String(before.evidence.length), to: String(after.evidence.length) }],
    });
    return { after, file };
  });
  await deleteFilesQuietly(deps.files, [file.key]);
  return after;
}

/** An evidence file's record, for the network's coordinators and the office's supervisors only. */
export async function evidenceFile(
  deps: Pick<NetworkLogDeps, 'repos'>,
  actor: Actor,
  networkId: string,
  activityId: string,
  fileId: string,
): Promise<StoredFile> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const activity = await deps.repos.networkActivities.get(activityId);
  if (!activity || activity.networkId !== network.id) throw new AppError('activity/not-found', `No activity ${activityId}`);
  const file = activity.evidence.find((f) => f.id === fileId);
  if (!file) throw new AppError('file/not-found', `No evidence ${fileId} on activity ${activityId}`);
  return file;
}
