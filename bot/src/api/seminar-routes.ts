// The seminars API: create, edit, cancel, announce (with a cost preview) for managers; upcoming and RSVP for members.
import express, { type RequestHandler, type Router } from 'express';
import {
  SEMINAR_PATHS,
  cancelSeminar,
  createSeminar,
  markAnnounced,
  rsvp,
  rsvpRequestSchema,
  seminarForManager,
  toRsvpView,
  toSeminarView,
  upcomingSeminars,
  managedSeminars,
  type ManagedSeminarsResponse,
  updateSeminar,
  waitlistPosition,
  type AnnounceResponse,
  type RsvpResponse,
  type SeminarListResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireStaff } from './auth';
import { parseBody } from './parse-body';
import { announce, assertWithinQuota, notifyRegistered, notifyPromoted, previewAnnouncement } from '../notify/seminar-notifications';

const path = (p: string) => p.replace(/^\/api/, '');
const id = (req: express.Request) => String(req.params.id);

export function seminarRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member: RequestHandler[] = [requireLineUser(deps), requireMember(deps)];

  r.get(path(SEMINAR_PATHS.all), ...member, async (req, res) => {
    const items = await upcomingSeminars(deps.repos, req.actor!, req.member!, deps.clock.now());
    const seminars = await Promise.all(
      items.map(async (i) => ({
        seminar: toSeminarView(i.seminar),
        manager: i.manager,
        myRsvp: i.myRsvp ? toRsvpView(i.myRsvp, await waitlistPosition(deps.repos, i.myRsvp)) : null,
      })),
    );
    const body: SeminarListResponse = { seminars };
    res.json(body);
  });

  r.get(path(SEMINAR_PATHS.managed), ...member, requireStaff, async (req, res) => {
    const body: ManagedSeminarsResponse = {
      seminars: (await managedSeminars(deps.repos, req.actor!, deps.clock.now())).map(toSeminarView),
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.post(path(SEMINAR_PATHS.all), ...member, async (req, res) => {
    res.status(201).json({ seminar: toSeminarView(await createSeminar(deps, req.actor!, req.body)) });
  });

  r.patch('/seminars/:id', ...member, async (req, res) => {
    const { seminar, promoted } = await updateSeminar(deps, req.actor!, id(req), req.body);
    await notifyRegistered(deps, seminar, 'updated');
    await notifyPromoted(deps, seminar, promoted);
    res.json({ seminar: toSeminarView(seminar) });
  });

  r.post('/seminars/:id/cancel', ...member, async (req, res) => {
    const { seminar, changed } = await cancelSeminar(deps, req.actor!, id(req));
    if (changed) await notifyRegistered(deps, seminar, 'cancelled');
    res.json({ seminar: toSeminarView(seminar), changed });
  });

  r.get('/seminars/:id/announce-preview', ...member, async (req, res) => {
    res.json(await previewAnnouncement(deps, await seminarForManager(deps.repos, req.actor!, id(req))));
  });

  r.post('/seminars/:id/announce', ...member, async (req, res) => {
    const draft = await seminarForManager(deps.repos, req.actor!, id(req));
    if (draft.status === 'draft') await assertWithinQuota(deps, draft);
    const seminar = await markAnnounced(deps, req.actor!, id(req));
    const body: AnnounceResponse = { ...(await announce(deps, seminar)), seminar: toSeminarView(seminar) };
    res.json(body);
  });

  r.post('/seminars/:id/rsvp', ...member, async (req, res) => {
    const { status } = parseBody(rsvpRequestSchema, req.body);
    const result = await rsvp(deps, id(req), req.member!, status);
    if (result.promoted) await notifyPromoted(deps, result.seminar, [result.promoted]);
    const body: RsvpResponse = {
      rsvp: toRsvpView(result.rsvp, result.position),
      changed: result.changed,
      seminar: toSeminarView(result.seminar),
    };
    res.json(body);
  });

  return r;
}
