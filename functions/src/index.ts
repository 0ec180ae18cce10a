// Cloud Functions for Firebase (v2) entry points, built from the same app factory as the self-hosted server.
import { onRequest, type Request } from 'firebase-functions/https';
import { onSchedule } from 'firebase-functions/scheduler';
import { defineSecret, defineString } from 'firebase-functions/params';
import * as logger from 'firebase-functions/logger';
import type { Response } from 'express';
import { AppError } from '@nithet/shared';
import { replayBody } from './replay-body';
import { loadConfig } from '../../bot/src/config';
import { createApp } from '../../bot/src/app';
import { createServices, ensureArea } from '../../bot/src/services';
import { createJobRunner, scheduledJobs } from '../../bot/src/jobs';

const LINE_CHANNEL_SECRET = defineSecret('LINE_CHANNEL_SECRET');
const LINE_CHANNEL_ACCESS_TOKEN = defineSecret('LINE_CHANNEL_ACCESS_TOKEN');
/** The product's own signing key (tickets, calendar links, anonymous ids), apart from LINE's channel secret. */
const APP_SECRET = defineSecret('APP_SECRET');
const LINE_LOGIN_CHANNEL_ID = defineString('LINE_LOGIN_CHANNEL_ID');
const LIFF_ID = defineString('LIFF_ID');
const AREA_ID = defineString('AREA_ID', { default: 'esa' });
const AREA_NAME = defineString('AREA_NAME', { default: 'สำนักงานเขตพื้นที่การศึกษา' });
/** The Hosting address (https://<project>.web.app or the office's domain): links in messages (calendar, certificates). */
const PUBLIC_BASE_URL = defineString('PUBLIC_BASE_URL', {
  description: 'Public address of this deployment, e.g. https://<project-id>.web.app',
});

const REGION = 'asia-southeast1';
const secrets = [LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN, APP_SECRET];

/** A lazily built value, built again on the next call when building failed (a Firestore blip must not stick). */
function once<T>(build: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () =>
    (value ??= build().catch((e: unknown) => {
      value = undefined;
      throw e;
    }));
}

// Secrets exist only at run time, so the services are built on the first call and reused after.
const getServices = once(async () => {
  const config = loadConfig({
    ...process.env,
    LINE_CHANNEL_SECRET: LINE_CHANNEL_SECRET.value(),
    LINE_CHANNEL_ACCESS_TOKEN: LINE_CHANNEL_ACCESS_TOKEN.value(),
    LINE_LOGIN_CHANNEL_ID: LINE_LOGIN_CHANNEL_ID.value(),
    LIFF_ID: LIFF_ID.value(),
    AREA_ID: AREA_ID.value(),
    AREA_NAME: AREA_NAME.value(),
    PUBLIC_BASE_URL: PUBLIC_BASE_URL.value(),
    STORE: 'firestore',
    FIRESTORE_PROJECT_ID: process.env.FIRESTORE_PROJECT_ID ?? process.env.GCLOUD_PROJECT ?? process.env.GOOGLE_CLOUD_PROJECT,
  });
  const deps = await createServices(config);
  // As `npm run serve` does at start: the office and its built-in form templates exist (create-if-absent).
  await ensureArea(deps);
  return deps;
});

const getApp = once(async () => createApp(await getServices()));
const getRunner = once(async () => {
  const deps = await getServices();
  return createJobRunner(deps, scheduledJobs(deps));
});

/** A start-up failure (bad params, Firestore down) answers 503 with the usual error body, and the next request retries. */
const handle = async (req: Request, res: Response) => {
  let app: Awaited<ReturnType<typeof getApp>>;
  try {
    app = await getApp();
  } catch (e) {
    logger.error('Nithet could not start', { error: e instanceof Error ? e.message : String(e) });
    res.status(503).json(new AppError('store/unavailable', 'Nithet could not start').toBody());
    return;
  }
  app(replayBody(req), res);
};

/** LINE webhook: kept warm (LINE allows 2 s) and answered only after the work is durable. */
export const webhook = onRequest(
  { region: REGION, secrets, minInstances: 1, concurrency: 80, timeoutSeconds: 30, memory: '512MiB' },
  handle,
);

/** REST API for the LIFF app (reached through Hosting's /api rewrite). */
export const api = onRequest({ region: REGION, secrets, concurrency: 80, timeoutSeconds: 60, memory: '512MiB' }, handle);

/**
 * Every scheduled job (outbox retries, purges, later reminders): one Cloud Scheduler tick a minute runs each
 * job's due and missed slots once (jobRuns claims); a failed slot fails the tick so the scheduler retries it.
 */
export const jobs = onSchedule(
  {
    schedule: '* * * * *',
    timeZone: 'Asia/Bangkok',
    region: REGION,
    secrets,
    retryCount: 3,
    minBackoffSeconds: 10,
    timeoutSeconds: 540,
    memory: '512MiB',
  },
  async (event) => {
    const reports = await (await getRunner()).runDue();
    const failed = reports.filter((r) => r.outcome === 'failed');
    if (failed.length)
      throw new Error(`Scheduled runs failed at ${event.scheduleTime}: ${failed.map((r) => `${r.job}@${r.slot}`).join(', ')}`);
  },
);
