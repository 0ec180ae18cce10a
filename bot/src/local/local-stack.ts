// Local mode in one call: local LINE platform + bot + API + built LIFF app on SQLite, seeded demo office.
import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { loadConfig, type Config } from '../config';
import { createApp } from '../app';
import { createServices } from '../services';
import { createLogger, type Logger } from '../logger';
import { startLocalLinePlatform, type LocalLinePlatform } from './line-platform';
import { seedDemoOffice } from './seed';
import { startOutboxLoop } from '../outbox';
import { createJobRunner, scheduledJobs, startScheduler } from '../jobs';
import { setupRichMenusFromConfig } from '../line/rich-menus/from-config';
import { DEMO_AREA, DEMO_PEOPLE } from './demo-data';
import type { BotDeps } from '../deps';
import type { DocumentStore } from '@nithet/shared';

export const LOCAL_SECRETS = {
  channelSecret: 'local-channel-secret-not-for-production',
  /** The product's own signing key (tickets, calendar links, anonymous ids), apart from LINE's channel secret. */
  appSecret: 'local-app-secret-not-for-production-0000',
  channelAccessToken: 'local-channel-access-token',
  loginChannelId: '1650000000',
  liffId: '1650000000-LocalDev',
};

export interface LocalStackOptions {
  /** Repository root (for liff/dist and the simulator page). */
  rootDir: string;
  dataDir: string;
  port?: number;
  platformPort?: number;
  logger?: Logger;
  /** Draw and set up the role rich menus at start (default true; tests that do not need them skip it). */
  richMenus?: boolean;
  /** Send queued pushes in the background (default true; tests that drive the outbox themselves turn it off). */
  outboxLoop?: boolean;
  /** Run the scheduled jobs on node-cron (default true; tests drive the job runner themselves). */
  scheduler?: boolean;
  /** Another store instead of SQLite in dataDir (the Firestore cost bench runs the stack on the emulator). */
  store?: DocumentStore;
}

export interface LocalStack {
  botUrl: string;
  simulatorUrl: string;
  platform: LocalLinePlatform;
  deps: BotDeps;
  config: Config;
  stop(): Promise<void>;
}

/**
 * Binds the bot's port first (0 = any free one, never released in between, so parallel test files
 * cannot collide) and answers 503 until the app is ready: the port must be known before the platform
 * (webhook URL, LIFF base) and the config exist.
 */
async function bindEarly(port: number): Promise<{ server: Server; port: number; serve(app: RequestListener): void }> {
  let handler: RequestListener = (_req, res) => {
    res.statusCode = 503;
    res.end();
  };
  const server = createServer((req, res) => handler(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok());
  });
  return { server, port: (server.address() as AddressInfo).port, serve: (app) => void (handler = app) };
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const logger = options.logger ?? createLogger({ level: process.env.LOG_LEVEL ?? 'warn' });
  const bound = await bindEarly(options.port ?? 0);
  const { server, port } = bound;
  const botUrl = `http://127.0.0.1:${port}`;
  const platform = await startLocalLinePlatform({
    port: options.platformPort ?? 0,
    channelSecret: LOCAL_SECRETS.channelSecret,
    channelAccessToken: LOCAL_SECRETS.channelAccessToken,
    loginChannelId: LOCAL_SECRETS.loginChannelId,
    webhookUrl: `${botUrl}/webhook`,
    liffBaseUrl: `${botUrl}/liff`,
    simulatorDir: join(options.rootDir, 'bot/src/local/simulator'),
    users: DEMO_PEOPLE.map((p) => ({ userId: p.userId, displayName: p.displayName, role: p.roleLabel, following: Boolean(p.registered) })),
  });
  const config = loadConfig({
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: botUrl,
    LINE_CHANNEL_SECRET: LOCAL_SECRETS.channelSecret,
    APP_SECRET: LOCAL_SECRETS.appSecret,
    LINE_CHANNEL_ACCESS_TOKEN: LOCAL_SECRETS.channelAccessToken,
    LINE_LOGIN_CHANNEL_ID: LOCAL_SECRETS.loginChannelId,
    LIFF_ID: LOCAL_SECRETS.liffId,
    LIFF_URL: `${botUrl}/liff`,
    LIFF_MOCK: 'true',
    LINE_API_BASE_URL: platform.url,
    LINE_DATA_API_BASE_URL: platform.url,
    STORE: 'sqlite',
    DATA_DIR: options.dataDir,
    AREA_ID: DEMO_AREA.id,
    AREA_NAME: DEMO_AREA.name,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const deps = await createServices(config, { logger, ...(options.store ? { store: options.store } : {}) });
  await seedDemoOffice(deps);
  if (options.richMenus ?? true) {
    // The same setup as `npm run setup:line`, against the local platform; the demo staff get their menus.
    await setupRichMenusFromConfig(config, logger).catch((err: unknown) => logger.warn({ err }, 'rich menus not set up'));
    for (const p of DEMO_PEOPLE) if (p.registered) await deps.menus.link(p.userId, p.registered.roles);
  }
  bound.serve(createApp(deps, { liffDistDir: resolve(options.rootDir, 'liff/dist') }));
  // As on the self-hosted server, queued pushes and multicasts are sent and retried in the background.
  const outbox = options.outboxLoop === false ? { stop: async () => undefined } : startOutboxLoop(deps);
  const scheduler =
    options.scheduler === false
      ? { stop: async () => undefined }
      : startScheduler(createJobRunner(deps, scheduledJobs(deps, { outbox: false })), logger);
  return {
    botUrl,
    simulatorUrl: `${platform.url}/`,
    platform,
    deps,
    config,
    async stop() {
      await outbox.stop();
      await scheduler.stop();
      await new Promise((r) => server.close(r));
      server.closeAllConnections?.();
      await platform.stop();
      await deps.repos.store.close();
    },
  };
}
