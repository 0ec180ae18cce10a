// The REST API for the LIFF app: config, my profile, registration and the school directory.
import express, { type Router } from 'express';
import {
  AppError,
  API_PATHS,
  registerMember,
  linkRosterOnRegistration,
  toMemberView,
  type LiffConfig,
  type MeResponse,
  type RegistrationResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser } from './auth';
import { registeredConfirmation } from '../replies/welcome-replies';
import { retryKeyFor } from '../line/messenger';

const thaiCollator = new Intl.Collator('th');

/** What the LIFF app needs before LIFF init (served at /api/liff-config and inlined into the LIFF page). */
export async function liffConfigOf(deps: BotDeps): Promise<LiffConfig> {
  return {
    liffId: deps.config.LIFF_ID,
    mock: deps.config.LIFF_MOCK,
    liffUrl: deps.config.LIFF_URL,
    areaName: (await deps.repos.areas.get(deps.config.AREA_ID))?.name ?? deps.config.AREA_NAME,
  };
}

export function apiRouter(deps: BotDeps): Router {
  const router = express.Router();
  const auth = requireLineUser(deps);
  const areaName = async () => (await deps.repos.areas.get(deps.config.AREA_ID))?.name ?? deps.config.AREA_NAME;

  router.get(API_PATHS.liffConfig.replace('/api', ''), async (_req, res) => {
    res.set('cache-control', 'no-cache').json(await liffConfigOf(deps));
  });

  router.get(API_PATHS.me.replace('/api', ''), auth, async (req, res) => {
    const a = req.auth!;
    const member = await deps.repos.members.get(a.memberId);
    if (!member) throw new AppError('member/not-found', 'Member not found for verified user');
    const body: MeResponse = { member: toMemberView(member), area: { id: a.areaId, name: await areaName() } };
    res.json(body);
  });

  router.put(API_PATHS.registration.replace('/api', ''), auth, async (req, res) => {
    const a = req.auth!;
    const { member, firstRegistration } = await registerMember(
      deps,
      { areaId: a.areaId, lineUserId: a.lineUserId, displayName: a.name ?? '' },
      req.body,
    );
    if (firstRegistration) {
      await deps.menus.link(a.lineUserId, member.roles);
      await linkRosterOnRegistration(deps, member);
    }
    if (firstRegistration && member.status === 'following') {
      const name = member.profile ? `คุณครู${member.profile.firstName}` : 'ท่าน';
      // Deterministic retry key: a re-sent registration never pushes twice (and pushes cost the office).
      const sent = await deps.messenger.push(
        a.lineUserId,
        registeredConfirmation(name),
        retryKeyFor(`registered:${member.id}:${member.registeredAt}`),
      );
      if (!sent.ok) req.log.warn({ status: sent.status }, 'registration confirmation push failed');
    }
    const body: RegistrationResponse = { member: toMemberView(member) };
    res.json(body);
  });

  router.get(API_PATHS.schools.replace('/api', ''), auth, async (req, res) => {
    const { items } = await deps.repos.schools.list({ where: [{ field: 'areaId', op: '==', value: req.auth!.areaId }] });
    // Stores sort by code point; people expect Thai dictionary order (leading vowels ignored).
    items.sort((a, b) => thaiCollator.compare(a.name, b.name));
    res.set('cache-control', 'private, max-age=300').json({
      schools: items.map((s) => ({ code: s.code, name: s.name, district: s.district, levels: s.levels })),
    });
  });

  return router;
}
