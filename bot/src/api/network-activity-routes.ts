// The network development log API: activities, evidence uploads and downloads, and each network's knowledge library.
import express, { type Request, type RequestHandler, type Response, type Router } from 'express';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AppError,
  FILE_NAME_HEADER,
  MAX_STORED_FILE_BYTES,
  activityOptions,
  activityViews,
  addEvidence,
  addLibraryDocument,
  addLibraryLink,
  contentDisposition,
  createNetworkActivity,
  deleteNetworkActivity,
  evidenceFile,
  libraryFile,
  listLibrary,
  listNetworkActivities,
  managedNetwork,
  removeEvidence,
  removeLibraryItem,
  updateNetworkActivity,
  type LibraryItemResponse,
  type NetworkActivity,
  type NetworkActivityResponse,
  type StoredFile,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember } from './auth';

const param = (req: Request, name: string) => String(req.params[name]);

/** The upload's bytes whatever its declared type (the type is read from the bytes); over the cap is a Thai 413. */
function rawUpload(): RequestHandler {
  const raw = express.raw({ type: () => true, limit: MAX_STORED_FILE_BYTES });
  const tooLarge = () => new AppError('file/too-large', 'Upload over the size limit');
  return (req, res, next) => {
    if (Number(req.get('content-length') ?? 0) > MAX_STORED_FILE_BYTES) return next(tooLarge());
    raw(req, res, (err?: unknown) => {
      if ((err as { type?: string } | undefined)?.type === 'entity.too.large') return next(tooLarge());
      next(err);
    });
  };
}

function uploadOf(req: Request): { bytes: Uint8Array; name: string } {
  const bytes: Uint8Array = Buffer.isBuffer(req.body) ? req.body : new Uint8Array();
  let name = 'file';
  try {
    name = decodeURIComponent(req.get(FILE_NAME_HEADER) ?? 'file');
  } catch {
    // a malformed name is only a display name: keep the neutral one
  }
  return { bytes, name };
}

/** Files are private: exact type, a safe disposition, never cached by shared caches, never run as a page. */
async function sendStoredFile(deps: BotDeps, res: Response, file: StoredFile): Promise<void> {
  const object = await deps.files.open(file.key);
  if (!object) throw new AppError('file/not-found', `Stored object for ${file.id} is missing`);
  res.set({
    'content-type': file.contentType,
    'content-length': String(object.size || file.size),
    'content-disposition': contentDisposition(file.name, file.contentType),
    'cache-control': 'private, no-store',
    'content-security-policy': "default-src 'none'; sandbox",
  });
  await pipeline(Readable.fromWeb(object.stream as import('node:stream/web').ReadableStream<Uint8Array>), res);
}

export function networkActivityRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member: RequestHandler[] = [requireLineUser(deps), requireMember(deps)];
  /** Refuses a non-manager before a 10 MB body is read (the use case checks again). */
  const managerFirst: RequestHandler = async (req, _res, next) => {
    try {
      await managedNetwork(deps.repos, req.actor!, param(req, 'id'));
      next();
    } catch (e) {
      next(e);
    }
  };
  const upload = [...member, managerFirst, rawUpload()];
  const view = async (a: NetworkActivity): Promise<NetworkActivityResponse> => ({ activity: (await activityViews(deps.repos, [a]))[0]! });

  r.get('/networks/:id/activities', ...member, async (req, res) => {
    res.set('cache-control', 'no-store').json(await listNetworkActivities(deps.repos, req.actor!, param(req, 'id')));
  });
  r.get('/networks/:id/activity-options', ...member, async (req, res) => {
    res.set('cache-control', 'no-store').json(await activityOptions(deps.repos, req.actor!, param(req, 'id'), deps.clock.now()));
  });
  r.post('/networks/:id/activities', ...member, async (req, res) => {
    res.status(201).json(await view(await createNetworkActivity(deps, req.actor!, param(req, 'id'), req.body)));
  });
  r.patch('/networks/:id/activities/:activityId', ...member, async (req, res) => {
    res.json(await view(await updateNetworkActivity(deps, req.actor!, param(req, 'id'), param(req, 'activityId'), req.body)));
  });
  r.delete('/networks/:id/activities/:activityId', ...member, async (req, res) => {
    const result = await deleteNetworkActivity(deps, req.actor!, param(req, 'id'), param(req, 'activityId'));
    if (result.filesLeft.length) req.log.warn({ filesLeft: result.filesLeft.length }, 'activity deleted, some evidence files remain');
    res.json({ deleted: true, deletedFiles: result.deletedFiles });
  });

  r.post('/networks/:id/activities/:activityId/evidence', ...upload, async (req, res) => {
    const activity = await addEvidence(deps, req.actor!, param(req, 'id'), param(req, 'activityId'), uploadOf(req));
    const added = activity.evidence.at(-1)!;
    req.log.info({ contentType: added.contentType, size: added.size }, 'evidence stored');
    res.status(201).json(await view(activity));
  });
  r.get('/networks/:id/activities/:activityId/evidence/:fileId', ...member, async (req, res) => {
    await sendStoredFile(deps, res, await evidenceFile(deps, req.actor!, param(req, 'id'), param(req, 'activityId'), param(req, 'fileId')));
  });
  r.delete('/networks/:id/activities/:activityId/evidence/:fileId', ...member, async (req, res) => {
    res.json(await view(await removeEvidence(deps, req.actor!, param(req, 'id'), param(req, 'activityId'), param(req, 'fileId'))));
  });

  r.get('/networks/:id/library', ...member, async (req, res) => {
    res.set('cache-control', 'no-store').json(await listLibrary(deps, req.actor!, param(req, 'id')));
  });
  r.post('/networks/:id/library', ...member, async (req, res) => {
    const body: LibraryItemResponse = { item: await addLibraryLink(deps, req.actor!, param(req, 'id'), req.body) };
    res.status(201).json(body);
  });
  r.post('/networks/:id/library/documents', ...upload, async (req, res) => {
    const body: LibraryItemResponse = { item: await addLibraryDocument(deps, req.actor!, param(req, 'id'), req.query, uploadOf(req)) };
    res.status(201).json(body);
  });
  r.delete('/networks/:id/library/:itemId', ...member, async (req, res) => {
    await removeLibraryItem(deps, req.actor!, param(req, 'id'), param(req, 'itemId'));
    res.json({ deleted: true });
  });
  r.get('/networks/:id/library/:itemId/file', ...member, async (req, res) => {
    await sendStoredFile(deps, res, await libraryFile(deps, req.actor!, param(req, 'id'), param(req, 'itemId')));
  });

  return r;
}
