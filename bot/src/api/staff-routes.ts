// The office's staff in LIFF: supervisors and admins list, appoint and remove supervisors of their own office.
import express, { type RequestHandler, type Router } from 'express';
import {
  STAFF_PATHS,
  STAFF_SEARCH_LIMIT,
  allOfficeMembers,
  appointStaffRequestSchema,
  changeStaffRole,
  matchingMembers,
  officeStaff,
  parseOrThrow,
  staffSearchQuerySchema,
  toStaffPeople,
  type StaffChangeResponse,
  type StaffListResponse,
  type StaffSearchResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';
import { parseBody } from './parse-body';

const path = (p: string) => p.replace(/^\/api/, '');

export function staffRouter(deps: BotDeps): Router {
  const r = express.Router();
  const supervisor: RequestHandler[] = [requireLineUser(deps), requireMember(deps), requireSupervisor];

  r.get(path(STAFF_PATHS.staff), ...supervisor, async (req, res) => {
    const body: StaffListResponse = {
      staff: await toStaffPeople(deps.repos, await officeStaff(deps.repos, req.actor!.areaId), req.member!.id),
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.get(path(STAFF_PATHS.search), ...supervisor, async (req, res) => {
    const { q } = parseOrThrow(staffSearchQuerySchema, req.query, 'Staff search');
    const found = matchingMembers(await allOfficeMembers(deps.repos, req.actor!.areaId), q);
    const body: StaffSearchResponse = {
      people: await toStaffPeople(deps.repos, found.slice(0, STAFF_SEARCH_LIMIT), req.member!.id),
      more: found.length > STAFF_SEARCH_LIMIT,
    };
    res.set('cache-control', 'no-store').json(body);
  });

  const change = (grant: boolean) => async (req: express.Request, res: express.Response, memberId: string) => {
    const { member, changed } = await changeStaffRole(deps, { actor: req.actor! }, memberId, 'supervisor', grant);
    // After the commit: their LINE menu follows their roles (a failure is logged, never fails the change).
    if (changed) await deps.menus.link(member.lineUserId, member.roles);
    const [person] = await toStaffPeople(deps.repos, [member], req.member!.id);
    const body: StaffChangeResponse = { changed, person: person! };
    res.json(body);
  };
  r.post(path(STAFF_PATHS.staff), ...supervisor, (req, res) =>
    change(true)(req, res, parseBody(appointStaffRequestSchema, req.body).memberId),
  );
  r.delete('/supervisor/staff/:memberId', ...supervisor, (req, res) => change(false)(req, res, String(req.params.memberId)));

  return r;
}
