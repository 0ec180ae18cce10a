// GET /calendar/seminars/:id.ics?sig=…: the add-to-calendar file, public but only through a signed link.
import express, { type Router } from 'express';
import { AppError } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { seminarIcs, verifyCalendarSignature } from '../seminars/calendar';
import { signingSecret } from '../config';

export function calendarRouter(deps: BotDeps): Router {
  const r = express.Router();
  r.get('/calendar/seminars/:file', async (req, res) => {
    const match = /^(.+)\.ics$/.exec(String(req.params.file));
    const sig = typeof req.query.sig === 'string' ? req.query.sig : '';
    // A wrong signature looks exactly like a missing seminar: the link reveals nothing.
    if (!match?.[1] || !verifyCalendarSignature(signingSecret(deps.config), match[1], sig)) {
      throw new AppError('http/not-found', 'Calendar link not found or not signed');
    }
    const seminar = await deps.repos.seminars.get(match[1]);
    if (!seminar || seminar.areaId !== deps.config.AREA_ID) throw new AppError('http/not-found', 'No such seminar');
    const area = await deps.repos.areas.get(seminar.areaId);
    res
      .type('text/calendar; charset=utf-8')
      .set('cache-control', 'no-cache')
      .attachment('seminar.ics')
      .send(seminarIcs(seminar, area?.name ?? deps.config.AREA_NAME));
  });
  return r;
}
