// Fault evidence: Firestore goes away in the middle of a webhook batch and comes back. A dedicated emulator (own port) is
// stopped at the worst moment for our handlers: the batch's processedEvents markers are written, none of its effects
// are. "Half-done" is an event left in that state for good — marked, so a redelivery is dropped as a duplicate, but never
// handled (here: no Member, no welcome). It must not happen: each event ends processed once, or unmarked and answered
// non-2xx so LINE redelivers it.
//
// What this shows about Firestore's client: while the emulator is down a call does not fail fast — writes wait for it
// (reads give up after about 45 s) — so the webhook gives LINE no answer within its 2 s budget, which LINE counts as a
// failure (request_timeout) and redelivers. The emulator is started again on the same port with the data it held (real
// Firestore keeps its data through an outage; a bare emulator restart forgets everything), the waiting calls go on,
// and LINE's redelivery of the same signed body, same webhookEventIds, is dropped as duplicate: each person is welcomed once.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, memberDocId } from '@nithet/shared';
import { createApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { BotDeps } from '../../src/deps';
import { createLogger } from '../../src/logger';
import { LOCAL_SECRETS } from '../../src/local/local-stack';
import { startLocalLinePlatform, type LocalLinePlatform } from '../../src/local/line-platform';
import { sign } from '../../src/local/line-platform/webhook';
import { createServices, ensureArea } from '../../src/services';
import { createFirestoreStore } from '../../src/store/firestore/firestore-store';
import { startFirestoreEmulator, type FirestoreEmulator } from '../support/firestore-emulator';
import { waitFor } from './support/bot-process';
import { exportEmulator, outageSwitch, restartEmulator, type OutageSwitch } from './support/firestore-outage';

const PROJECT = 'demo-nithet-faults';
const AREA = 'demo-esa';
/** LINE waits this long for the webhook's answer; no 2xx in time is a failed delivery it may redeliver. */
const LINE_BUDGET_MS = 2_000;
const PEOPLE = Array.from({ length: 6 }, (_, i) => `U${(0xf00000 + i).toString(16).padStart(32, '0')}`);

let emulator: FirestoreEmulator;
let hostBefore: string | undefined;
let platform: LocalLinePlatform;
let outage: OutageSwitch;
let deps: BotDeps;
let server: Server;
let webhookUrl = '';
/** Webhook requests the bot is still working on (LINE may have given up on them). */
let open = 0;

beforeAll(async () => {
  emulator = await startFirestoreEmulator({ projectId: PROJECT });
  // The SDK takes FIRESTORE_EMULATOR_HOST over any host it is given: point it at this test's own emulator meanwhile.
  hostBefore = process.env.FIRESTORE_EMULATOR_HOST;
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  platform = await startLocalLinePlatform({
    channelSecret: LOCAL_SECRETS.channelSecret,
    channelAccessToken: LOCAL_SECRETS.channelAccessToken,
    loginChannelId: LOCAL_SECRETS.loginChannelId,
    users: PEOPLE.map((userId, i) => ({ userId, displayName: `ครูทดสอบ ${i}`, following: true })),
  });
  const config = loadConfig({
    LINE_CHANNEL_SECRET: LOCAL_SECRETS.channelSecret,
    LINE_CHANNEL_ACCESS_TOKEN: LOCAL_SECRETS.channelAccessToken,
    LINE_LOGIN_CHANNEL_ID: LOCAL_SECRETS.loginChannelId,
    LIFF_ID: LOCAL_SECRETS.liffId,
    LINE_API_BASE_URL: platform.url,
    LINE_DATA_API_BASE_URL: platform.url,
    STORE: 'firestore',
    FIRESTORE_PROJECT_ID: PROJECT,
    FIRESTORE_EMULATOR_HOST: emulator.host,
    FILE_STORE: 'disk',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'nithet-firestore-outage-')),
    AREA_ID: AREA,
    LOG_LEVEL: 'silent',
  });
  outage = outageSwitch(createFirestoreStore({ projectId: PROJECT, emulatorHost: emulator.host }));
  deps = await createServices(config, { store: outage.store, logger: createLogger({ level: 'silent' }) });
  await ensureArea(deps); // also loads gRPC, which takes seconds the first time
  const app = createApp(deps);
  server = createServer((req, res) => {
    // Counted until the bot answers, even when LINE has hung up by then ('close' would come at the hang-up).
    open += 1;
    const end = res.end.bind(res) as (...a: unknown[]) => typeof res;
    let answered = false;
    res.end = ((...a: unknown[]) => {
      if (!answered) open -= 1;
      answered = true;
      return end(...a);
    }) as typeof res.end;
    app(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`;
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await deps?.repos.store.close();
  await platform?.stop();
  await emulator?.stop();
  if (hostBefore === undefined) delete process.env.FIRESTORE_EMULATOR_HOST;
  else process.env.FIRESTORE_EMULATOR_HOST = hostBefore;
});

/** One signed POST as LINE makes it: the status, or 0 when no answer came within LINE's budget. */
async function deliver(body: string): Promise<number> {
  const res = await fetch(webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': sign(LOCAL_SECRETS.channelSecret, body) },
    body,
    signal: AbortSignal.timeout(LINE_BUDGET_MS),
  }).catch(() => null);
  if (!res) return 0;
  await res.text();
  return res.status;
}

const eventId = (i: number) => `01JFAULTFIRESTORE${String(i).padStart(9, '0')}`;

describe('When Firestore stops in the middle of a webhook batch and comes back', () => {
  it('then LINE gets no 2xx while it is down, and after its redelivery each event is processed exactly once', async () => {
    const replyTokens = PEOPLE.map((u) => platform.issueReplyToken(u));
    const body = (isRedelivery: boolean) =>
      JSON.stringify({
        destination: platform.botUserId,
        events: PEOPLE.map((userId, i) => ({
          type: 'follow',
          mode: 'active',
          timestamp: Date.now(),
          webhookEventId: eventId(i),
          deliveryContext: { isRedelivery },
          source: { type: 'user', userId },
          replyToken: replyTokens[i],
        })),
      });
    const direct = createFirestoreStore({ projectId: PROJECT, emulatorHost: emulator.host });
    const count = async (collection: string, ids: string[]) => (await direct.getMany(collection, ids)).filter(Boolean).length;
    const markerIds = PEOPLE.map((_, i) => eventId(i));
    const memberIds = PEOPLE.map((u) => memberDocId(AREA, u));

    // Stop Firestore right after the batch's first marker is written, once the calls already running have returned.
    const stopped = outage.armAfter(
      (method, args, result) => method === 'create' && args[0] === COLLECTIONS.processedEvents && result === true,
      async () => {
        const atStop = {
          markers: await count(COLLECTIONS.processedEvents, markerIds),
          members: await count(COLLECTIONS.members, memberIds),
        };
        const snapshot = await exportEmulator(emulator);
        await direct.close();
        await emulator.stop();
        return { atStop, snapshot };
      },
    );
    expect(await deliver(body(false))).toBe(0);
    const { atStop, snapshot } = await stopped;
    // Stopped mid-batch at the worst moment: markers written, no event's effects yet.
    expect(atStop.markers).toBeGreaterThan(0);
    expect(atStop.members).toBe(0);
    // LINE redelivers while Firestore is still down: no 2xx either.
    expect(await deliver(body(true))).toBe(0);

    emulator = await restartEmulator(emulator, snapshot);
    // The bot's waiting calls go on against the restarted Firestore and finish the first delivery.
    await waitFor('the bot to finish the deliveries LINE gave up on', () => open === 0, 60_000, 20);
    expect(await deliver(body(true))).toBe(200);

    // Never half-done: every event is marked and has its effect.
    const after = createFirestoreStore({ projectId: PROJECT, emulatorHost: emulator.host });
    const markers = await after.getMany(COLLECTIONS.processedEvents, markerIds);
    const members = await after.getMany(COLLECTIONS.members, memberIds);
    await after.close();
    expect(markers.map((m) => m?.type)).toEqual(PEOPLE.map(() => 'follow'));
    expect(members.map((m) => m?.status)).toEqual(PEOPLE.map(() => 'following'));
    // Each person was welcomed once: one accepted reply on their token, no second reply or fallback push.
    const replies = platform.requests().filter((r) => r.path === '/v2/bot/message/reply' && r.status === 200);
    const tokens = replies.map((r) => (r.body as { replyToken: string }).replyToken);
    expect(tokens.sort()).toEqual([...replyTokens].sort());
    expect(platform.requests().filter((r) => r.path === '/v2/bot/message/push')).toEqual([]);
    for (const u of PEOPLE) expect(platform.messagesTo(u).filter((m) => m.how === 'reply').length).toBeGreaterThan(0);
  }, 120_000);
});
