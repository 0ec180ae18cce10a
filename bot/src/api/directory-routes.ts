// Supervisor API of the school and member directory: preview and import files, export CSV/XLSX, one office only.
import express, { type Request, type Router } from 'express';
import {
  AppError,
  directoryExportQuerySchema,
  directoryImportQuerySchema,
  directoryKindSchema,
  invalidRowCount,
  MAX_DIRECTORY_FILE_BYTES,
  toPreview,
  type DirectoryImportResult,
  type DirectoryKind,
  type ImportPlan,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';
import { applyPlan, planImport } from '../directory/directory-service';
import { exportDirectory } from '../directory/export-directory';

/** The file's bytes whatever its declared type: the reader recognises XLSX and CSV by content. */
const rawFile = express.raw({ type: () => true, limit: MAX_DIRECTORY_FILE_BYTES });

function kindOf(req: Request): DirectoryKind {
  const kind = directoryKindSchema.safeParse(req.params.kind);
  if (!kind.success) throw new AppError('http/not-found', `No directory kind ${String(req.params.kind)}`);
  return kind.data;
}

function fileOf(req: Request): Buffer {
  if (!Buffer.isBuffer(req.body) || req.body.length === 0)
    throw new AppError('directory/unreadable-file', 'Empty or non-file request body');
  return req.body;
}

/** A file whose headers do not fit cannot be planned row by row: one clear 400 naming the columns. */
function assertReadableFile(plan: ImportPlan): void {
  if (plan.fileErrors.length > 0)
    throw new AppError('directory/invalid-file', `Directory file refused: ${plan.fileErrors.length} file-level problems`, {
      thai: plan.fileErrors.join(' '),
    });
}

export function directoryRouter(deps: BotDeps): Router {
  const router = express.Router();
  const supervisorOnly = [requireLineUser(deps), requireMember(deps), requireSupervisor];

  router.post('/directory/:kind/preview', ...supervisorOnly, rawFile, async (req, res) => {
    const plan = await planImport(deps, req.actor!.areaId, kindOf(req), fileOf(req));
    assertReadableFile(plan);
    res.set('cache-control', 'no-store').json(toPreview(plan));
  });

  router.post('/directory/:kind/import', ...supervisorOnly, rawFile, async (req, res) => {
    const kind = kindOf(req);
    const { skipInvalid } = directoryImportQuerySchema.parse(req.query);
    const areaId = req.actor!.areaId;
    const plan = await planImport(deps, areaId, kind, fileOf(req));
    assertReadableFile(plan);
    const invalid = invalidRowCount(plan);
    if (invalid > 0 && !skipInvalid) {
      const error = new AppError('directory/invalid-rows', `Import refused: ${invalid} invalid rows`);
      req.log.warn({ code: error.code, kind, invalid }, error.message);
      res.status(error.status).json({ ...error.toBody(), preview: toPreview(plan) });
      return;
    }
    const applied = await applyPlan(deps, areaId, plan);
    req.log.info({ kind, ...applied, skippedInvalid: invalid }, 'directory import applied');
    const body: DirectoryImportResult = { kind, counts: { ...applied, skippedInvalid: invalid }, errors: plan.errors };
    res.json(body);
  });

  router.get('/directory/:kind/export', ...supervisorOnly, async (req, res) => {
    const query = directoryExportQuerySchema.safeParse(req.query);
    if (!query.success) throw new AppError('validation/invalid-input', 'Unknown export format', { fields: { format: 'csv or xlsx' } });
    const file = await exportDirectory(deps, req.actor!.areaId, kindOf(req), query.data.format);
    res.set({ 'content-type': file.contentType, 'content-disposition': file.disposition, 'cache-control': 'no-store' }).send(file.bytes);
  });

  return router;
}
