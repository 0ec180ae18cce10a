// Deploy proof without the cloud: what `firebase deploy` uploads, installed with production dependencies only in an
// empty directory, discovered as firebase-tools does, then every exported function invoked against Google's Firestore
// emulator and the local LINE platform, with the effects checked in the store and in the chats.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { COLLECTIONS, JOB_RUNS_COLLECTION, memberDocId, type DocumentStore } from '@nithet/shared';
import { startLocalLinePlatform, type LocalLinePlatform } from '../../bot/src/local/line-platform';
import { createFirestoreStore } from '../../bot/src/store/firestore/firestore-store';
import { loadConfig } from '../../bot/src/config';
import { createServices } from '../../bot/src/services';
import { enqueueMulticast } from '../../bot/src/outbox';
import { scheduledJobs } from '../../bot/src/jobs';
import type { BotDeps } from '../../bot/src/deps';
import { clearFirestoreEmulator } from '../../scripts/jest/firestore-emulator';
import { installArtifact, readManifest, runPredeploy, uploadedFiles, type Manifest } from './deploy-steps';

const ROOT = resolve(__dirname, '../..');
const FIREBASE_JSON = join(ROOT, 'firebase.json');
const PROJECT = 'demo-nithet-deploy';
const AREA = 'deploy-esa';
const SECRETS = {
  channelSecret: 'deploy-test-channel-secret-0001',
  channelAccessToken: 'deploy-test-channel-access-token',
  loginChannelId: '1650009999',
  liffId: '1650009999-DeployT',
};
const TEACHER = 'U0000000000000000000000000000d001';
const SUPERVISOR = 'U0000000000000000000000000000d002';

/** Every export gets a scenario below; a new export without one fails the first test. */
const SCENARIOS = ['api', 'jobs', 'webhook'];

jest.setTimeout(120_000);

let work: string;
let appDir: string;
let manifest: Manifest;
let platform: LocalLinePlatform;
let host: ChildProcess;
let hostUrl: string;
let store: DocumentStore;
let deps: BotDeps;

async function startHost(env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [join(__dirname, 'artifact-host.cjs'), appDir, FIREBASE_JSON], {
    cwd: appDir,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`The artifact did not start within 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const m = /READY (\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(`http://127.0.0.1:${m[1]}`);
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`The artifact exited with ${code} while loading:\n${output}`));
    });
  });
  return { child, url };
}

const call = async (path: string, init: RequestInit = {}) => {
  const res = await fetch(`${hostUrl}${path}`, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body: body as Record<string, unknown> & { error?: { code: string; message: string } } };
};
const asUser = (userId: string) => ({ authorization: `Bearer ${platform.mintIdToken(userId)}` });

beforeAll(async () => {
  const emulatorHost = process.env.FIRESTORE_EMULATOR_HOST;
  if (!emulatorHost) throw new Error('FIRESTORE_EMULATOR_HOST is not set: the jest global setup starts the Firestore emulator');
  await clearFirestoreEmulator(emulatorHost, PROJECT);

  runPredeploy(ROOT, FIREBASE_JSON);
  work = mkdtempSync(join(tmpdir(), 'nithet-deploy-'));
  appDir = join(work, 'app');
  mkdirSync(appDir);
  const source = join(ROOT, 'functions');
  for (const file of uploadedFiles(source, FIREBASE_JSON)) cpSync(join(source, file), join(appDir, file), { recursive: true });
  installArtifact(appDir, join(ROOT, 'node_modules/.cache/nithet-deploy-artifact/npm'));
  manifest = readManifest(appDir, PROJECT);

  platform = await startLocalLinePlatform({
    channelSecret: SECRETS.channelSecret,
    channelAccessToken: SECRETS.channelAccessToken,
    loginChannelId: SECRETS.loginChannelId,
    users: [
      { userId: TEACHER, displayName: 'ครูทดสอบ ดีพลอย', following: false },
      { userId: SUPERVISOR, displayName: 'ศน.ทดสอบ ดีพลอย' },
    ],
    rateLimits: false,
  });
  // Secrets and params reach a deployed function as environment variables; LINE's address is the local platform.
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? work,
    GCLOUD_PROJECT: PROJECT,
    FIRESTORE_EMULATOR_HOST: emulatorHost,
    METADATA_SERVER_DETECTION: 'none',
    LINE_CHANNEL_SECRET: SECRETS.channelSecret,
    APP_SECRET: 'deploy-test-app-secret-0000000000000000',
    LINE_CHANNEL_ACCESS_TOKEN: SECRETS.channelAccessToken,
    LINE_LOGIN_CHANNEL_ID: SECRETS.loginChannelId,
    LIFF_ID: SECRETS.liffId,
    AREA_ID: AREA,
    AREA_NAME: 'สพป.ทดสอบการติดตั้ง',
    PUBLIC_BASE_URL: `https://${PROJECT}.web.app`,
    LINE_API_BASE_URL: platform.url,
    LINE_DATA_API_BASE_URL: platform.url,
    LOG_LEVEL: 'warn',
  };
  ({ child: host, url: hostUrl } = await startHost(env));
  platform.setWebhookUrl(`${hostUrl}/webhook`);

  store = createFirestoreStore({ projectId: PROJECT, emulatorHost });
  deps = await createServices(
    loadConfig({ ...env, STORE: 'firestore', FIRESTORE_PROJECT_ID: PROJECT, FILE_STORE: 'disk', DATA_DIR: work }),
    {
      store,
    },
  );
}, 15 * 60_000);

afterAll(async () => {
  host?.kill('SIGTERM');
  await platform?.stop();
  await store?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('When the functions are packed, installed with production dependencies only and loaded', () => {
  it('then firebase-tools discovers webhook and api as HTTPS functions and one scheduled job in asia-southeast1, with the LINE secrets and the signing key APP_SECRET', () => {
    const endpoints = manifest.endpoints;
    expect(Object.keys(endpoints).sort()).toEqual(SCENARIOS);
    for (const name of SCENARIOS) {
      expect(endpoints[name]!.platform).toBe('gcfv2');
      expect(endpoints[name]!.region).toEqual(['asia-southeast1']);
      expect(endpoints[name]!.secretEnvironmentVariables?.map((s) => s.key).sort()).toEqual([
        'APP_SECRET',
        'LINE_CHANNEL_ACCESS_TOKEN',
        'LINE_CHANNEL_SECRET',
      ]);
    }
    expect(endpoints.webhook!.httpsTrigger).toBeDefined();
    expect(endpoints.api!.httpsTrigger).toBeDefined();
    expect(endpoints.jobs!.scheduleTrigger).toMatchObject({ schedule: '* * * * *', timeZone: 'Asia/Bangkok' });
    expect(manifest.params?.map((p) => p.name)).toEqual(expect.arrayContaining(['LINE_LOGIN_CHANNEL_ID', 'LIFF_ID', 'AREA_ID']));
    expect(manifest.requiredAPIs?.map((a) => a.api)).toContain('cloudscheduler.googleapis.com');
  });

  it('then Hosting rewrites /webhook and /api/** (and any other function path) to HTTPS functions of the same region', () => {
    const hosting = JSON.parse(readFileSync(FIREBASE_JSON, 'utf8')).hosting as {
      rewrites: Array<{ source: string; function?: { functionId: string; region: string } }>;
    };
    const toFunction = hosting.rewrites.filter((r) => r.function);
    expect(toFunction).toEqual(
      expect.arrayContaining([
        { source: '/webhook', function: { functionId: 'webhook', region: 'asia-southeast1' } },
        { source: '/api/**', function: { functionId: 'api', region: 'asia-southeast1' } },
      ]),
    );
    for (const r of toFunction) {
      expect(manifest.endpoints[r.function!.functionId]?.httpsTrigger).toBeDefined();
      expect(r.function!.region).toBe('asia-southeast1');
    }
  });
});

describe('webhook', () => {
  it('When a teacher adds the account, then the signed event is answered 200, the member is stored and the welcome reply reaches the chat', async () => {
    const sent = await platform.sendEvent(TEACHER, { type: 'follow' });
    expect(sent.status).toBe(200);
    const member = await store.get(COLLECTIONS.members, memberDocId(AREA, TEACHER));
    expect(member).toMatchObject({ areaId: AREA, lineUserId: TEACHER, status: 'following' });
    expect(await store.get(COLLECTIONS.processedEvents, sent.webhookEventId)).toMatchObject({ type: 'follow' });
    expect(platform.messagesTo(TEACHER).filter((m) => m.how === 'reply').length).toBeGreaterThan(0);
    // The office exists from the first call on, as on the self-hosted server.
    expect(await store.get(COLLECTIONS.areas, AREA)).toMatchObject({ name: 'สพป.ทดสอบการติดตั้ง' });
  });

  it('When a body arrives with a wrong signature, then it is refused with 401 and nothing is processed', async () => {
    const eventId = '01JDEPLOYWRONGSIGNATURE0001';
    const body = JSON.stringify({
      destination: platform.botUserId,
      events: [
        {
          type: 'follow',
          mode: 'active',
          timestamp: Date.now(),
          source: { type: 'user', userId: SUPERVISOR },
          webhookEventId: eventId,
          deliveryContext: { isRedelivery: false },
          replyToken: 'x'.repeat(32),
        },
      ],
    });
    const res = await platform.postRawWebhook(body, { 'x-line-signature': 'c2lnbmVkIHdpdGggYW5vdGhlciBzZWNyZXQ=' });
    expect(res.status).toBe(401);
    expect(await store.get(COLLECTIONS.processedEvents, eventId)).toBeNull();
    expect(await store.get(COLLECTIONS.members, memberDocId(AREA, SUPERVISOR))).toBeNull();
  });
});

describe('api', () => {
  it('When the LIFF app asks for its config through Hosting, then it gets the LIFF id and the office name', async () => {
    const res = await call('/api/liff-config');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ liffId: SECRETS.liffId, areaName: 'สพป.ทดสอบการติดตั้ง' });
  });

  it('When a teacher calls with a LINE ID token, then the API answers as that teacher; without one, 401 in Thai', async () => {
    const anonymous = await call('/api/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error?.message).toMatch(/[\u0E00-\u0E7F]/);
    const me = await call('/api/me', { headers: asUser(TEACHER) });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ member: { id: memberDocId(AREA, TEACHER), status: 'following' }, area: { id: AREA } });
  });

  it('When a body is over the API limit, then the app itself refuses it with 413 in Thai although the platform parsed it first', async () => {
    const res = await call('/api/me/registration', {
      method: 'PUT',
      headers: { ...asUser(TEACHER), 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x'.repeat(80_000) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.error?.message).toMatch(/[\u0E00-\u0E7F]/);
  });
});

describe('jobs', () => {
  it('When Cloud Scheduler calls the job function, then every job runs its due slot and a queued push reaches the teacher', async () => {
    await store.update(COLLECTIONS.members, memberDocId(AREA, TEACHER), {
      consents: [{ purpose: 'network-contact', granted: true, noticeVersion: '2026-01', at: new Date().toISOString() }],
    });
    const queued = await enqueueMulticast(deps, {
      areaId: AREA,
      recipientMemberIds: [memberDocId(AREA, TEACHER)],
      messages: [{ type: 'text', text: 'ทดสอบการส่งจากฟังก์ชันที่ติดตั้งแล้ว' }],
      reason: 'deploy-test',
      dedupeKey: 'deploy-test:1',
    });
    expect(queued.created).toBe(true);

    const res = await call('/__scheduler/jobs', { method: 'POST' });
    expect(res.status).toBe(200);
    const texts = platform.messagesTo(TEACHER).map((m) => JSON.stringify(m.message));
    expect(texts.filter((t) => t.includes('ทดสอบการส่งจากฟังก์ชันที่ติดตั้งแล้ว'))).toHaveLength(1);

    const runs = (await store.query(JOB_RUNS_COLLECTION, {})).docs.map((d) => d.data);
    const names = scheduledJobs(deps).map((j) => j.name);
    // Each job has its record for its latest slot (a daily job whose slot is hours old records it as skipped), none failed.
    for (const name of names) expect(runs.filter((r) => r.job === name).length).toBeGreaterThan(0);
    expect(runs.filter((r) => r.status === 'failed' || r.status === 'running')).toEqual([]);
    expect(runs.filter((r) => r.job === 'outbox' && r.status === 'done').length).toBeGreaterThan(0);
  });

  it('When firebase-functions-test runs the same scheduled handler again in that minute, then nothing is sent twice', async () => {
    const before = platform.requests().filter((r) => r.path === '/v2/bot/message/multicast').length;
    const res = await call('/__wrapped/jobs', { method: 'POST' });
    expect(res.body).toEqual({ ok: true });
    expect(platform.requests().filter((r) => r.path === '/v2/bot/message/multicast')).toHaveLength(before);
  });
});
