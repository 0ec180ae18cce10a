// `npm run bench` (reminders part): 10,000 announced seminars with 100 people going each; the real seminar reminders job
// (seminarRemindersJob) runs one slot where every one is due, on SQLite, each sweep in its own process (time, peak RSS,
// store reads). As shipped the store has no index on JSON fields, so the sweep runs under a time budget and is projected;
// a second sweep adds one expression index to a copy of the file, to show what an index would change.
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import {
  COLLECTIONS,
  ManualClock,
  rsvpDocId,
  rsvpSchema,
  seminarSchema,
  type DocData,
  type DocumentStore,
  type TransactionContext,
} from '@nithet/shared';
import { SEMINAR_REMINDERS_COLLECTION, seminarRemindersJob } from '../bot/src/jobs';
import type { SqliteStore } from '../bot/src/store/sqlite/sqlite-store';
import { createSqliteStore } from '../bot/src/store/sqlite/sqlite-store';
import { createFirestoreStore } from '../bot/src/store/firestore/firestore-store';
import type { BotDeps } from '../bot/src/deps';
import { startFirestoreEmulator } from '../bot/test/support/firestore-emulator';
import { benchDeps } from './lib/bench-office';
import { BENCH_AREA, benchMember } from './lib/bench-people';
import { killAll, procMemoryMb, startChild, type Child } from './lib/children.mjs';
import { resetPeak, vmHwmMb } from './lib/memory';
import { runBench, saveResults } from './lib/results';

const P = {
  seminars: Number(process.env.BENCH_SEMINARS ?? 10_000),
  goingEach: 100,
  people: 10_000,
  /** How long the sweep without an index may run before it is stopped and projected. */
  budgetS: Number(process.env.BENCH_SWEEP_BUDGET_S ?? 60),
  /** Seminars of the Firestore emulator sweep (0: none). */
  firestoreSeminars: Number(process.env.BENCH_FIRESTORE_SEMINARS ?? 200),
};
const MIN = 60_000;
/** The slot: 09:00 Bangkok, three days before the seminars (their first reminder, offset 4,320 minutes). */
const SLOT = new Date('2026-12-07T02:00:00.000Z');
const T = '2026-11-01T02:00:00.000Z';
const INDEX_SQL = `CREATE INDEX IF NOT EXISTS bench_rsvps_by_seminar ON docs (collection, json_extract(data, '$."seminarId"'))`;
const log = (m: string) => process.stdout.write(`[bench:reminders] ${m}\n`);
const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

const seminarId = (k: number) => `sem-${String(k).padStart(5, '0')}`;
/** Person j of seminar k: 100 distinct people of the 10,000, a different mix for each seminar. */
const goer = (k: number, j: number) => (k * 37 + j * 101) % P.people;

const rsvp = (k: number, j: number) => {
  const memberId = benchMember(goer(k, j)).id;
  return {
    id: rsvpDocId(seminarId(k), memberId),
    areaId: BENCH_AREA,
    seminarId: seminarId(k),
    memberId,
    status: 'going' as const,
    ticket: null,
    promotedAt: null,
    checkedInAt: null,
    checkedInBy: null,
    checkInMethod: null,
    createdAt: T,
    updatedAt: T,
  };
};

const startsAt = (k: number) => new Date(SLOT.getTime() + 4320 * MIN - (k % 300) * 1000);
const seminar = (k: number) =>
  seminarSchema.parse({
    id: seminarId(k),
    areaId: BENCH_AREA,
    title: `สัมมนาเครือข่ายการนิเทศ ครั้งที่ ${k + 1}`,
    startsAt: startsAt(k).toISOString(),
    endsAt: new Date(startsAt(k).getTime() + 3 * 60 * MIN).toISOString(),
    venue: 'ห้องประชุมสำนักงานเขตพื้นที่การศึกษา',
    audience: {},
    capacity: null,
    registrationDeadline: null,
    status: 'announced',
    createdBy: 'bench-supervisor',
    announcedAt: T,
    goingCount: P.goingEach,
    createdAt: T,
    updatedAt: T,
  });

const put = (tx: TransactionContext, collection: string, doc: { id: string }) => {
  const { id, ...data } = doc;
  tx.set(collection, id, data as DocData);
};

/**
 * Stores the office: people, `seminars` announced seminars starting over 5 minutes three days after the slot, 100
 * going each; `perTx` seminars (with their RSVPs) and 40 × `perTx` people per transaction (Firestore takes 500 writes).
 */
async function seed(store: DocumentStore, seminars: number, perTx: number): Promise<void> {
  rsvpSchema.parse(rsvp(0, 0)); // the RSVPs are stored without a parse each: check their shape once
  const people = [...new Set(Array.from({ length: seminars * P.goingEach }, (_, n) => goer(Math.floor(n / P.goingEach), n % P.goingEach)))];
  for (let from = 0; from < people.length; from += 40 * perTx) {
    await store.runTransaction(async (tx) => {
      for (const i of people.slice(from, from + 40 * perTx)) put(tx, COLLECTIONS.members, benchMember(i));
    });
  }
  for (let from = 0; from < seminars; from += perTx) {
    await store.runTransaction(async (tx) => {
      for (let k = from; k < Math.min(seminars, from + perTx); k += 1) {
        put(tx, COLLECTIONS.seminars, seminar(k));
        for (let j = 0; j < P.goingEach; j += 1) put(tx, COLLECTIONS.rsvps, rsvp(k, j));
      }
    });
  }
}

type Metrics = { reads: number; writes: number };

/**
 * Runs the job once for SLOT (its clock 30 s into the slot) and measures it: time, the store's reads and writes,
 * peak RSS, and the longest time the process could answer nothing else (a webhook, the API) meanwhile.
 */
async function measureJob(deps: BotDeps, metrics: () => Metrics, onProgress?: (p: Metrics & { ms: number; peakRssMb: number }) => void) {
  resetPeak();
  const before = metrics();
  const used = () => ({ reads: metrics().reads - before.reads, writes: metrics().writes - before.writes });
  const stalls = monitorEventLoopDelay({ resolution: 10 });
  stalls.enable();
  await new Promise((r) => setTimeout(r, 30)); // the monitor measures from its first tick on
  const t0 = performance.now();
  const progress = setInterval(() => onProgress?.({ ms: round(performance.now() - t0), ...used(), peakRssMb: vmHwmMb() }), 2000);
  const counts = await seminarRemindersJob(deps).run({ slot: SLOT, now: deps.clock.now(), log: deps.logger });
  clearInterval(progress);
  const ms = round(performance.now() - t0);
  await new Promise((r) => setTimeout(r, 50)); // lets the delay monitor record the last stall
  stalls.disable();
  return { ms, counts: (counts ?? {}) as Record<string, number>, ...used(), peakRssMb: vmHwmMb(), longestStallMs: round(stalls.max / 1e6) };
}

const sweepClock = () => new ManualClock(new Date(SLOT.getTime() + 30_000));

/** The child: the job on the SQLite file in `dir`, printing progress every 2 s (when the loop gets a turn) and the result. */
async function sweep(dir: string): Promise<void> {
  const deps = await benchDeps(dir, 'http://127.0.0.1:9', { clock: sweepClock() });
  const store = deps.repos.store as SqliteStore;
  const result = await measureJob(
    deps,
    () => ({ reads: store.metrics.reads, writes: store.metrics.writes }),
    (p) => process.stdout.write(`PROGRESS ${JSON.stringify(p)}\n`),
  );
  process.stdout.write(`RESULT ${JSON.stringify(result)}\n`);
  await store.close();
}

/** The same sweep on Google's Firestore emulator, fewer seminars (seeding a million RSVPs there takes hours), projected. */
async function firestoreSweep(work: string): Promise<SweepReport> {
  log(`starting the Firestore emulator for ${P.firestoreSeminars} seminars…`);
  const emulator = await startFirestoreEmulator({ projectId: 'demo-bench-reminders' });
  const store = createFirestoreStore({ projectId: emulator.projectId, emulatorHost: emulator.host });
  try {
    const t0 = performance.now();
    await seed(store, P.firestoreSeminars, 4);
    log(`seeded the emulator in ${round((performance.now() - t0) / 1000, 1)} s`);
    const deps = await benchDeps(work, 'http://127.0.0.1:9', { store, clock: sweepClock() });
    const r = await measureJob(deps, () => ({ reads: store.metrics.reads, writes: store.metrics.writes }));
    const seconds = r.ms / 1000;
    return {
      variant: `Firestore emulator, ${P.firestoreSeminars} seminars (projected to ${P.seminars.toLocaleString('en')})`,
      finished: true,
      seconds: round(seconds, 1),
      remindersDone: r.counts.sent ?? 0,
      outboxBatches: r.counts.sent ?? 0,
      projectedSeconds: round((seconds * P.seminars) / P.firestoreSeminars),
      storeReads: r.reads,
      storeWrites: r.writes,
      readsPerSeminar: round(r.reads / P.firestoreSeminars, 1),
      longestStallS: round(r.longestStallMs / 1000, 1),
      peakRssMb: r.peakRssMb,
      counts: r.counts,
    };
  } finally {
    await store.close();
    await emulator.stop();
  }
}

interface SweepReport {
  variant: string;
  finished: boolean;
  seconds: number;
  remindersDone: number;
  outboxBatches: number;
  /** Seconds for all seminars: measured when finished, else projected from the rate so far. */
  projectedSeconds: number;
  /** Null when the sweep was stopped before it could report them. */
  storeReads: number | null;
  storeWrites: number | null;
  readsPerSeminar: number | null;
  /** The longest time the process could not serve anything else; for a stopped sweep at least what passed without a progress tick. */
  longestStallS: number;
  peakRssMb: number;
  counts?: Record<string, number>;
}

/** Whether the store, when it opened the file, created an index on the RSVPs' seminarId itself. */
function storeIndexesSeminarId(file: string): boolean {
  const db = new DatabaseSync(file, { readOnly: true });
  const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND sql LIKE '%seminarId%'`).all();
  db.close();
  return rows.length > 0;
}

/** What the sweep has written so far, read over a separate connection (WAL lets it read while the job writes). */
function written(file: string): { reminders: number; batches: number } {
  const db = new DatabaseSync(file, { readOnly: true });
  const n = (c: string) => Number((db.prepare('SELECT count(*) AS n FROM docs WHERE collection = ?').get(c) as { n: number }).n);
  const out = { reminders: n(SEMINAR_REMINDERS_COLLECTION), batches: n(COLLECTIONS.outbox) };
  db.close();
  return out;
}

async function runSweep(variant: string, dir: string, budgetS: number): Promise<SweepReport> {
  let last: { ms: number; reads: number; writes: number; peakRssMb: number } | undefined;
  let result: (NonNullable<typeof last> & { counts: Record<string, number>; longestStallMs: number }) | undefined;
  const child: Child = await startChild('sweep', __filename, { BENCH_SWEEP_DIR: dir }, { nodeArgs: ['--import', 'tsx'], readyMs: 60_000 });
  const done = new Promise<void>((resolve) => child.proc.on('exit', () => resolve()));
  let pending = '';
  child.proc.stdout?.on('data', (d: Buffer) => {
    const lines = (pending + String(d)).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith('PROGRESS ')) last = JSON.parse(line.slice(9)) as typeof last;
      if (line.startsWith('RESULT ')) result = JSON.parse(line.slice(7)) as typeof result;
    }
  });
  let peak = 0;
  const peakWatch = setInterval(() => (peak = Math.max(peak, procMemoryMb(child.pid).hwmMb || 0)), 500);
  const timer = setTimeout(() => child.proc.kill('SIGKILL'), budgetS * 1000);
  await done;
  clearTimeout(timer);
  clearInterval(peakWatch);
  const w = written(join(dir, 'nithet.sqlite'));
  const end = result ?? last;
  const seconds = result ? result.ms / 1000 : budgetS;
  return {
    variant,
    finished: result !== undefined,
    seconds: round(seconds, 1),
    remindersDone: w.reminders,
    outboxBatches: w.batches,
    projectedSeconds: round(result ? seconds : (seconds * P.seminars) / Math.max(1, w.reminders), 0),
    storeReads: end?.reads ?? null,
    storeWrites: end?.writes ?? null,
    readsPerSeminar: end ? round(end.reads / Math.max(1, w.reminders), 1) : null,
    // Progress is printed every 2 s from a timer: none at all means the loop never got a turn.
    longestStallS: round(result ? result.longestStallMs / 1000 : last ? Number.NaN : budgetS, 1),
    peakRssMb: round(Math.max(end?.peakRssMb ?? 0, peak), 1),
    ...(result ? { counts: result.counts } : {}),
  };
}

function summaryLine(sweeps: SweepReport[]): string {
  const hours = (s: number) => (s >= 3600 ? `${(s / 3600).toFixed(1)} h` : `${s} s`);
  return (
    `reminder sweep of ${P.seminars.toLocaleString('en')} seminars × ${P.goingEach} going: ` +
    sweeps
      .map(
        (s) =>
          `${s.variant}: ${s.finished ? `${s.seconds} s` : `${s.remindersDone} done in ${s.seconds} s, projected ${hours(s.projectedSeconds)}`}` +
          `${s.storeReads === null ? '' : `, ${s.storeReads.toLocaleString('en')} store reads (${s.readsPerSeminar} per seminar)`}` +
          `, peak RSS ${s.peakRssMb} MB, event loop blocked ${s.finished ? '' : '≥ '}${s.longestStallS} s`,
      )
      .join('; ') +
    '.'
  );
}

function renderMarkdown(
  r: { startedAt: string; machine: { cpus: number; cpuModel: string; node: string }; seedSeconds: number; sweeps: SweepReport[] },
  jsonFile: string,
) {
  return [
    `# Reminder sweep bench — ${r.startedAt}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}. SQLite: ${P.seminars.toLocaleString('en')} announced seminars, ` +
      `${P.goingEach} people going to each (${(P.seminars * P.goingEach).toLocaleString('en')} RSVPs over ${P.people.toLocaleString('en')} people; ` +
      `seeded in ${r.seedSeconds} s). The real \`seminarRemindersJob\` runs the slot ${SLOT.toISOString()} (09:00 Bangkok), where every seminar's ` +
      `3-day reminder is due: it pages through the seminars, reads who is going and queues one outbox multicast per seminar. Each sweep runs in a ` +
      `fresh process (peak RSS = its VmHWM). A sweep stopped at its time budget is projected to all seminars from its rate so far. ` +
      `The Firestore emulator sweep (in the bench process, emulator on loopback) seeds only the first ${P.firestoreSeminars} seminars and their ` +
      'people and is projected linearly: there each seminar costs the same whatever the total, as queries use its indexes.',
    '',
    `Summary: ${summaryLine(r.sweeps)}`,
    '',
    '| sweep | finished | seconds | reminders done | outbox batches | seconds for all (projected if stopped) | store reads | reads per seminar | store writes | longest event-loop stall s | peak RSS MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...r.sweeps.map(
      (s) =>
        `| ${s.variant} | ${s.finished ? 'yes' : 'no (budget)'} | ${s.seconds} | ${s.remindersDone} | ${s.outboxBatches} | ${s.projectedSeconds} | ` +
        `${s.storeReads ?? '–'} | ${s.readsPerSeminar ?? '–'} | ${s.storeWrites ?? '–'} | ${s.finished ? '' : '≥ '}${s.longestStallS} | ${s.peakRssMb} |`,
    ),
    '',
    ...(r.sweeps.some((x) => x.variant.startsWith('as shipped (no index)'))
      ? [
          'As shipped, each `goingMemberIds` query (rsvps where seminarId == … and status == going) scans every RSVP document, ' +
            'because the SQLite store keeps documents as JSON without field indexes: the sweep grows with seminars × all RSVPs. ' +
            `The indexed sweep adds \`${INDEX_SQL}\` and runs \`ANALYZE\` (without statistics SQLite prefers the primary key, which ` +
            'saves the sort, and still scans) on a copy of the file: bench only, the store creates neither. ' +
            'Every SQLite call of the job resolves at once, so unless the job yields the sweep is one chain of microtasks: the process ' +
            'answers nothing else (webhooks, API, the outbox loop) until it ends — the longest event-loop stall column. A stopped sweep ' +
            'that never printed its 2-second progress tick was stalled for its whole budget.',
          '',
        ]
      : [
          "The store creates an expression index on the RSVPs' seminarId when it opens the file, so the sweep as shipped uses it. " +
            'The longest event-loop stall column is the longest time the process could answer nothing else (webhooks, API, the outbox loop).',
          '',
        ]),
    `Raw numbers: \`${jsonFile}\`.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAvgAtStart = loadavg();
  const work = mkdtempSync(join(tmpdir(), 'nithet-bench-reminders-'));
  try {
    const plain = join(work, 'as-shipped');
    const indexed = join(work, 'indexed');
    mkdirSync(plain);
    mkdirSync(indexed);
    log(`seeding ${P.seminars} seminars × ${P.goingEach} going…`);
    const t0 = performance.now();
    const store = createSqliteStore({ file: join(plain, 'nithet.sqlite') });
    await seed(store, P.seminars, 100);
    await store.close();
    const seedSeconds = round((performance.now() - t0) / 1000, 1);
    log(`seeded in ${seedSeconds} s`);
    const sweeps: SweepReport[] = [];
    if (storeIndexesSeminarId(join(plain, 'nithet.sqlite'))) {
      // The store creates its own index: nothing for the bench to add, and the sweep as shipped runs to the end.
      const variant = 'as shipped (the store indexes rsvps.seminarId)';
      log(`sweep ${variant}…`);
      sweeps.push(await runSweep(variant, plain, 1800));
    } else {
      // A closed WAL database is one file; the copy gets the index.
      copyFileSync(join(plain, 'nithet.sqlite'), join(indexed, 'nithet.sqlite'));
      const db = new DatabaseSync(join(indexed, 'nithet.sqlite'));
      // Without statistics SQLite keeps scanning by the primary key (collection, id) to save the sort.
      db.exec(`${INDEX_SQL}; ANALYZE`);
      db.close();
      for (const [variant, dir, budget] of [
        ['with an index on rsvps.seminarId (bench only)', indexed, 1800],
        ['as shipped (no index)', plain, P.budgetS],
      ] as const) {
        log(`sweep ${variant} (budget ${budget} s)…`);
        sweeps.push(await runSweep(variant, dir, budget));
      }
    }
    for (const r of sweeps) {
      log(
        `${r.variant}: ${r.finished ? 'finished' : 'stopped'} after ${r.seconds} s, ${r.remindersDone} reminders, ` +
          `projected ${r.projectedSeconds} s for all, ${r.storeReads} store reads, peak RSS ${r.peakRssMb} MB`,
      );
    }
    if (P.firestoreSeminars > 0) {
      const r = await firestoreSweep(work);
      sweeps.push(r);
      log(`${r.variant}: ${r.seconds} s, projected ${r.projectedSeconds} s, ${r.storeReads} store reads, stall ${r.longestStallS} s`);
    }
    const result = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version },
      loadAvgAtStart,
      params: { ...P, slot: SLOT.toISOString() },
      seedSeconds,
      sweeps,
    };
    const withSummary = { ...result, summaryLine: summaryLine(sweeps) };
    saveResults('reminders', withSummary, (jsonFile) => renderMarkdown(result, jsonFile));
  } finally {
    killAll();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.env.BENCH_SWEEP_DIR) {
  // The child: READY first (startChild waits for it), then the sweep; it exits when done.
  process.stdout.write('READY 1\n');
  const dir = process.env.BENCH_SWEEP_DIR;
  runBench('sweep', () => sweep(dir));
} else {
  runBench('bench:reminders', main);
}
