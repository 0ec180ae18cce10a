// The supervisor's data-quality view and the rate-limited nudge asking people to update their profile.
import express, { type RequestHandler, type Router } from 'express';
import {
  AppError,
  settingsRequestSchema,
  toSettingsView,
  type SettingsResponse,
  type OutboxStatusResponse,
  type OutboxResumeResponse,
  MEMBER_PATHS,
  canReceivePush,
  dataQuality,
  nudgeRequestSchema,
  nudgedToday,
  type DataQualityResponse,
  type Member,
  type NudgeResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';
import { parseBody } from './parse-body';
import { enqueueMulticast, parkedForQuota, resumeParkedOutbox, runOutbox } from '../outbox';
import { registerCard } from '../replies/welcome-replies';
import { th } from '../replies/th';

const path = (p: string) => p.replace(/^\/api/, '');

export function supervisorRouter(deps: BotDeps): Router {
  const r = express.Router();
  const supervisor: RequestHandler[] = [requireLineUser(deps), requireMember(deps), requireSupervisor];

  r.get(path(MEMBER_PATHS.dataQuality), ...supervisor, async (req, res) => {
    const areaId = req.actor!.areaId;
    const inArea = { where: [{ field: 'areaId', op: '==' as const, value: areaId }] };
    const [area, members, networks, memberships, schools] = await Promise.all([
      deps.repos.areas.get(areaId),
      deps.repos.members.list(inArea),
      deps.repos.networks.list(inArea),
      deps.repos.memberships.list(inArea),
      deps.repos.schools.list(inArea),
    ]);
    const body: DataQualityResponse = dataQuality({
      now: deps.clock.now(),
      staleDays: area?.profileStaleDays ?? 180,
      members: members.items,
      networks: networks.items,
      memberships: memberships.items,
      schools: schools.items,
    });
    res.json(body);
  });

  r.post(path(MEMBER_PATHS.nudges), ...supervisor, async (req, res) => {
    const { memberIds } = parseBody(nudgeRequestSchema, req.body);
    const now = deps.clock.now();
    const result: NudgeResponse = { sent: 0, skippedRecently: 0, skippedUnreachable: 0 };
    const nudged: Member[] = [];
    for (const id of new Set(memberIds)) {
      // Claim the nudge first, in a transaction, so two supervisors pressing at once send it once.
      const claimed = await deps.repos.store.runTransaction(async (tx) => {
        const members = deps.repos.members.inTx(tx);
        const m = await members.get(id);
        if (!m || m.areaId !== req.actor!.areaId || !canReceivePush(m)) return 'unreachable' as const;
        if (nudgedToday(m, now)) return 'recent' as const;
        members.put({ ...m, lastNudgedAt: now.toISOString() });
        return m;
      });
      if (claimed === 'unreachable') result.skippedUnreachable += 1;
      else if (claimed === 'recent') result.skippedRecently += 1;
      else nudged.push(claimed);
    }
    // Through the outbox (one multicast per card variant), then dispatched at once; the loop retries.
    for (const registered of [true, false]) {
      const group = nudged.filter((m) => (m.registeredAt !== null) === registered);
      if (group.length === 0) continue;
      const queued = await enqueueMulticast(deps, {
        areaId: req.actor!.areaId,
        reason: 'nudge',
        recipientMemberIds: group.map((m) => m.id),
        messages: [{ type: 'text', text: th.nudge }, registerCard(deps.config.LIFF_URL, registered)],
        dedupeKey: `nudge:${req.actor!.memberId}:${now.toISOString()}:${registered}`,
      });
      result.sent += queued.reachable;
      result.skippedUnreachable += queued.skippedUnreachable;
    }
    if (nudged.length > 0) await runOutbox(deps);
    res.json(result);
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
    const changes = parseBody(settingsRequestSchema, req.body);
    const next = { ...(await officeOf(req.actor!.areaId)), ...changes, updatedAt: deps.clock.now().toISOString() };
    await deps.repos.areas.put(next);
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
