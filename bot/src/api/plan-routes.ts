// The yearly plan over HTTP (step 2): staff of the office read it beside the needs and add, edit and remove activities.
import express, { type Request, type Router } from 'express';
import { PLAN_PATHS, createPlanActivity, deletePlanActivity, planView, resolveCycle, updatePlanActivity } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireStaff } from './auth';

const path = (p: string) => p.replace(/^\/api/, '');
const id = (req: Request) => String(req.params.id);

export function planRouter(deps: BotDeps): Router {
  const r = express.Router();
  const staff = [requireLineUser(deps), requireMember(deps), requireStaff];
  const cycleOf = (req: Request) => resolveCycle(req.query, deps.clock.now());

  r.get(path(PLAN_PATHS.plan), ...staff, async (req, res) => {
    res.json(await planView(deps.repos, req.actor!, cycleOf(req)));
  });

  r.post(path(PLAN_PATHS.activities), ...staff, async (req, res) => {
    res.status(201).json({ activity: await createPlanActivity(deps, req.actor!, cycleOf(req), req.body) });
  });

  r.put('/plan/activities/:id', ...staff, async (req, res) => {
    res.json({ activity: await updatePlanActivity(deps, req.actor!, id(req), req.body) });
  });

  r.delete('/plan/activities/:id', ...staff, async (req, res) => {
    await deletePlanActivity(deps, req.actor!, id(req));
    res.status(204).end();
  });

  return r;
}
