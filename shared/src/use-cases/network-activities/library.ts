// A network's knowledge library: members browse it; coordinators and supervisors add links and documents.
import { AppError } from '../../errors';
import type { Actor } from '../../auth/policy';
import { STORED_FILE_TYPES, type LibraryItem, type StoredFile } from '../../domain/network-activity';
import type { Network } from '../../domain/network';
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import { COLLECTIONS } from '../../store/collections';
import { parseOrThrow } from '../../validation';
import { recordAudit } from '../audit/record-audit';
import { libraryDocumentQuerySchema, libraryLinkInputSchema, type LibraryItemView, type LibraryResponse } from './contracts';
import { checkUpload, sanitiseFileName } from './file-checks';
import { deleteFilesQuietly, libraryKey, managedNetwork, readableNetwork, type NetworkLogDeps } from './network-access';
import { namesOf, toLibraryItemView } from './views';

export interface Upload {
  bytes: Uint8Array;
  /** The name the client sent (display only; sanitised before it is kept). */
  name: string;
}

/** A link item (pure): built here and by recording an activity that shared links. */
export function newLibraryLink(
  deps: Pick<NetworkLogDeps, 'ids'>,
  actor: Actor,
  network: Network,
  input: ReturnType<typeof libraryLinkInputSchema.parse>,
  activityId: string | null,
  now: string,
): LibraryItem {
  return {
    id: `lib-${deps.ids.newId()}`,
    areaId: network.areaId,
    networkId: network.id,
    kind: 'link',
    title: input.title,
    description: input.description,
    url: input.url,
    file: null,
    activityId,
    addedBy: actor.memberId,
    createdAt: now,
    updatedAt: now,
  };
}

/** Adds the item and its audit entry to the transaction (after the transaction's reads). */
export function writeLibraryItem(
  repos: Repositories,
  deps: Pick<NetworkLogDeps, 'ids'>,
  tx: TransactionContext,
  item: LibraryItem,
  network: Network,
): void {
  repos.libraryItems.inTx(tx).create(item);
  recordAudit(repos, deps.ids, tx, {
    areaId: item.areaId,
    at: item.createdAt,
    actorMemberId: item.addedBy,
    entity: 'libraryItem',
    entityId: item.id,
    action: 'create',
    summary: `เพิ่ม${item.kind === 'link' ? 'ลิงก์' : 'เอกสาร'} "${item.title}" ในคลังความรู้ของ${network.name}`.slice(0, 300),
  });
}

async function itemViews(repos: Repositories, items: LibraryItem[]): Promise<LibraryItemView[]> {
  const activityIds = [...new Set(items.map((i) => i.activityId).filter((id): id is string => id !== null))];
  const [names, activities] = await Promise.all([
    namesOf(
      repos,
      items.map((i) => i.addedBy),
    ),
    repos.networkActivities.getMany(activityIds),
  ]);
  const titles = new Map(activities.filter((a) => a !== null).map((a) => [a.id, a.title]));
  return items.map((i) => toLibraryItemView(i, names, titles));
}

export async function listLibrary(deps: Pick<NetworkLogDeps, 'repos'>, actor: Actor, networkId: string): Promise<LibraryResponse> {
  const { network, manager } = await readableNetwork(deps.repos, actor, networkId);
  const { items } = await deps.repos.libraryItems.list({
    where: [{ field: 'networkId', op: '==', value: network.id }],
    orderBy: [{ field: 'createdAt', direction: 'desc' }],
    limit: 500,
  });
  return { network: { id: network.id, name: network.name }, manager, items: await itemViews(deps.repos, items) };
}

export async function addLibraryLink(deps: NetworkLogDeps, actor: Actor, networkId: string, body: unknown): Promise<LibraryItemView> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const input = parseOrThrow(libraryLinkInputSchema, body, 'Library link');
  const item = newLibraryLink(deps, actor, network, input, null, deps.clock.now().toISOString());
  await deps.repos.store.runTransaction(async (tx) => writeLibraryItem(deps.repos, deps, tx, item, network));
  return (await itemViews(deps.repos, [item]))[0]!;
}

/** Stores the file first, then the item (and its link from the activity) in one transaction; undone if that fails. */
export async function addLibraryDocument(
  deps: NetworkLogDeps,
  actor: Actor,
  networkId: string,
  query: unknown,
  upload: Upload,
): Promise<LibraryItemView> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const meta = parseOrThrow(libraryDocumentQuerySchema, query, 'Library document');
  const contentType = checkUpload(upload.bytes);
  if (meta.activityId) {
    const activity = await deps.repos.networkActivities.get(meta.activityId);
    if (!activity || activity.networkId !== network.id) throw new AppError('activity/not-found', `No activity ${meta.activityId}`);
  }
  const now = deps.clock.now().toISOString();
  const itemId = `lib-${deps.ids.newId()}`;
  const fileId = deps.ids.newId().toLowerCase();
  const file: StoredFile = {
    id: fileId,
    key: libraryKey(network, itemId, fileId, STORED_FILE_TYPES[contentType]),
    name: sanitiseFileName(upload.name, contentType),
    contentType,
    size: upload.bytes.length,
    uploadedBy: actor.memberId,
    uploadedAt: now,
  };
  const item: LibraryItem = {
    id: itemId,
    areaId: network.areaId,
    networkId: network.id,
    kind: 'document',
    title: meta.title,
    description: meta.description,
    url: null,
    file,
    activityId: meta.activityId ?? null,
    addedBy: actor.memberId,
    createdAt: now,
    updatedAt: now,
  };
  await deps.files.put(file.key, upload.bytes, { contentType });
  try {
    await deps.repos.store.runTransaction(async (tx) => {
      const activity = item.activityId ? await deps.repos.networkActivities.inTx(tx).get(item.activityId) : null;
      if (item.activityId && !activity) throw new AppError('activity/not-found', `Activity ${item.activityId} is gone`);
      if (activity)
        deps.repos.networkActivities.inTx(tx).put({ ...activity, libraryItemIds: [...activity.libraryItemIds, item.id], updatedAt: now });
      writeLibraryItem(deps.repos, deps, tx, item, network);
    });
  } catch (e) {
    await deleteFilesQuietly(deps.files, [file.key]);
    throw e;
  }
  return (await itemViews(deps.repos, [item]))[0]!;
}

/** Removes the item (and its mention in the activity it came from); a document's file goes with it. */
export async function removeLibraryItem(deps: NetworkLogDeps, actor: Actor, networkId: string, itemId: string): Promise<void> {
  const network = await managedNetwork(deps.repos, actor, networkId);
  const now = deps.clock.now().toISOString();
  const removed = await deps.repos.store.runTransaction(async (tx) => {
    const item = await deps.repos.libraryItems.inTx(tx).get(itemId);
    if (!item || item.networkId !== network.id) throw new AppError('library/not-found', `No library item ${itemId}`);
    const activity = item.activityId ? await deps.repos.networkActivities.inTx(tx).get(item.activityId) : null;
    if (activity)
      deps.repos.networkActivities
        .inTx(tx)
        .put({ ...activity, libraryItemIds: activity.libraryItemIds.filter((id) => id !== item.id), updatedAt: now });
    tx.delete(COLLECTIONS.libraryItems, item.id);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: network.areaId,
      at: now,
      actorMemberId: actor.memberId,
      entity: 'libraryItem',
      entityId: item.id,
      action: 'delete',
      summary: `ลบ "${item.title}" ออกจากคลังความรู้ของ${network.name}`.slice(0, 300),
    });
    return item;
  });
  if (removed.file) await deleteFilesQuietly(deps.files, [removed.file.key]);
}

/** The document behind a library item, for members of the network and its managers. */
export async function libraryFile(
  deps: Pick<NetworkLogDeps, 'repos'>,
  actor: Actor,
  networkId: string,
  itemId: string,
): Promise<StoredFile> {
  const { network } = await readableNetwork(deps.repos, actor, networkId);
  const item = await deps.repos.libraryItems.get(itemId);
  if (!item || item.networkId !== network.id) throw new AppError('library/not-found', `No library item ${itemId}`);
  if (!item.file) throw new AppError('file/not-found', `Library item ${itemId} is a link`);
  return item.file;
}
