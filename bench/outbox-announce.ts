// `npm run bench` (outbox part): announce to 100,000 people through the real outbox (enqueue + the server's dispatcher
// loop, SQLite) against the local LINE platform in its own process, enforcing LINE's 200 multicasts/s, with 5 % failures.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLLECTIONS, type DocumentStore } from '@nithet/shared';
import type { InjectedFailure, RandomFailures } from '../bot/src/local/line-platform';
import { enqueueMulticast, startOutboxLoop } from '../bot/src/outbox';
import type { BotDeps } from '../bot/src/deps';
import type { SqliteStore } from '../bot/src/store/sqlite/sqlite-store';
import { benchDeps, seedBenchMembers } from './lib/bench-office';
import { BENCH_AREA } from './lib/bench-people';
import { killAll, procMemoryMb, startChild } from './lib/children.mjs';
import { resetPeak, vmHwmMb } from './lib/memory';
import { runBench, saveResults } from './lib/results';

const P = {
  recipients: Number(process.env.BENCH_RECIPIENTS ?? 100_000),
  runs: Number(process.env.BENCH_RUNS ?? 3),
  failureRate: 0.05,
  seed: 2026,
  /** LINE's multicast limit: the bound is batches / this. */
  lineRatePerSecond: 200,
  goalRatio: 1.3,
};
/** Half answer 500, half are handled by LINE but the answer is lost on the way back (the caller sees a cut connection). */
const FAILURES: InjectedFailure[] = [{ kind: 'status', status: 500 }, { kind: 'lost-answer' }];
/** The timeout scenario: the bot gives up after this (LINE_API_TIMEOUT_MS; 8 s by default), LINE answers never. */
const TIMEOUT_MS = 2000;
const WITH_TIMEOUTS: InjectedFailure[] = [...FAILURES, { kind: 'timeout', delayMs: TIMEOUT_MS + 1000 }];
const SCENARIOS: Array<{ name: string; failures?: RandomFailures; lineTimeoutMs?: number }> = [
  { name: `${P.failureRate * 100} % failures`, failures: { rate: P.failureRate, seed: P.seed, failures: FAILURES } },
  { name: 'no failures' },
  {
    name: `${P.failureRate * 100} % failures, a third timeouts (LINE_API_TIMEOUT_MS=${TIMEOUT_MS})`,
    failures: { rate: P.failureRate, seed: P.seed, failures: WITH_TIMEOUTS },
    lineTimeoutMs: TIMEOUT_MS,
  },
];
const ANNOUNCEMENT = [
  {
    type: 'text' as const,
    text:
      'ขอเชิญเข้าร่วมสัมมนาเครือข่ายการนิเทศ "การจัดการเรียนรู้เชิงรุก (Active Learning)" วันพุธที่ 10 ธันวาคม 2569 ' +
      'เวลา 09.00–12.00 น. ณ ห้องประชุมสำนักงานเขตพื้นที่การศึกษา กดปุ่ม เข้าร่วม ในบัตรสัมมนาเพื่อยืนยันการเข้าร่วม',
  },
];
const log = (m: string) => process.stdout.write(`[bench:outbox] ${m}\n`);
const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

interface PlatformStats {
  multicastRequests: number;
  byStatus: Record<string, number>;
  firstToLastMs: number;
  /** Per retried request: "ms after the first request:answer" of each attempt. */
  retried: string[][];
  deliveries: { users: number; none: number; once: number; moreThanOnce: number; most: number };
}

function control(port: number) {
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;
  return {
    post: async (path: string, body?: unknown) =>
      void (await fetch(url(path), { method: 'POST', ...(body ? { body: JSON.stringify(body) } : {}) })).arrayBuffer(),
    stats: async () => (await (await fetch(url('/stats'))).json()) as PlatformStats,
  };
}

/** Batches not sent yet (a scan of every outbox document: checked once at the end, never polled). */
const unsent = (store: DocumentStore) => store.count(COLLECTIONS.outbox, [{ field: 'status', op: 'in', value: ['pending', 'sending'] }]);

/**
 * The outbox loop's own "outbox run" log records, as it writes them: resolves when the runs together have
 * finished `batches` batches (sent or failed). Polling the store instead would cost the dispatcher's event loop.
 */
function runLog() {
  let finished = 0;
  let waiter: { batches: number; resolve: () => void } | undefined;
  const stream = {
    write(line: string) {
      const rec = JSON.parse(line) as { msg?: string; outbox?: { sent: number; failed: number } };
      if (rec.msg !== 'outbox run' || !rec.outbox) return;
      finished += rec.outbox.sent + rec.outbox.failed;
      if (waiter && finished >= waiter.batches) waiter.resolve();
    },
  };
  return {
    stream,
    /** Resolves once `batches` more batches than now are finished. */
    until(batches: number): Promise<void> {
      const target = finished + batches;
      return new Promise((resolve) => {
        waiter = { batches: target, resolve };
        if (finished >= target) resolve();
      });
    },
  };
}
const runs = runLog();

/** One announcement: enqueue, then the server's outbox loop as `npm run serve` runs it, until every batch is done. */
async function announceOnce(deps: BotDeps, memberIds: string[], dedupeKey: string) {
  const store = deps.repos.store as SqliteStore;
  resetPeak();
  const m0 = { ...store.metrics };
  const t0 = performance.now();
  const queued = await enqueueMulticast(deps, {
    areaId: BENCH_AREA,
    reason: 'bench-announce',
    recipientMemberIds: memberIds,
    messages: ANNOUNCEMENT,
    dedupeKey,
  });
  const t1 = performance.now();
  const m1 = { ...store.metrics };
  const done = runs.until(queued.batches);
  const loop = startOutboxLoop(deps);
  await done;
  const t2 = performance.now();
  await loop.stop();
  const m2 = { ...store.metrics };
  if ((await unsent(store)) > 0) throw new Error('the outbox loop reported every batch finished, but some are not');
  return {
    batches: queued.batches,
    enqueueMs: round(t1 - t0),
    dispatchMs: round(t2 - t1),
    totalMs: round(t2 - t0),
    storeEnqueue: { reads: m1.reads - m0.reads, writes: m1.writes - m0.writes },
    // The completion polls are the bench's own reads: one each.
    storeDispatch: { reads: m2.reads - m1.reads, writes: m2.writes - m1.writes },
    peakRssMb: vmHwmMb(),
  };
}

function renderMarkdown(r: ReturnType<typeof summarise>, jsonFile: string): string {
  const rows = r.runs.map(
    (x) =>
      `| ${x.scenario} | ${x.run} | ${x.enqueueMs} | ${x.dispatchMs} | ${x.ratioDispatch} | ${x.totalMs} | ${x.ratioTotal} | ${x.lineRequests} | ${x.retries} | ${Object.entries(
        x.byStatus,
      )
        .map(([k, v]) => `${k}: ${v}`)
        .join(', ')} | ${x.duplicates} | ${x.lost} | ${x.storeDispatch.reads} / ${x.storeDispatch.writes} | ${x.peakRssMb} |`,
  );
  return [
    `# Outbox announce bench — ${r.startedAt}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}; load average at start ${r.loadAvgAtStart.map((v) => v.toFixed(2)).join(' ')}. ` +
      `${r.params.recipients.toLocaleString('en')} people who follow and consent, one announcement (1 message) → ${r.bound.batches} batches of ≤500 = ${r.bound.batches} multicast requests; ` +
      `LINE's 200 requests/s allow them in **${r.bound.seconds} s** (the bound). The real outbox: \`enqueueMulticast\` (SQLite, one transaction) then the ` +
      `server's outbox loop (\`startOutboxLoop\`: pacer at 200/s, 8 requests in flight, retries when due). The local LINE platform runs in its own ` +
      `process with LINE's rate limits (multicast bucket 200/s) and seeded random failures of ${r.params.failureRate * 100} % of multicasts ` +
      `(half answered 500, half handled but the answer lost: the caller sees a cut connection and must retry with the same key; in the last ` +
      `scenario a third never answer, so the bot's own timeout must pass first). Dispatch = from the end of the enqueue until the loop has ` +
      `recorded every batch; total = enqueue + dispatch.`,
    '',
    `Summary: ${r.summaryLine}`,
    '',
    '| scenario | run | enqueue ms | dispatch ms | dispatch / bound | total ms | total / bound | LINE requests | retries | LINE answers | duplicates | lost | store reads / writes (dispatch) | peak RSS MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `"duplicates" = people with more than one message, "lost" = people with none, counted on the platform over all ${r.params.recipients.toLocaleString('en')}. ` +
      `The LINE platform process peaked at ${r.platformPeakRssMb} MB RSS. Raw numbers: \`${jsonFile}\`.`,
    '',
  ].join('\n');
}

function summarise(
  startedAt: string,
  loadAvgAtStart: number[],
  runs: Array<Record<string, unknown> & { scenario: string }>,
  platformPeakRssMb: number,
) {
  const typed = runs as Array<ReturnType<typeof toRow>>;
  const failing = typed.filter((r) => r.scenario === SCENARIOS[0]!.name);
  const worst = Math.max(...failing.map((r) => r.ratioDispatch));
  const worstTotal = Math.max(...failing.map((r) => r.ratioTotal));
  const dup = typed.reduce((s, r) => s + r.duplicates, 0);
  const lost = typed.reduce((s, r) => s + r.lost, 0);
  const bound = { batches: typed[0]?.batches ?? 0, seconds: (typed[0]?.batches ?? 0) / P.lineRatePerSecond };
  const summaryLine =
    `announce to ${P.recipients.toLocaleString('en')} with ${P.failureRate * 100} % failures: dispatch ${failing.map((r) => r.dispatchMs).join(' / ')} ms ` +
    `= ${worst.toFixed(2)}× the ${bound.seconds} s bound at worst (goal ≤ ${P.goalRatio}×: ${worst <= P.goalRatio ? 'met' : 'MISSED'}); ` +
    `with enqueue ${failing.map((r) => r.totalMs).join(' / ')} ms = ${worstTotal.toFixed(2)}×; duplicates ${dup}, lost ${lost}.`;
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version },
    loadAvgAtStart,
    params: { ...P, failures: FAILURES },
    bound,
    runs: typed,
    platformPeakRssMb,
    summaryLine,
  };
}

function toRow(scenario: string, run: number, a: Awaited<ReturnType<typeof announceOnce>>, s: PlatformStats) {
  const boundMs = (a.batches / P.lineRatePerSecond) * 1000;
  return {
    scenario,
    run,
    ...a,
    ratioDispatch: round(a.dispatchMs / boundMs, 2),
    ratioTotal: round(a.totalMs / boundMs, 2),
    lineRequests: s.multicastRequests,
    retries: s.multicastRequests - a.batches,
    byStatus: s.byStatus,
    lineFirstToLastMs: s.firstToLastMs,
    retried: s.retried.map((attempts) => attempts.join(' → ')),
    duplicates: s.deliveries.moreThanOnce,
    lost: s.deliveries.none,
    mostPerPerson: s.deliveries.most,
  };
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAvgAtStart = loadavg();
  log(`starting the local LINE platform with ${P.recipients} people…`);
  const platform = await startChild(
    'line-platform',
    join(__dirname, 'line-platform-server.ts'),
    { BENCH_USERS: String(P.recipients) },
    {
      nodeArgs: ['--import', 'tsx'],
      readyMs: 120_000,
    },
  );
  const lineUrl = platform.ready;
  const ctl = control(platform.port);
  const dataDir = mkdtempSync(join(tmpdir(), 'nithet-bench-outbox-'));
  try {
    const deps = await benchDeps(dataDir, lineUrl, { logLevel: 'info', logTo: runs.stream });
    const t0 = performance.now();
    const memberIds = await seedBenchMembers(deps, P.recipients);
    log(`seeded ${memberIds.length} members in ${round(performance.now() - t0)} ms; LINE at ${lineUrl}`);
    const rows: Array<ReturnType<typeof toRow>> = [];
    // BENCH_SCENARIOS=0,1 runs some of them (by index) while working on the dispatcher.
    const picked = process.env.BENCH_SCENARIOS?.split(',').map(Number);
    for (const scenario of SCENARIOS.filter((_, i) => !picked || picked.includes(i))) {
      const scenarioDeps = scenario.lineTimeoutMs
        ? await benchDeps(dataDir, lineUrl, {
            store: deps.repos.store,
            logLevel: 'info',
            logTo: runs.stream,
            lineTimeoutMs: scenario.lineTimeoutMs,
          })
        : deps;
      for (let run = 1; run <= P.runs; run += 1) {
        await ctl.post('/reset');
        if (scenario.failures) await ctl.post('/random-failures', { ...scenario.failures, seed: P.seed + run });
        const a = await announceOnce(scenarioDeps, memberIds, `bench:${scenario.name}:${run}:${startedAt}`);
        const row = toRow(scenario.name, run, a, await ctl.stats());
        rows.push(row);
        log(
          `${scenario.name} #${run}: enqueue ${row.enqueueMs} ms, dispatch ${row.dispatchMs} ms (${row.ratioDispatch}× bound), total ${row.totalMs} ms, ` +
            `${row.lineRequests} requests (${JSON.stringify(row.byStatus)}), duplicates ${row.duplicates}, lost ${row.lost}`,
        );
      }
    }
    await deps.repos.store.close();
    const result = summarise(startedAt, loadAvgAtStart, rows, round(procMemoryMb(platform.pid).hwmMb, 1));
    saveResults('outbox', result, (jsonFile) => renderMarkdown(result, jsonFile));
  } finally {
    killAll();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runBench('bench:outbox', main);
