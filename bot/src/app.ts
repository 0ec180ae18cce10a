// The express app factory shared by the self-hosted server, local mode and Cloud Functions.
import express, { type Express } from 'express';
import { existsSync, readFileSync } from 'node:fs';
import compression from 'compression';
import { join, resolve } from 'node:path';
import type { BotDeps } from './deps';
import { requestContext } from './http/request-context';
import { errorHandler, notFound } from './http/error-handler';
import { securityHeaders, setLiffPageHeaders } from './http/security-headers';
import { apiRateLimit, DEFAULT_RATE_LIMITS, publicRateLimit, type RateLimits } from './http/rate-limit';
import { webhookRouter } from './webhook/route';
import { calendarRouter } from './api/calendar-routes';
import { apiRouter, liffConfigOf } from './api/routes';
import { networkRouter } from './api/network-routes';
import { meRouter } from './api/me-routes';
import { supervisorRouter } from './api/supervisor-routes';
import { directoryRouter } from './api/directory-routes';
import { seminarRouter } from './api/seminar-routes';
import { attendanceRouter } from './api/attendance-routes';
import { formRouter } from './api/form-routes';
import { formAdminRouter } from './api/form-admin-routes';
import { formTemplateRouter } from './api/form-template-routes';
import { certificateRouter } from './api/certificate-routes';
import { ticketImageRouter } from './api/ticket-image-routes';
import { networkActivityRouter } from './api/network-activity-routes';
import { auditRouter } from './api/audit-routes';
import { staffRouter } from './api/staff-routes';
import { planRouter } from './api/plan-routes';
import { dashboardRouter } from './api/dashboard-routes';
import { recordValidationFailures } from './api/validation-failures';
import { reportRouter } from './api/report-routes';

export interface AppOptions {
  /** Folder of the built LIFF app (liff/dist); served at /liff with an SPA fallback. */
  liffDistDir?: string;
  /** Per-minute budgets (bot/src/http/rate-limit.ts); `false` only for tests that call the app in-process at volume. */
  rateLimits?: RateLimits | false;
}

export function createApp(deps: BotDeps, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(requestContext(deps.logger));
  // gzip for pages, scripts and JSON (LINE's webhook bodies come in, small answers go out: not worth it there).
  app.use(compression({ filter: (req, res) => !req.path.startsWith('/webhook') && compression.filter(req, res) }));
  app.use(securityHeaders());
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  if (limits) {
    // Not the webhook (LINE redelivers what is refused), the LIFF app's files or ticket images (LINE fetches them).
    app.use(['/reports', '/certificates', '/verify', '/calendar'], publicRateLimit(limits));
    app.use('/api', apiRateLimit(deps, limits));
  }

  app.get('/healthz', async (_req, res) => {
    await deps.repos.store.get('areas', deps.config.AREA_ID);
    res.json({ ok: true, store: deps.config.STORE });
  });
  app.use(webhookRouter(deps));
  app.use(calendarRouter(deps));
  app.use(certificateRouter(deps), ticketImageRouter(deps));
  // JSON bodies for the whole API, kept small; file uploads (directory import) read their own raw bodies.
  app.use('/api', express.json({ limit: '64kb' }));
  app.use('/api', apiRouter(deps), networkRouter(deps), meRouter(deps), supervisorRouter(deps));
  app.use('/api', directoryRouter(deps));
  app.use('/api', networkActivityRouter(deps));
  app.use('/api', auditRouter(deps), staffRouter(deps));
  app.use('/api', planRouter(deps), dashboardRouter(deps));
  app.use('/api', seminarRouter(deps), attendanceRouter(deps), formTemplateRouter(deps), formAdminRouter(deps), formRouter(deps));
  app.use(reportRouter(deps)); // /api/reports… (after the JSON parser) and the public /reports/:publicId

  const liffDir = options.liffDistDir ? resolve(options.liffDistDir) : undefined;
  // Local mode: the simulator (on the local LINE platform's origin) shows LIFF pages in a frame.
  const liffFraming = {
    framedBy: deps.config.LIFF_MOCK ? [new URL(deps.config.LINE_API_BASE_URL).origin] : [],
    https: deps.config.PUBLIC_BASE_URL?.startsWith('https:') ?? false,
  };
  if (liffDir && existsSync(join(liffDir, 'index.html'))) {
    // Hashed assets never change: cache them for a year, which matters on slow rural connections.
    app.use('/liff/assets', express.static(join(liffDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
    app.use('/liff', express.static(liffDir, { index: false, maxAge: 0 }));
    const page = readFileSync(join(liffDir, 'index.html'), 'utf8');
    app.get(/^\/liff(\/.*)?$/, async (_req, res) => {
      // The runtime config rides in the page: one round trip less before the first screen on a slow line.
      const config = JSON.stringify(await liffConfigOf(deps)).replace(/</g, '\\u003c');
      // First in <head>: index.html's route-preload script reads it (local mode also preloads the LIFF mock).
      const html = page.replace('<head>', `<head><script>window.__NITHET_CONFIG__=${config}</script>`);
      setLiffPageHeaders(res, html, liffFraming);
      res.set('cache-control', 'no-cache').type('html').send(html);
    });
  }

  app.use(notFound);
  app.use(recordValidationFailures(deps));
  app.use(errorHandler);
  return app;
}
