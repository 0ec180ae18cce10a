// Cloud Functions for Firebase (v2) entry points, built from the same app factory as the self-hosted server.
import { onRequest, type Request } from 'firebase-functions/https';
import { onSchedule } from 'firebase-functions/scheduler';
import { defineSecret, defineString } from 'firebase-functions/params';
import type { Response } from 'express';
import { loadConfig } from '../../bot/src/config';
import { createApp } from '../../bot/src/app';
import { createServices } from '../../bot/src/services';
import { createJobRunner, scheduledJobs, type JobRunner } from '../../bot/src/jobs';

const LINE_CHANNEL_SECRET = defineSecret('LINE_CHANNEL_SECRET');
const LINE_CHANNEL_ACCESS_TOKEN = defineSecret('LINE_CHANNEL_ACCESS_TOKEN');
const LINE_LOGIN_CHANNEL_ID = defineString('LINE_LOGIN_CHANNEL_ID');
const LIFF_ID = defineString('LIFF_ID');
const AREA_ID = defineString('AREA_ID', { default: 'esa' });
const AREA_NAME = defineString('AREA_NAME', { default: 'สำนักงานเขตพื้นที่การศึกษา' });

const REGION = 'asia-southeast1';
const secrets = [LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN];

// Secrets exist only at run time, so the services are built on the first call and reused after.
let services: ReturnType<typeof createServices> | undefined;
function getServices(): ReturnType<typeof createServices> {
  services ??= (async () => {
    const config = loadConfig({
      ...process.env,
      LINE_CHANNEL_SECRET: LINE_CHANNEL_SECRET.value(),
      LINE_CHANNEL_ACCESS_TOKEN: LINE_CHANNEL_ACCESS_TOKEN.value(),
      LINE_LOGIN_CHANNEL_ID: LINE_LOGIN_CHANNEL_ID.value(),
      LIFF_ID: LIFF_ID.value(),
      AREA_ID: AREA_ID.value(),
      AREA_NAME: AREA_NAME.value(),
      STORE: 'firestore',
      FIRESTORE_PROJECT_ID: process.env.FIRESTORE_PROJECT_ID ?? process.env.GCLOUD_PROJECT ?? process.env.GOOGLE_CLOUD_PROJECT,
    });
    return createServices(config);
  })();
  return services;
}

let app: Promise<ReturnType<typeof createApp>> | undefined;
const getApp = () => (app ??= getServices().then((deps) => createApp(deps)));

let runner: Promise<JobRunner> | undefined;
const getRunner = () => (runner ??= getServices().then((deps) => createJobRunner(deps, scheduledJobs(deps))));

const handle = async (req: Request, res: Response) => (await getApp())(req, res);

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
