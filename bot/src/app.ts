// The express app factory shared by the self-hosted server, local mode and Cloud Functions.
import express, { type Express } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BotDeps } from './deps';
import { requestContext } from './http/request-context';
import { errorHandler, notFound } from './http/error-handler';
import { webhookRouter } from './webhook/route';
import { calendarRouter } from './api/calendar-routes';
import { apiRouter } from './api/routes';
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

export interface AppOptions {
  /** Folder of the built LIFF app (liff/dist); served at /liff with an SPA fallback. */
  liffDistDir?: string;
}

export function createApp(deps: BotDeps, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', true);
  app.use(requestContext(deps.logger));
  app.use((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    next();
  });

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
  app.use('/api', seminarRouter(deps), attendanceRouter(deps), formTemplateRouter(deps), formAdminRouter(deps), formRouter(deps));

  const liffDir = options.liffDistDir ? resolve(options.liffDistDir) : undefined;
  if (liffDir && existsSync(join(liffDir, 'index.html'))) {
    // Hashed assets never change: cache them for a year, which matters on slow rural connections.
    app.use('/liff/assets', express.static(join(liffDir, 'assets'), { immutable: true, maxAge: '365d', index: false }));
    app.use('/liff', express.static(liffDir, { index: false, maxAge: 0 }));
    app.get(/^\/liff(\/.*)?$/, (_req, res) => {
      res.set('cache-control', 'no-cache').sendFile(join(liffDir, 'index.html'));
    });
  }

  app.use(notFound);
  app.use(errorHandler);
  return app;
}
