// Public certificate links: the PDF and a verification page anyone holding the link (or scanning the QR) can open.
import express, { type Router } from 'express';
import { AppError, certificateByPublicId, certificateSigner, formatThaiDate, type Certificate } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { certificateLinks } from '../seminars/certificate-links';
import { verifyPage } from '../seminars/verify-page';

const PUBLIC_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function certificateRouter(deps: BotDeps): Router {
  const r = express.Router();
  const areaOf = (c: Certificate) => deps.repos.areas.get(c.areaId);
  const areaName = async (c: Certificate) => (await areaOf(c))?.name ?? deps.config.AREA_NAME;
  const find = async (publicId: string): Promise<Certificate | null> =>
    PUBLIC_ID.test(publicId) ? certificateByPublicId(deps.repos, publicId) : null;

  r.get('/certificates/:file', async (req, res) => {
    const match = /^(.+)\.pdf$/.exec(String(req.params.file));
    const certificate = match?.[1] ? await find(match[1]) : null;
    if (!certificate) throw new AppError('http/not-found', 'No certificate for this link');
    // Loaded on first use: the PDF writer and its fonts stay out of the webhook's start-up.
    const { renderCertificatePdf } = await import('../certificates/certificate-pdf');
    const area = await areaOf(certificate);
    const officeName = area?.name ?? deps.config.AREA_NAME;
    const pdf = await renderCertificatePdf({
      officeName,
      ...certificateSigner({ name: officeName, certificateSignerName: null, certificateSignerTitle: null, ...area }),
      recipientName: certificate.recipientName,
      seminarTitle: certificate.seminarTitle,
      seminarDate: certificate.seminarStartsAt,
      issuedAt: certificate.issuedAt,
      number: certificate.number,
      verifyUrl: certificateLinks(deps, req, certificate.publicId).verifyUrl,
    });
    res
      .type('application/pdf')
      .set('cache-control', 'private, max-age=3600')
      .set('content-disposition', `inline; filename="certificate-${certificate.seq}-${certificate.beYear}.pdf"`)
      .send(pdf);
  });

  r.get('/verify/:publicId', async (req, res) => {
    const certificate = await find(String(req.params.publicId));
    res.set('cache-control', 'no-cache');
    if (!certificate) {
      res.status(404).type('html').send(verifyPage(null));
      return;
    }
    res.type('html').send(
      verifyPage({
        officeName: await areaName(certificate),
        number: certificate.number,
        recipientName: certificate.recipientName,
        seminarTitle: certificate.seminarTitle,
        seminarDate: formatThaiDate(certificate.seminarStartsAt),
        issuedDate: formatThaiDate(certificate.issuedAt),
        pdfUrl: certificateLinks(deps, req, certificate.publicId).pdfUrl,
      }),
    );
  });
  return r;
}
