// The Form 3 report API for supervisors (generate, view, download, review/approve, publish with a preview) and the
// public read-only page of a published report with its PDF. Mounted at the root, after the API's JSON body parser.
import { randomBytes } from 'node:crypto';
import express, { type Request, type RequestHandler, type Router } from 'express';
import {
  AppError,
  REPORT_PATHS,
  assertCanAct,
  formatThaiDate,
  generateReport,
  listReports,
  memberDisplayName,
  publishReport,
  publishReportRequestSchema,
  publishedReportByPublicId,
  reportFileKinds,
  reportForSupervisor,
  toReportView,
  transitionReport,
  transitionReportRequestSchema,
  type AnnouncePreviewResponse,
  type ReportFileKind,
  type ReportListResponse,
  type ReportResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireSupervisor } from './auth';
import { parseBody } from './parse-body';
import { publicBaseUrl } from '../seminars/certificate-links';
import { attachmentDisposition } from '../directory/write-table';
import { REPORT_CONTENT_TYPES, readPublishedFile, reportFileFor, reportFileNames, storePublishedFiles } from '../reports/report-files';
import { assertReportCardWithinQuota, previewReportCard, sendReportCard } from '../reports/report-publish';
import { PUBLIC_PAGE_HEADERS, publicReportPage } from '../reports/public-page';

const PUBLIC_ID = /^[A-Za-z0-9_-]{16,64}$/;
const id = (req: Request) => String(req.params.id);
const who = (req: Request) => ({ actor: req.actor!, name: memberDisplayName(req.member!) });

export function reportRouter(deps: BotDeps): Router {
  const r = express.Router();
  const supervisor: RequestHandler[] = [requireLineUser(deps), requireMember(deps), requireSupervisor];
  const publicUrl = (req: Request, publicId: string) => (publicBaseUrl(deps, req) ?? '') + REPORT_PATHS.publicPage(publicId);
  const respond = (req: Request, report: Parameters<typeof toReportView>[0], changed: boolean): ReportResponse => ({
    report: toReportView(report, req.actor!),
    changed,
  });

  r.get('/api/reports', ...supervisor, async (req, res) => {
    const body: ReportListResponse = { reports: (await listReports(deps.repos, req.actor!)).map((x) => toReportView(x, req.actor!)) };
    res.set('cache-control', 'no-store').json(body);
  });

  r.post('/api/reports', ...supervisor, async (req, res) => {
    const { report, created } = await generateReport(deps, who(req), req.body);
    res.status(created ? 201 : 200).json(respond(req, report, true));
  });

  r.get('/api/reports/:id', ...supervisor, async (req, res) => {
    res.set('cache-control', 'no-store').json(respond(req, await reportForSupervisor(deps.repos, req.actor!, id(req)), false));
  });

  r.get('/api/reports/:id/files/:kind', ...supervisor, async (req, res) => {
    const kind = String(req.params.kind) as ReportFileKind;
    if (!reportFileKinds.includes(kind)) throw new AppError('http/not-found', `No report file kind ${kind}`);
    const report = await reportForSupervisor(deps.repos, req.actor!, id(req));
    const names = req.query.names === '1' || req.query.names === 'true';
    const bytes = await reportFileFor(deps, report, kind, names);
    const file = reportFileNames(report, kind);
    res
      .type(REPORT_CONTENT_TYPES[kind])
      .set('cache-control', 'private, no-store')
      .set('content-disposition', attachmentDisposition(file.ascii, file.thai))
      .send(bytes);
  });

  r.post('/api/reports/:id/transition', ...supervisor, async (req, res) => {
    const { action } = parseBody(transitionReportRequestSchema, req.body);
    const { report, changed } = await transitionReport(deps, who(req), id(req), action);
    res.json(respond(req, report, changed));
  });

  r.post('/api/reports/:id/publish-preview', ...supervisor, async (req, res) => {
    const { networkIds } = parseBody(publishReportRequestSchema, req.body ?? {});
    const report = await reportForSupervisor(deps.repos, req.actor!, id(req));
    assertCanAct(report, 'publish', req.actor!);
    const body: AnnouncePreviewResponse = await previewReportCard(deps, report, networkIds, publicUrl(req, 'preview-0000000000'));
    res.json(body);
  });

  r.post('/api/reports/:id/publish', ...supervisor, async (req, res) => {
    const { networkIds } = parseBody(publishReportRequestSchema, req.body ?? {});
    const current = await reportForSupervisor(deps.repos, req.actor!, id(req));
    if (current.status !== 'published') {
      assertCanAct(current, 'publish', req.actor!);
      await assertReportCardWithinQuota(deps, current, networkIds, publicUrl(req, 'preview-0000000000'));
    }
    let result = { report: current, changed: false };
    if (current.status !== 'published') {
      const publicId = randomBytes(18).toString('base64url');
      const at = deps.clock.now().toISOString();
      const files = await storePublishedFiles(deps, current, publicId, { memberId: req.actor!.memberId, name: who(req).name, at });
      result = await publishReport(deps, who(req), current.id, { at, publicId, files, networkIds });
      // Someone else published it a moment before: their files stand, ours go.
      if (!result.changed) await Promise.all(Object.values(files).map((f) => deps.files.delete(f.key)));
    }
    const sent = await sendReportCard(deps, result.report, publicUrl(req, result.report.publicId!));
    res.json({ ...sent, ...respond(req, result.report, result.changed) });
  });

  // Public: the page and the PDF of a published report, for anyone holding the link (drafts are never shown).
  r.get('/reports/:file', async (req, res) => {
    const file = String(req.params.file);
    const pdf = /^(.+)\.pdf$/.exec(file);
    const publicId = pdf ? pdf[1]! : file;
    const report = PUBLIC_ID.test(publicId) ? await publishedReportByPublicId(deps.repos, publicId) : null;
    res.set(PUBLIC_PAGE_HEADERS);
    if (!report) {
      res.status(404).type('html').send(publicReportPage(null));
      return;
    }
    if (pdf) {
      const bytes = await readPublishedFile(deps, report, 'pdf');
      const name = reportFileNames(report, 'pdf');
      res
        .type('application/pdf')
        .set('cache-control', 'public, max-age=3600')
        .set('content-disposition', `inline; filename="${name.ascii}"`)
        .send(bytes);
      return;
    }
    const { form3Document } = await import('../reports/form3-document');
    res.type('html').send(
      publicReportPage({
        doc: form3Document(report.figures, report.dataQuality, { name: report.figures.office.name }),
        publishedDate: formatThaiDate(report.published!.at),
        pdfUrl: REPORT_PATHS.publicPdf(report.publicId!),
      }),
    );
  });

  return r;
}
