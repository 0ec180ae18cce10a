// The supervisor's data-quality board (three figures, nudges once a day each), office settings and held messages.
import express, { type RequestHandler, type Router } from 'express';
import {
  AppError,
  settingsRequestSchema,
  toSettingsView,
  type SettingsResponse,
  type OutboxStatusResponse,
  type OutboxResumeResponse,
  MEMBER_PATHS,
  DATA_QUALITY_PATHS,
  dataQualityBoard,
  loadOfficeQualityData,
  nudgeTargetRequestSchema,
  updateOfficeSettings,
  type DataQualityBoardResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';
import { parseBody } from './parse-body';
import { parkedForQuota, resumeParkedOutbox } from '../outbox';
import { previewNudges, sendNudges } from '../notify/data-quality-nudges';

const path = (p: string) => p.replace(/^\/api/, '');

export function supervisorRouter(deps: BotDeps): Router {
  const r = express.Router();
  const supervisor: RequestHandler[] = [requireLineUser(deps), requireMember(deps), requireSupervisor];

  r.get(path(MEMBER_PATHS.dataQuality), ...supervisor, async (req, res) => {
    const now = deps.clock.now();
    const body: DataQualityBoardResponse = dataQualityBoard(await loadOfficeQualityData(deps.repos, req.actor!.areaId, now), now);
    res.set('cache-control', 'no-store').json(body);
  });

  r.post(path(DATA_QUALITY_PATHS.nudgePreview), ...supervisor, async (req, res) => {
    res.json(await previewNudges(deps, req.actor!.areaId, parseBody(nudgeTargetRequestSchema, req.body)));
  });

  r.post(path(MEMBER_PATHS.nudges), ...supervisor, async (req, res) => {
    res.json(await sendNudges(deps, req.actor!.areaId, parseBody(nudgeTargetRequestSchema, req.body)));
  });

  const officeOf = async (areaId: string) => {
    const area = await deps.repos.areas.get(areaId);
    if (!area) throw new AppError('area/not-found', `No area ${areaId}`);
    return area;
  };

  r.get(path(MEMBER_PATHS.settings), ...supervisor, async (req, res) => {
    const body: SettingsResponse = toSettingsView(await officeOf(req.actor!.areaId));
    res.set('cache-control', 'no-store').json(body);
  });

  r.put(path(MEMBER_PATHS.settings), ...supervisor, async (req, res) => {
    const next = await updateOfficeSettings(deps, req.actor!, parseBody(settingsRequestSchema, req.body));
    const body: SettingsResponse = toSettingsView(next);
    res.json(body);
  });

  r.get(path(MEMBER_PATHS.outbox), ...supervisor, async (req, res) => {
    const parked = await parkedForQuota(deps, req.actor!.areaId);
    const body: OutboxStatusResponse = {
      parkedForQuota: { batches: parked.length, recipients: parked.reduce((n, b) => n + b.to.length, 0) },
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.post(path(MEMBER_PATHS.outboxResume), ...supervisor, async (req, res) => {
    const body: OutboxResumeResponse = { resumed: await resumeParkedOutbox(deps, deps.clock.now(), req.actor!.areaId) };
    res.json(body);
  });

  return r;
}
