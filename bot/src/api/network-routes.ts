// The networks API: my networks, browse, join, leave (members); overview, CRUD, members, decisions (managers).
import express, { type RequestHandler, type Router } from 'express';
import {
  AppError,
  NETWORK_PATHS,
  appointCoordinatorRequestSchema,
  archiveNetwork,
  assertCanManageNetwork,
  browseNetworks,
  canManageNetwork,
  createNetwork,
  decideMembership,
  decisionRequestSchema,
  joinByCodeRequestSchema,
  joinNetwork,
  leaveNetwork,
  myNetworks,
  toMembershipView,
  toNetworkView,
  updateNetwork,
  appointCoordinator,
  myPairings,
  networkMemberRows,
  pairSchools,
  type PairingsResponse,
  type JoinQrResponse,
  type JoinResponse,
  type MyNetworksResponse,
  type BrowseNetworksResponse,
  type NetworkMembersResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';
import { parseBody } from './parse-body';
import { notifyDecision, notifyJoinRequest } from '../notify/network-notifications';
import { networksOverview } from './networks-overview';
import QRCode from 'qrcode';

const path = (p: string) => p.replace(/^\/api/, '');

export function networkRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member: RequestHandler[] = [requireLineUser(deps), requireMember(deps)];

  r.get(path(NETWORK_PATHS.mine), ...member, async (req, res) => {
    const items = await myNetworks(deps.repos, req.member!.id);
    const body: MyNetworksResponse = {
      networks: items.map(({ network, membership }) => ({
        network: toNetworkView(network, { manager: canManageNetwork(req.actor!, network) }),
        membership: toMembershipView(membership),
      })),
    };
    res.json(body);
  });

  r.get(path(NETWORK_PATHS.browse), ...member, async (req, res) => {
    const [networks, mine] = await Promise.all([
      browseNetworks(deps.repos, req.member!),
      deps.repos.memberships.list({ where: [{ field: 'memberId', op: '==', value: req.member!.id }] }),
    ]);
    const status = new Map(mine.items.map((m) => [m.networkId, m.status]));
    const body: BrowseNetworksResponse = {
      networks: networks.map((n) => ({
        network: toNetworkView(n, { manager: canManageNetwork(req.actor!, n) }),
        myStatus: status.get(n.id) ?? null,
      })),
    };
    res.json(body);
  });

  const join = async (req: express.Request, res: express.Response, ref: { code: string } | { networkId: string }) => {
    const result = await joinNetwork(deps, req.member!, ref);
    if (result.outcome === 'pending') await notifyJoinRequest(deps, result.network, result.membership, req.member!);
    const body: JoinResponse = {
      outcome: result.outcome,
      network: toNetworkView(result.network, { manager: false }),
      membership: toMembershipView(result.membership),
    };
    res.json(body);
  };
  r.post(path(NETWORK_PATHS.joinByCode), ...member, (req, res) =>
    join(req, res, { code: parseBody(joinByCodeRequestSchema, req.body).code }),
  );
  r.post('/networks/:id/join', ...member, (req, res) => join(req, res, { networkId: String(req.params.id) }));

  r.post('/networks/:id/leave', ...member, async (req, res) => {
    const { left } = await leaveNetwork(deps, req.member!, String(req.params.id));
    res.json({ left });
  });

  r.get(path(NETWORK_PATHS.all), ...member, requireSupervisor, async (req, res) => {
    res.json(await networksOverview(deps, req.actor!.areaId));
  });
  r.post(path(NETWORK_PATHS.all), ...member, async (req, res) => {
    res.status(201).json({ network: toNetworkView(await createNetwork(deps, req.actor!, req.body), { manager: true }) });
  });
  r.patch('/networks/:id', ...member, async (req, res) => {
    res.json({ network: toNetworkView(await updateNetwork(deps, req.actor!, String(req.params.id), req.body), { manager: true }) });
  });
  r.post('/networks/:id/archive', ...member, async (req, res) => {
    res.json({ network: toNetworkView(await archiveNetwork(deps, req.actor!, String(req.params.id)), { manager: true }) });
  });

  r.get('/networks/:id/members', ...member, async (req, res) => {
    const network = await deps.repos.networks.get(String(req.params.id));
    if (!network) throw new AppError('network/not-found', 'No such network');
    assertCanManageNetwork(req.actor!, network);
    const body: NetworkMembersResponse = {
      network: toNetworkView(network, { manager: true }),
      members: await networkMemberRows(deps.repos, network),
    };
    res.json(body);
  });

  r.post('/networks/:id/coordinators', ...member, async (req, res) => {
    const { memberId } = parseBody(appointCoordinatorRequestSchema, req.body);
    await appointCoordinator(deps, req.actor!, String(req.params.id), memberId);
    const appointed = await deps.repos.members.get(memberId);
    if (appointed) await deps.menus.link(appointed.lineUserId, appointed.roles);
    res.json({ ok: true });
  });

  r.get('/networks/:id/join-qr', ...member, async (req, res) => {
    const network = await deps.repos.networks.get(String(req.params.id));
    if (!network) throw new AppError('network/not-found', 'No such network');
    assertCanManageNetwork(req.actor!, network);
    // A LIFF deep link: scanned with the phone camera it opens the join page inside LINE.
    const joinUrl = `${deps.config.LIFF_URL}/join?code=${encodeURIComponent(network.joinCode)}`;
    const svg = await QRCode.toString(joinUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
    const body: JoinQrResponse = { joinUrl, svg };
    res.json(body);
  });

  r.post(path(NETWORK_PATHS.pairs), ...member, async (req, res) => {
    res.status(201).json({ network: toNetworkView(await pairSchools(deps, req.actor!, req.body), { manager: true }) });
  });
  r.get(path(NETWORK_PATHS.myPairings), ...member, async (req, res) => {
    const networks = await myPairings(deps.repos, req.actor!.areaId, req.member!.profile?.schoolCode ?? null);
    const body: PairingsResponse = {
      pairings: networks.map((n) => ({
        network: toNetworkView(n, { manager: false }),
        type: n.partnershipType ?? null,
        schoolCodes: n.schoolCodes,
      })),
    };
    res.json(body);
  });

  r.post('/memberships/:id/decision', ...member, async (req, res) => {
    const { decision } = parseBody(decisionRequestSchema, req.body);
    const { network, membership, changed } = await decideMembership(deps, req.actor!, String(req.params.id), decision);
    if (changed) await notifyDecision(deps, network, membership);
    res.json({ changed, membership: toMembershipView(membership) });
  });

  return r;
}
