// "My data" (PDPA): change consents, export everything as JSON or CSV, and be forgotten.
import express, { type RequestHandler, type Router } from 'express';
import { MEMBER_PATHS, exportMyData, exportRows, forgetMember, toMemberView, updateConsents, type DeleteMeResponse } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { notifyPromoted } from '../notify/seminar-notifications';
import { requireLineUser, requireMember } from './auth';

const path = (p: string) => p.replace(/^\/api/, '');
const csvCell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

export function meRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member: RequestHandler[] = [requireLineUser(deps), requireMember(deps)];

  r.put(path(MEMBER_PATHS.consents), ...member, async (req, res) => {
    res.json({ member: toMemberView(await updateConsents(deps, req.member!.id, req.body)) });
  });

  r.get(path(MEMBER_PATHS.export), ...member, async (req, res) => {
    const data = await exportMyData(deps, req.member!.id);
    const stamp = data.exportedAt.slice(0, 10);
    res.set('cache-control', 'no-store');
    if (req.query.format === 'csv') {
      // A BOM so spreadsheet programs read the Thai text as UTF-8.
      const csv = '\uFEFF' + ['field,value', ...exportRows(data).map(([k, v]) => `${csvCell(k)},${csvCell(v)}`)].join('\r\n');
      res.attachment(`nithet-my-data-${stamp}.csv`).type('text/csv; charset=utf-8').send(csv);
      return;
    }
    res
      .attachment(`nithet-my-data-${stamp}.json`)
      .type('application/json; charset=utf-8')
      .send(JSON.stringify(data, null, 2));
  });

  r.delete(path(MEMBER_PATHS.me), ...member, async (req, res) => {
    const { memberships, seminarAnswers, activities, promoted } = await forgetMember(deps, req.member!.id);
    req.log.info({ memberships, seminarAnswers, activities, promoted: promoted.length }, 'member forgotten at their request');
    // Whoever got the seat they freed hears about it, as after any "not going".
    for (const p of promoted) await notifyPromoted(deps, p.seminar, [p.rsvp]);
    const body: DeleteMeResponse = { deleted: true, memberships, seminarAnswers, activities };
    res.json(body);
  });

  return r;
}
