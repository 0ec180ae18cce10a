// `npm run bench` (cost part): Firestore reads, writes and deletes per webhook event, per announcement recipient and per
// form submission, counted by the Firestore adapter (store.metrics) while the real local stack (bot + API + local LINE
// platform) runs on Google's Firestore emulator; then a monthly bill for an office of 4,000 teachers from those counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  ensureBuiltInTemplates,
  formDefinitionSchema,
  memberDocId,
  membershipDocId,
  newNetwork,
  COLLECTIONS,
  type FormDefinitionInput,
  type Membership,
} from '@nithet/shared';
import { startLocalStack, type LocalStack } from '../bot/src/local/local-stack';
import { createLogger } from '../bot/src/logger';
import { createFirestoreStore, type FirestoreStoreMetrics } from '../bot/src/store/firestore/firestore-store';
import { runOutbox } from '../bot/src/outbox';
import { purgeExpired } from '../bot/src/jobs/purge-expired';
import { startFirestoreEmulator } from '../bot/test/support/firestore-emulator';
import { SUPERVISOR } from '../bot/test/support/local-stack';
import { api, registration } from '../bot/test/support/people';
import { addMembers, AREA, lineId } from '../bot/test/support/outbox-members';
import { runBench, saveResults } from './lib/results';

const ROOT = resolve(__dirname, '..');
const HOUR = 3600_000;
const DAY = 24 * HOUR;
/** People per measured single action (each counted separately and averaged). */
const N = 10;
/** Two audience sizes: the per-recipient cost is the difference divided by the difference in people. */
const SMALL = 100;
const LARGE = 1000;

/**
 * Firestore prices per 100,000 operations in USD, from the per-location table of https://cloud.google.com/firestore/pricing
 * (also https://firebase.google.com/docs/firestore/pricing). Its asia-southeast1 (Singapore) row could not be retrieved
 * when this was written, so the bill is shown at two rows of the same table: US multi-region and Oregon (a regional
 * location); a regional Singapore database is expected between them. Put the Singapore row here before budgeting.
 */
const PRICES = {
  upper: { label: 'US multi-region prices', reads: 0.06, writes: 0.18, deletes: 0.02 },
  lower: { label: 'Oregon (regional) prices', reads: 0.03, writes: 0.09, deletes: 0.01 },
};
/** Per day for the (default) database, from the same page. */
const FREE_PER_DAY = { reads: 50_000, writes: 20_000, deletes: 20_000 };

type Ops = { reads: number; writes: number; deletes: number; queries: number };
const log = (m: string) => process.stdout.write(`[bench:cost] ${m}\n`);
const r2 = (v: number) => Math.round(v * 100) / 100;

const SURVEY: FormDefinitionInput = {
  id: 'cost-survey',
  version: 1,
  kind: 'needs-survey',
  title: 'แบบสำรวจความต้องการพัฒนา (ทดสอบค่าใช้จ่าย)',
  sections: [
    {
      id: 'about',
      title: 'ความต้องการ',
      questions: [
        {
          id: 'leads',
          kind: 'single-choice',
          label: 'ท่านเป็นแกนนำเครือข่ายหรือไม่',
          required: true,
          options: [
            { value: 'yes', label: 'เป็น' },
            { value: 'no', label: 'ไม่เป็น' },
          ],
        },
        { id: 'topic-need', kind: 'rating', label: 'ความต้องการพัฒนาการวัดผล', required: true },
        { id: 'comment', kind: 'long-text', label: 'ข้อเสนอแนะ', required: false },
      ],
    },
  ],
};

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  log('starting the Firestore emulator…');
  const emulator = await startFirestoreEmulator({ projectId: 'demo-bench-cost' });
  const dataDir = mkdtempSync(join(tmpdir(), 'nithet-bench-cost-'));
  const store = createFirestoreStore({ projectId: emulator.projectId, emulatorHost: emulator.host });
  let stack: LocalStack | undefined;
  try {
    stack = await startLocalStack({
      rootDir: ROOT,
      dataDir,
      logger: createLogger({ level: 'silent' }),
      richMenus: false,
      outboxLoop: false,
      scheduler: false,
      store,
    });
    const s = stack;
    const m: FirestoreStoreMetrics = store.metrics;
    const snapshot = (): Ops => ({ reads: m.reads, writes: m.writes, deletes: m.deletes, queries: m.queries });
    /** Store operations of `fn`, divided by `per`; background work started by it gets a moment to finish. */
    const measure = async (per: number, fn: () => Promise<unknown>): Promise<Ops> => {
      const before = snapshot();
      await fn();
      await new Promise((r) => setTimeout(r, 300));
      const after = snapshot();
      return {
        reads: r2((after.reads - before.reads) / per),
        writes: r2((after.writes - before.writes) / per),
        deletes: r2((after.deletes - before.deletes) / per),
        queries: r2((after.queries - before.queries) / per),
      };
    };
    const each = (ids: string[], fn: (userId: string) => Promise<unknown>) =>
      measure(ids.length, async () => {
        for (const id of ids) await fn(id);
      });
    const ok = (what: string) => (res: { status: number; body?: unknown }) => {
      if (res.status >= 300) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      return res;
    };
    const send = (userId: string, event: Parameters<LocalStack['platform']['sendEvent']>[1]) =>
      s.platform.sendEvent(userId, event).then(ok(`webhook ${event.type}`));
    const newcomers = (from: number) =>
      Array.from({ length: N }, (_, i) => {
        const userId = lineId(from + i);
        s.platform.addUser({ userId, displayName: `ครูใหม่ ${i}`, following: true });
        return userId;
      });

    log('webhook events…');
    const webhook: Record<string, Ops> = {};
    webhook['first message from an unknown user'] = await each(newcomers(50_000), (u) => send(u, { type: 'message', text: 'สวัสดีครับ' }));
    const followers = newcomers(60_000);
    webhook['follow (add the account as a friend)'] = await each(followers, (u) => send(u, { type: 'follow' }));
    const registerOps = await each(followers, (u) =>
      api(s, u, 'PUT', '/api/me/registration', registration({ firstName: `ครู${u.slice(-4)}` })).then(ok('registration')),
    );
    webhook['message from a registered member'] = await each(followers, (u) => send(u, { type: 'message', text: 'สวัสดีครับ' }));
    webhook['"แบบสอบถาม" (my open forms) from a member'] = await each(followers, (u) => send(u, { type: 'message', text: 'แบบสอบถาม' }));

    log('announcements…');
    // Two networks: SMALL people, and LARGE people including the registered followers (they RSVP and answer below).
    const smallNet = await networkWith(s, 'cost-net-small', await addMembers(s, 100_000, SMALL));
    const largeMembers = [...(await addMembers(s, 200_000, LARGE - followers.length)), ...followers.map((u) => memberDocId(AREA, u))];
    const largeNet = await networkWith(s, 'cost-net-large', largeMembers);
    const flush = () => runOutbox(s.deps, { now: () => new Date(Date.now() + 12 * HOUR) });
    const announceTo = async (networkId: string, people: number) => {
      const created = ok('seminar')(
        await api(s, SUPERVISOR, 'POST', '/api/seminars', {
          title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
          startsAt: new Date(Date.now() + 7 * DAY).toISOString(),
          endsAt: new Date(Date.now() + 7 * DAY + 3 * HOUR).toISOString(),
          venue: 'ห้องประชุมสำนักงานเขต',
          audience: { networkIds: [networkId] },
          capacity: 2000,
        }),
      );
      const id = String((created.body as { seminar: { id: string } }).seminar.id);
      const enqueue = await measure(1, async () => ok('announce')(await api(s, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`)));
      const dispatch = await measure(1, flush);
      return { id, people, enqueue, dispatch };
    };
    const seminarSmall = await announceTo(smallNet, SMALL);
    const seminarLarge = await announceTo(largeNet, LARGE);
    const rsvp = await each(followers, (u) => send(u, { type: 'postback', data: `action=rsvp&s=${seminarLarge.id}&v=going` }));
    webhook['RSVP button (postback "going")'] = rsvp;

    log('form rounds…');
    await ensureBuiltInTemplates(s.deps.repos, AREA, [formDefinitionSchema.parse(SURVEY)], new Date().toISOString());
    const openRoundTo = async (networkId: string, people: number) => {
      const created = ok('round')(
        await api(s, SUPERVISOR, 'POST', '/api/form-rounds', {
          title: 'สำรวจความต้องการพัฒนา',
          templateId: SURVEY.id,
          audience: { networkIds: [networkId] },
          opensAt: new Date(Date.now() - 60_000).toISOString(),
          closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
        }),
      );
      const id = String((created.body as { round: { id: string } }).round.id);
      const enqueue = await measure(1, async () => ok('open round')(await api(s, SUPERVISOR, 'POST', `/api/form-rounds/${id}/open`)));
      const dispatch = await measure(1, flush);
      return { id, people, enqueue, dispatch };
    };
    const roundSmall = await openRoundTo(smallNet, SMALL);
    const roundLarge = await openRoundTo(largeNet, LARGE);
    const answers = (i: number) => ({ leads: i % 2 ? 'yes' : 'no', 'topic-need': 1 + (i % 5), comment: 'อยากให้มีการอบรมเรื่องการวัดผลเพิ่มเติม' });
    const form = {
      open: await each(followers, (u) => api(s, u, 'GET', `/api/form-rounds/${roundLarge.id}`).then(ok('open form'))),
      submit: await each(followers, (u) =>
        api(s, u, 'POST', `/api/form-rounds/${roundLarge.id}/responses`, {
          answers: answers(followers.indexOf(u)),
          idempotencyKey: randomUUID(),
        }).then(ok('submit')),
      ),
      edit: await each(followers, (u) =>
        api(s, u, 'POST', `/api/form-rounds/${roundLarge.id}/responses`, {
          answers: answers(followers.indexOf(u) + 1),
          idempotencyKey: randomUUID(),
        }).then(ok('edit')),
      ),
    };

    log('purge of processed-event records…');
    const processed = await s.deps.repos.store.count(COLLECTIONS.processedEvents);
    let purged = 0;
    const purgeTotal = await measure(1, async () => {
      purged = (await purgeExpired(store, COLLECTIONS.processedEvents, new Date(Date.now() + 8 * DAY))).deleted;
    });
    const purgePerEvent = {
      reads: r2(purgeTotal.reads / purged),
      writes: 0,
      deletes: r2(purgeTotal.deletes / purged),
      queries: r2(purgeTotal.queries / purged),
    };

    const perRecipient = (small: Sent, large: Sent): Split => {
      const slope = (k: keyof Ops) => r2((large.enqueue[k] + large.dispatch[k] - small.enqueue[k] - small.dispatch[k]) / (LARGE - SMALL));
      const fixed = (k: keyof Ops) => r2(small.enqueue[k] + small.dispatch[k] - slope(k) * SMALL);
      return {
        perRecipient: { reads: slope('reads'), writes: slope('writes'), deletes: slope('deletes'), queries: slope('queries') },
        fixed: { reads: fixed('reads'), writes: fixed('writes'), deletes: fixed('deletes'), queries: fixed('queries') },
      };
    };
    const result: Measured & { startedAt: string } & Record<string, unknown> = {
      startedAt,
      finishedAt: new Date().toISOString(),
      emulator: { host: emulator.host, startMs: emulator.startMs },
      params: { perAction: N, audiences: [SMALL, LARGE], prices: PRICES, freePerDay: FREE_PER_DAY },
      webhook,
      registration: registerOps,
      processedEventPurge: { processed, purged, perEvent: purgePerEvent },
      seminarAnnouncement: { small: seminarSmall, large: seminarLarge, ...perRecipient(seminarSmall, seminarLarge) },
      formRoundOpening: { small: roundSmall, large: roundLarge, ...perRecipient(roundSmall, roundLarge) },
      form,
    };
    const withBill = { ...result, bill: monthlyBill(result) };
    saveResults('cost', withBill, (jsonFile) => renderMarkdown(withBill, jsonFile));
  } finally {
    await stack?.stop();
    await emulator.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** A network holding these members, active. */
async function networkWith(s: LocalStack, id: string, memberIds: string[]): Promise<string> {
  const now = new Date().toISOString();
  await s.deps.repos.networks.put(
    newNetwork(
      {
        id,
        areaId: AREA,
        name: `เครือข่าย ${id}`,
        kind: 'teacher-community',
        level: 'office',
        joinCode: id.slice(-5).toUpperCase(),
        joinPolicy: 'open',
      },
      now,
    ),
  );
  for (let i = 0; i < memberIds.length; i += 400) {
    await s.deps.repos.store.runTransaction(async (tx) => {
      const repo = s.deps.repos.memberships.inTx(tx);
      for (const memberId of memberIds.slice(i, i + 400)) {
        const m: Membership = {
          id: membershipDocId(id, memberId),
          areaId: AREA,
          networkId: id,
          memberId,
          role: 'member',
          status: 'active',
          joinedAt: now,
          createdAt: now,
          updatedAt: now,
        };
        repo.put(m);
      }
    });
  }
  return id;
}

interface Split {
  perRecipient: Ops;
  fixed: Ops;
}

/** What the bill is made from. */
interface Measured {
  webhook: Record<string, Ops>;
  registration: Ops;
  processedEventPurge: { processed: number; purged: number; perEvent: Ops };
  seminarAnnouncement: Split & { small: Sent; large: Sent };
  formRoundOpening: Split & { small: Sent; large: Sent };
  form: { open: Ops; submit: Ops; edit: Ops };
}
type Sent = { enqueue: Ops; dispatch: Ops };

/**
 * A month of an office of 4,000 teachers (the activity is an assumption; change it here): each row is a count per month
 * times its measured operations. Webhook events also carry the later purge of their processed-event record.
 */
function activity(r: Measured) {
  const w = r.webhook;
  const purge = r.processedEventPurge.perEvent;
  const plusPurge = (o: Ops): Ops => ({
    reads: o.reads + purge.reads,
    writes: o.writes + purge.writes,
    deletes: o.deletes + purge.deletes,
    queries: o.queries,
  });
  const rows: Array<{ what: string; count: number; ops: Ops }> = [
    { what: 'messages and menu taps from members (5 per teacher)', count: 20_000, ops: plusPurge(w['message from a registered member']!) },
    {
      what: '"แบบสอบถาม" and similar list commands (1 per teacher)',
      count: 4_000,
      ops: plusPurge(w['"แบบสอบถาม" (my open forms) from a member']!),
    },
    {
      what: 'new friends: follow + first message',
      count: 100,
      ops: plusPurge(add(w['follow (add the account as a friend)']!, w['first message from an unknown user']!)),
    },
    { what: 'registrations in the LIFF app', count: 100, ops: r.registration },
    { what: 'seminar announcement recipients (4 seminars × 1,000)', count: 4_000, ops: r.seminarAnnouncement.perRecipient },
    { what: 'RSVP presses (40 % of them)', count: 1_600, ops: plusPurge(w['RSVP button (postback "going")']!) },
    { what: 'form-round cards (2 rounds × 4,000)', count: 8_000, ops: r.formRoundOpening.perRecipient },
    { what: 'forms opened and submitted (2 rounds × 2,500)', count: 5_000, ops: add(r.form.open, r.form.submit) },
  ];
  return rows;
}

function add(a: Ops, b: Ops): Ops {
  return { reads: a.reads + b.reads, writes: a.writes + b.writes, deletes: a.deletes + b.deletes, queries: a.queries + b.queries };
}

function monthlyBill(r: Measured) {
  const rows = activity(r).map((row) => ({
    ...row,
    monthly: {
      reads: Math.round(row.count * row.ops.reads),
      writes: Math.round(row.count * row.ops.writes),
      deletes: Math.round(row.count * row.ops.deletes),
    },
  }));
  const total = rows.reduce(
    (t, row) => ({ reads: t.reads + row.monthly.reads, writes: t.writes + row.monthly.writes, deletes: t.deletes + row.monthly.deletes }),
    {
      reads: 0,
      writes: 0,
      deletes: 0,
    },
  );
  const usd = (p: { reads: number; writes: number; deletes: number }, ops: { reads: number; writes: number; deletes: number }) =>
    r2((ops.reads / 1e5) * p.reads + (ops.writes / 1e5) * p.writes + (ops.deletes / 1e5) * p.deletes);
  // The free quota is per day: spread evenly over 30 days, what is above it each day.
  const overFree = {
    reads: Math.max(0, total.reads - 30 * FREE_PER_DAY.reads),
    writes: Math.max(0, total.writes - 30 * FREE_PER_DAY.writes),
    deletes: Math.max(0, total.deletes - 30 * FREE_PER_DAY.deletes),
  };
  // A busy day: a round opened to all 4,000, half of them opening and answering it that day, and the usual messages.
  const day = [
    { count: 4_000, ops: r.formRoundOpening.perRecipient },
    { count: 2_000, ops: add(r.form.open, r.form.submit) },
    { count: 1_000, ops: r.webhook['message from a registered member']! },
  ].reduce(
    (t, x) => ({
      reads: t.reads + x.count * x.ops.reads,
      writes: t.writes + x.count * x.ops.writes,
      deletes: t.deletes + x.count * x.ops.deletes,
    }),
    {
      reads: 0,
      writes: 0,
      deletes: 0,
    },
  );
  const dayOver = {
    reads: Math.max(0, day.reads - FREE_PER_DAY.reads),
    writes: Math.max(0, day.writes - FREE_PER_DAY.writes),
    deletes: Math.max(0, day.deletes - FREE_PER_DAY.deletes),
  };
  return {
    rows,
    total,
    busyDay: { ops: day, usdOverFreeQuota: { upper: usd(PRICES.upper, dayOver), lower: usd(PRICES.lower, dayOver) } },
    usd: {
      upper: { all: usd(PRICES.upper, total), overFreeQuota: usd(PRICES.upper, overFree) },
      lower: { all: usd(PRICES.lower, total), overFreeQuota: usd(PRICES.lower, overFree) },
    },
  };
}

const fmtOps = (o: Ops) => `${o.reads} / ${o.writes} / ${o.deletes}`;
const n = (v: number) => v.toLocaleString('en-US');

function renderMarkdown(r: Measured & { startedAt: string; bill: ReturnType<typeof monthlyBill> }, jsonFile: string): string {
  const sa = r.seminarAnnouncement;
  const fr = r.formRoundOpening;
  const b = r.bill;
  return [
    `# Firestore cost per action — ${r.startedAt}`,
    '',
    `The real local stack (bot, API, local LINE platform) with \`STORE=firestore\` on Google's Firestore emulator; every number is the Firestore adapter's own count ` +
      `(\`store.metrics\`: documents read, written and deleted as Firestore bills them — a query costs its documents, at least one; reads inside a transaction count per attempt). ` +
      `Webhook events go through the signed webhook, the rest through the API with LIFF ID tokens, as a phone would. Each action is averaged over ${N} people.`,
    '',
    '| action | reads / writes / deletes |',
    '|---|---|',
    ...Object.entries(r.webhook).map(([what, o]) => `| webhook: ${what} | ${fmtOps(o)} |`),
    `| later, per webhook event: purge of its processed-event record after 7 days | ${fmtOps(r.processedEventPurge.perEvent)} |`,
    `| registration in the LIFF app (PUT /api/me/registration) | ${fmtOps(r.registration)} |`,
    `| seminar announcement, per recipient (announce + outbox sending) | ${fmtOps(sa.perRecipient)} (+ ${fmtOps(sa.fixed)} once) |`,
    `| form round opened to an audience, per recipient (open + outbox sending) | ${fmtOps(fr.perRecipient)} (+ ${fmtOps(fr.fixed)} once) |`,
    `| opening a form in the LIFF app (GET /api/form-rounds/:id) | ${fmtOps(r.form.open)} |`,
    `| submitting a form (first answer) | ${fmtOps(r.form.submit)} |`,
    `| submitting an edit of one's answer | ${fmtOps(r.form.edit)} |`,
    '',
    `Per recipient = (operations for ${LARGE} recipients − for ${SMALL}) / ${LARGE - SMALL}; the once-only rest did not grow with the audience (the seminar or round itself and, when a round opens, counting its audience by school and level). ` +
      `Announcements: ${fmtOps(sa.small.enqueue)} to announce and ${fmtOps(sa.small.dispatch)} to send for ${SMALL} people; ${fmtOps(sa.large.enqueue)} and ${fmtOps(sa.large.dispatch)} for ${LARGE}.`,
    '',
    "Why 6 reads per announcement recipient: the audience (each recipient's membership and member record) is resolved once for the quota " +
      'check and again for the send, and each of those reads the members once more to see who is reachable (`bot/src/outbox/enqueue-multicast.ts`). ' +
      'Resolving once would make it 2–3; at the prices below that is cents a month, so it is noted rather than changed.',
    '',
    '## A month of an office of 4,000 teachers (estimate)',
    '',
    'The activity is an assumption (edit `activity()` in `bench/firestore-cost.ts` and re-run `BENCH_ONLY=cost npm run bench`); the operations per action are measured above.',
    '',
    '| activity per month | count | reads | writes | deletes |',
    '|---|---|---|---|---|',
    ...b.rows.map(
      (row) => `| ${row.what} | ${n(row.count)} | ${n(row.monthly.reads)} | ${n(row.monthly.writes)} | ${n(row.monthly.deletes)} |`,
    ),
    `| **total** | | **${n(b.total.reads)}** | **${n(b.total.writes)}** | **${n(b.total.deletes)}** |`,
    '',
    `Prices per 100,000 operations (USD) from the location table of [Firestore pricing](https://cloud.google.com/firestore/pricing): its asia-southeast1 (Singapore) row could not be ` +
      `retrieved here, so the bill is shown at two other rows of that table — ${PRICES.upper.label}: $${PRICES.upper.reads} reads / $${PRICES.upper.writes} writes / $${PRICES.upper.deletes} deletes; ` +
      `${PRICES.lower.label}: $${PRICES.lower.reads} / $${PRICES.lower.writes} / $${PRICES.lower.deletes}. A regional Singapore database is expected between the two; check its row before budgeting.`,
    '',
    '| prices | all operations | above the free quota (50,000 reads, 20,000 writes, 20,000 deletes a day, spread evenly) |',
    '|---|---|---|',
    `| ${PRICES.upper.label} | $${b.usd.upper.all} | $${b.usd.upper.overFreeQuota} |`,
    `| ${PRICES.lower.label} | $${b.usd.lower.all} | $${b.usd.lower.overFreeQuota} |`,
    '',
    'Not counted: the LIFF pages people browse (lists, dashboards, reports: each GET reads the caller and what it shows), the scheduled jobs ' +
      '(reminder sweeps, round reminders, purges other than the processed-event records), storage, Cloud Functions and Cloud Storage. ' +
      `The free quota is daily: a busy day (a round opened to all 4,000, 2,000 of them opening and answering it, 1,000 messages) makes ` +
      `${n(Math.round(b.busyDay.ops.reads))} reads / ${n(Math.round(b.busyDay.ops.writes))} writes / ${n(Math.round(b.busyDay.ops.deletes))} deletes, ` +
      `$${b.busyDay.usdOverFreeQuota.lower}–$${b.busyDay.usdOverFreeQuota.upper} above that day's free quota.`,
    '',
    `Raw numbers: \`${jsonFile}\`.`,
    '',
  ].join('\n');
}

runBench('bench:cost', main);
