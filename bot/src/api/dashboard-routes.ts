// The office dashboard (step 5), its recommendations and "start next cycle" (step 6) over HTTP: staff read, supervisors change.
import express, { type Request, type Router } from 'express';
import {
  PLAN_PATHS,
  createRecommendation,
  cycleFigures,
  recommendationsOfCycle,
  resolveCycle,
  startNextCycle,
  updateRecommendation,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireStaff, requireSupervisor } from './auth';

const path = (p: string) => p.replace(/^\/api/, '');

export function dashboardRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member = [requireLineUser(deps), requireMember(deps)];
  const cycleOf = (req: Request) => resolveCycle(req.query, deps.clock.now());

  r.get(path(PLAN_PATHS.dashboard), ...member, requireStaff, async (req, res) => {
    res.json({ figures: await cycleFigures(deps.repos, req.actor!.areaId, cycleOf(req), { clock: deps.clock }) });
  });

  r.get(path(PLAN_PATHS.recommendations), ...member, requireStaff, async (req, res) => {
    res.json({ recommendations: await recommendationsOfCycle(deps.repos, req.actor!.areaId, cycleOf(req)) });
  });

  r.post(path(PLAN_PATHS.recommendations), ...member, requireSupervisor, async (req, res) => {
    res.status(201).json({ recommendation: await createRecommendation(deps, req.actor!, cycleOf(req), req.body) });
  });

  r.put('/recommendations/:id', ...member, requireSupervisor, async (req, res) => {
    res.json({ recommendation: await updateRecommendation(deps, req.actor!, String(req.params.id), req.body) });
  });

  r.post(path(PLAN_PATHS.nextCycle), ...member, requireSupervisor, async (req, res) => {
    res.json(await startNextCycle(deps, req.actor!, cycleOf(req)));
  });

  return r;
}
