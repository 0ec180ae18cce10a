// Where a certificate can be downloaded and verified: absolute links on this server's public address.
import type { Request } from 'express';
import { ATTENDANCE_PATHS } from '@nithet/shared';
import type { BotDeps } from '../deps';

/** The configured public address, else the one the request came to (local mode, tests). */
export function publicBaseUrl(deps: BotDeps, req?: Request): string | null {
  const configured = deps.config.PUBLIC_BASE_URL;
  if (configured) return configured.replace(/\/$/, '');
  return req ? `${req.protocol}://${req.get('host')}` : null;
}

export function certificateLinks(deps: BotDeps, req: Request | undefined, publicId: string): { pdfUrl: string; verifyUrl: string } {
  const base = publicBaseUrl(deps, req) ?? '';
  return { pdfUrl: base + ATTENDANCE_PATHS.certificatePdf(publicId), verifyUrl: base + ATTENDANCE_PATHS.verify(publicId) };
}
