// Starts the local LINE platform: fake Messaging API + LINE Login verify + simulator page, on loopback.
import express from 'express';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { PlatformContext } from './context';
import { simulatorHeaders } from '../../http/security-headers';
import { errorHandler, injectFaults, lineError, readBody, recordRequests, requireToken } from './http';
import { IdTokenIssuer } from './id-token';
import { hexId } from './ids';
import { LocalLinePlatform } from './platform';
import { RichMenuStore } from './rich-menu-store';
import { messageRoutes } from './routes-messages';
import { loginRoutes, profileRoutes } from './routes-profile';
import { richMenuRoutes } from './routes-rich-menu';
import { simRoutes } from './routes-sim';
import { webhookEndpointRoutes } from './routes-webhook-endpoint';
import { QuotaLedger, quotaRoutes } from './quota';
import { injectRandomFailures, RandomFailurePicker } from './random-failures';
import { enforceRateLimits, RateLimiter } from './rate-limits';
import { PlatformState } from './state';
import type { LocalLinePlatformOptions } from './types';

export type * from './types';
export { LocalLinePlatform } from './platform';
export { openAsPerson } from './routes-sim';

function buildApp(ctx: PlatformContext, platform: () => LocalLinePlatform, simulatorDir: string): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/__local/health', (_req, res) => void res.json({ ok: true }));
  const sim = express.Router();
  simRoutes(sim, ctx, platform);
  app.use('/__sim', sim);
  app.use('/__sim/static', express.static(simulatorDir));
  app.get('/', simulatorHeaders(), (_req, res) => res.sendFile(path.join(simulatorDir, 'index.html')));

  // Everything below answers like LINE: request ids, recorded calls, faults, 2 MB bodies, Bearer tokens, rate limits.
  const line = express.Router();
  line.use(recordRequests(ctx.state), readBody, injectFaults(ctx.state));
  line.use('/v2', requireToken(ctx.opts.channelAccessToken));
  line.use(enforceRateLimits(ctx.rateLimiter), injectRandomFailures(ctx.randomFailures));
  messageRoutes(line, ctx);
  quotaRoutes(line, ctx);
  profileRoutes(line, ctx);
  richMenuRoutes(line, ctx);
  webhookEndpointRoutes(line, ctx);
  loginRoutes(line, ctx);
  line.use((_req, res) => lineError(res, 404, 'Not found'));
  line.use(errorHandler);
  app.use(line);
  return app;
}

export async function startLocalLinePlatform(options: LocalLinePlatformOptions): Promise<LocalLinePlatform> {
  const opts: LocalLinePlatformOptions = { ...options, botUserId: options.botUserId ?? hexId('U') };
  const now = opts.now ?? (() => new Date());
  const ctx: PlatformContext = {
    opts,
    state: new PlatformState(opts.users ?? [], now),
    idTokens: new IdTokenIssuer(),
    richMenus: new RichMenuStore(),
    rateLimiter: new RateLimiter(opts.rateLimits, opts.rateLimitClock ?? (() => performance.now())),
    randomFailures: new RandomFailurePicker(opts.randomFailures),
    quota: new QuotaLedger(opts.quota ?? { type: 'none' }, now),
  };
  // The routes need the platform object, which needs the server they are mounted on.
  const holder: { platform?: LocalLinePlatform } = {};
  const simulatorDir = opts.simulatorDir ?? path.resolve(__dirname, '../simulator');
  const app = buildApp(ctx, () => holder.platform as LocalLinePlatform, simulatorDir);
  const server = await new Promise<import('node:http').Server>((resolve, reject) => {
    const s = app.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', (err?: Error) => (err ? reject(err) : resolve(s)));
  });
  const { address, port } = server.address() as AddressInfo;
  const host = address.includes(':') ? `[${address}]` : address;
  holder.platform = new LocalLinePlatform(`http://${host}:${port}`, ctx, server);
  return holder.platform;
}
