// The audit log for supervisors: read only (no route writes, edits or deletes an entry), own office, newest first.
import express, { type Router } from 'express';
import { AUDIT_PATHS, listAuditLog } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';

const path = (p: string) => p.replace(/^\/api/, '');

export function auditRouter(deps: BotDeps): Router {
  const r = express.Router();
  r.get(path(AUDIT_PATHS.log), requireLineUser(deps), requireMember(deps), requireSupervisor, async (req, res) => {
    res.set('cache-control', 'no-store').json(await listAuditLog(deps.repos, req.actor!, req.query));
  });
  return r;
}
