// After the RSVP: my ticket, check-in scans, the attendance sheet (JSON or XLSX), my evaluation and certificate.
import { randomBytes } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import QRCode from 'qrcode';
import {
  AppError,
  SEMINAR_EVALUATION_ITEMS,
  checkInOutcomeLabels,
  checkInRequestSchema,
  evaluationState,
  issueCertificate,
  recordCheckIns,
  rsvpDocId,
  seminarAttendance,
  seminarForManager,
  seminarOfArea,
  submitSeminarEvaluation,
  toSeminarView,
  type AttendanceResponse,
  type Certificate,
  type CertificateView,
  type CheckInResponse,
  type EvaluationResponse,
  type Member,
  type Seminar,
  type SeminarEvaluation,
  type TicketResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember } from './auth';
import { parseBody } from './parse-body';
import { issueTicket } from '../seminars/check-in-token';
import { resolveScans } from '../seminars/check-in-service';
import { attendanceSheet } from '../seminars/attendance-sheet';
import { certificateLinks } from '../seminars/certificate-links';
import { signingSecret } from '../config';

const id = (req: Request) => String(req.params.id);

const evaluationBody = (
  seminar: Seminar,
  evaluation: SeminarEvaluation | null,
  blockedReason: EvaluationResponse['blockedReason'],
  certificate: CertificateView | null,
): EvaluationResponse => ({
  seminar: toSeminarView(seminar),
  items: SEMINAR_EVALUATION_ITEMS.map(({ id: itemId, label }) => ({ id: itemId, label })),
  answer: evaluation ? { ratings: evaluation.ratings, comment: evaluation.comment } : null,
  blockedReason,
  certificate,
});

export function attendanceRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member = [requireLineUser(deps), requireMember(deps)];
  const issue = (seminar: Seminar, m: Member) =>
    issueCertificate({ ...deps, newPublicId: () => randomBytes(16).toString('base64url') }, seminar, m);
  const view = (req: Request, c: Certificate | null): CertificateView | null =>
    c ? { number: c.number, issuedAt: c.issuedAt, ...certificateLinks(deps, req, c.publicId) } : null;

  r.get('/seminars/:id/ticket', ...member, async (req, res) => {
    const m = req.member!;
    const seminar = await seminarOfArea(deps.repos, m.areaId, id(req));
    const rsvp = await deps.repos.rsvps.get(rsvpDocId(seminar.id, m.id));
    if (seminar.status !== 'announced' || rsvp?.status !== 'going')
      throw new AppError('seminar/not-going', `Member ${m.id} is not going to ${seminar.id}`);
    const { token, code, validUntil } = issueTicket(signingSecret(deps.config), seminar, m.id);
    const body: TicketResponse = {
      token,
      code,
      qrSvg: await QRCode.toString(token, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }),
      validUntil: validUntil.toISOString(),
      checkedInAt: rsvp.checkedInAt,
      seminar: toSeminarView(seminar),
    };
    res.set('cache-control', 'private, no-store').json(body);
  });

  r.post('/seminars/:id/check-ins', ...member, async (req, res) => {
    const { scans } = parseBody(checkInRequestSchema, req.body);
    const seminar = await seminarForManager(deps.repos, req.actor!, id(req));
    const outcome = await recordCheckIns(deps, req.actor!, seminar.id, await resolveScans(deps, seminar, scans));
    const body: CheckInResponse = {
      ...outcome,
      results: outcome.results.map((x) => ({ ...x, message: checkInOutcomeLabels[x.outcome] })),
    };
    res.json(body);
  });

  r.get('/seminars/:id/attendance', ...member, async (req, res) => {
    const a = await seminarAttendance(deps.repos, req.actor!, id(req));
    if (req.query.format === 'xlsx') {
      const file = await attendanceSheet(a);
      res
        .set('content-type', file.contentType)
        .set('content-disposition', file.disposition)
        .set('cache-control', 'no-store')
        .send(file.bytes);
      return;
    }
    const body: AttendanceResponse = { ...a, seminar: toSeminarView(a.seminar) };
    res.set('cache-control', 'no-store').json(body);
  });

  r.get('/seminars/:id/evaluation', ...member, async (req, res) => {
    const m = req.member!;
    const state = await evaluationState(deps.repos, m, id(req));
    const certificate = state.blockedReason ? null : await issue(state.seminar, m);
    res.set('cache-control', 'no-store').json(evaluationBody(state.seminar, state.evaluation, state.blockedReason, view(req, certificate)));
  });

  r.put('/seminars/:id/evaluation', ...member, async (req, res) => {
    const m = req.member!;
    const { seminar, evaluation } = await submitSeminarEvaluation(deps, m, id(req), req.body);
    res.json(evaluationBody(seminar, evaluation, null, view(req, await issue(seminar, m))));
  });

  return r;
}
