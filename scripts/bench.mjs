// `npm run bench`: webhook throughput, latency and memory of the real bot (SQLite) against a @line/bot-sdk echo bot, and the
// same webhook load on the Firestore emulator (webhook-firestore); Firestore operations per webhook event, announcement
// recipient and form submission with a monthly bill estimate (bench/firestore-cost.ts); then the outbox announce to 100,000
// people (bench/outbox-announce.ts), the reminder sweep (bench/reminder-sweep.ts), the summary of a form round with 100,000
// responses (bench/form-summary.ts), the LIFF form route's first load (bench/liff-form-load.ts), the Form 3 report's three
// files for a 4,000-member office (bench/report-generate.ts) and the directory import (bench/directory-import.ts).
// BENCH_ONLY=webhook,webhook-firestore,cost,outbox,reminders,forms,liff,report,directory picks some of them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, type } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { killAll, otherCpuMeter, procCpuSeconds, procMemoryMb, sampleMemory, startChild } from '../bench/lib/children.mjs';
import { closedLoop, keepAliveAgent, openLoop, postEvent, rateOf, summarize, userIds } from '../bench/lib/load.mjs';
import { renderFirestoreMarkdown, renderMarkdown, writeResults } from '../bench/lib/report.mjs';
import emulatorModule from './jest/firestore-emulator.js';

// The bot needs node:sqlite (Node 24); `npm run bench` puts the project's pinned Node first on PATH.
if (Number(process.versions.node.split('.')[0]) < 24) {
  process.stderr.write(`bench needs Node 24 (this is ${process.version}): run it with \`npm run bench\`.\n`);
  process.exit(2);
}
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const P = {
  warmupWindowS: 2,
  warmupMinS: 8,
  warmupMaxS: 16,
  closedS: 10,
  roundS: 2,
  openS: 10,
  concurrency: 32,
  users: 500,
  maxInFlight: 1000,
  costEvents: 20,
};
/**
 * V8 flags of the bot in production: `npm run serve` and the README's systemd unit start it with these, so both bench
 * servers do too. Node 24 lets the young generation grow to 2 × 64 MB here, although a webhook's garbage dies within
 * milliseconds (2 × 8 MB is plenty), and lets the old generation reach ~4× its live data (17 MB after a full GC under
 * this load) before collecting it; 1.5× keeps it near 30 MB. Measured: no CPU per event lost, peak RSS ~190 → ~140 MB.
 */
const SERVER_NODE_FLAGS = ['--max-semi-space-size=8', '--heap-growing-percent=50'];
const SECRET = 'bench-channel-secret-0123456789abcdef';
const TOKEN = 'bench-channel-access-token';
const log = (m) => process.stdout.write(`[bench] ${m}\n`);

const dataDir = mkdtempSync(join(tmpdir(), 'nithet-bench-'));
const cleanup = () => {
  killAll();
  rmSync(dataDir, { recursive: true, force: true });
};
// Children are killed on every way out: normal end, error, Ctrl-C, SIGTERM.
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

const getJson = async (port, path) => (await fetch(`http://127.0.0.1:${port}${path}`)).json();

/** Store reads/writes of single events, sent one at a time so nothing else is counted. */
async function storeCost(bot) {
  const agent = keepAliveAgent(1);
  const users = userIds('cost-user', P.costEvents);
  const perEvent = async () => {
    const before = await getJson(bot.port, '/__bench/store-metrics');
    for (const userId of users) {
      const status = await postEvent({ port: bot.port, agent, secret: SECRET, userId });
      if (status !== 200) throw new Error(`store-cost event answered ${status}`);
    }
    const after = await getJson(bot.port, '/__bench/store-metrics');
    return Object.fromEntries(['reads', 'writes', 'deletes'].map((k) => [k, (after[k] - before[k]) / users.length]));
  };
  const firstContact = await perEvent();
  const returning = await perEvent();
  agent.destroy();
  return { events: users.length, firstContact, returning };
}

/**
 * A fresh server is several times slower for its first ~10 s here (JIT tiers, heap growth, a VM that
 * faults memory in lazily), so warm up in 2 s windows: at least P.warmupMinS, then until two windows in a
 * row agree within 10 %, at most P.warmupMaxS. Returns each window's rate.
 */
async function warmUp(name, base) {
  const rates = [];
  for (let t = P.warmupWindowS; t <= P.warmupMaxS; t += P.warmupWindowS) {
    const rate = rateOf(await closedLoop({ ...base, durationMs: P.warmupWindowS * 1000, maxRequests: 200_000 }));
    rates.push(rate);
    const prev = rates.at(-2);
    if (t >= P.warmupMinS && prev && Math.abs(rate - prev) <= 0.1 * prev) break;
  }
  log(`${name}: warm-up windows ${rates.join(', ')} events/s`);
  return rates;
}

/** Runs one TypeScript bench in its own Node 24 process (tsx registered in it), its output shown as it comes. */
function runTsBench(file) {
  log(`running ${file}…`);
  // --expose-gc: a bench collects garbage before each measured step, so a step's peak RSS is its own.
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(root, file)], { stdio: 'inherit', cwd: root });
  if (r.status !== 0) throw new Error(`${file} failed (${r.status ?? r.signal})`);
}

const ALL = 'webhook,webhook-firestore,cost,outbox,reminders,forms,liff,report,directory';
const ONLY = new Set((process.env.BENCH_ONLY ?? ALL).split(',').map((s) => s.trim()));

async function main() {
  const unknown = [...ONLY].filter((k) => !ALL.split(',').includes(k));
  if (unknown.length) throw new Error(`unknown BENCH_ONLY key(s) ${unknown.join(', ')}; known: ${ALL}`);
  const serve = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts.serve;
  if (!SERVER_NODE_FLAGS.every((f) => serve.includes(f))) log(`warning: \`npm run serve\` does not use ${SERVER_NODE_FLAGS.join(' ')}`);
  if (ONLY.has('webhook')) await webhookBench();
  if (ONLY.has('webhook-firestore')) await webhookFirestoreBench();
  if (ONLY.has('cost')) runTsBench('bench/firestore-cost.ts');
  if (ONLY.has('outbox')) runTsBench('bench/outbox-announce.ts');
  if (ONLY.has('reminders')) runTsBench('bench/reminder-sweep.ts');
  if (ONLY.has('forms')) runTsBench('bench/form-summary.ts');
  if (ONLY.has('liff')) runTsBench('bench/liff-form-load.ts');
  if (ONLY.has('report')) runTsBench('bench/report-generate.ts');
  if (ONLY.has('directory')) runTsBench('bench/directory-import.ts');
}

async function webhookBench() {
  const startedAt = new Date().toISOString();
  // Other work on this box skews everything; recorded so a noisy run can be recognised.
  const loadAvgAtStart = loadavg();
  log('bundling the bot (bot/build.mjs)…');
  const built = spawnSync(process.execPath, [join(root, 'bot/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('bot build failed');

  const sink = await startChild('line-sink', join(root, 'bench/line-sink.mjs'), {});
  const env = { BENCH_CHANNEL_SECRET: SECRET, BENCH_CHANNEL_ACCESS_TOKEN: TOKEN, BENCH_SINK_URL: `http://127.0.0.1:${sink.port}` };
  const nodeArgs = SERVER_NODE_FLAGS;
  const [ours, baseline] = await Promise.all([
    startChild(
      'ours',
      join(root, 'bot/dist/bench-server.cjs'),
      { ...env, BENCH_DATA_DIR: dataDir, BENCH_LOG_FILE: join(dataDir, 'ours.log') },
      { nodeArgs },
    ),
    startChild('baseline', join(root, 'bench/echo-server.mjs'), env, { nodeArgs }),
  ]);
  log(`sink :${sink.port} (pid ${sink.pid}), ours :${ours.port} (pid ${ours.pid}), baseline :${baseline.port} (pid ${baseline.pid})`);
  const stopSampling = sampleMemory([ours, baseline, sink]);
  await new Promise((r) => setTimeout(r, 500));
  const idle = new Map([ours, baseline].map((c) => [c, procMemoryMb(c.pid).rssMb]));

  log('counting store reads/writes per event…');
  const cost = await storeCost(ours);

  const users = userIds('bench-user', P.users);
  const agents = new Map([ours, baseline].map((c) => [c, keepAliveAgent(P.concurrency)]));
  const results = new Map();
  const sinkPosts = async () => (await getJson(sink.port, '/__bench/count')).posts;
  const base = (c) => ({ port: c.port, agent: agents.get(c), secret: SECRET, users, concurrency: P.concurrency });
  for (const c of [baseline, ours]) results.set(c, { warmup: await warmUp(c.name, base(c)) });

  // The box drifts by tens of % within a minute, so the two servers take turns in short rounds.
  log(`closed loop: ${P.closedS} s each at concurrency ${P.concurrency}, in ${P.closedS / P.roundS} alternating rounds…`);
  const acc = new Map(
    [ours, baseline].map((c) => [c, { latencies: [], count: 0, errors: 0, elapsedMs: 0, cpuS: 0, posts: 0, roundRates: [] }]),
  );
  const pids = [ours.pid, baseline.pid, sink.pid];
  const closedMeter = otherCpuMeter(pids);
  for (let round = 0; round < P.closedS / P.roundS; round++) {
    for (const c of round % 2 ? [ours, baseline] : [baseline, ours]) {
      const a = acc.get(c);
      const [posts0, cpu0] = [await sinkPosts(), procCpuSeconds(c.pid)];
      const raw = await closedLoop({ ...base(c), durationMs: P.roundS * 1000, maxRequests: 500_000 });
      a.cpuS += procCpuSeconds(c.pid) - cpu0;
      a.posts += (await sinkPosts()) - posts0;
      for (const l of raw.latencies) a.latencies.push(l);
      a.count += raw.count;
      a.errors += raw.errors;
      a.elapsedMs += raw.elapsedMs;
      a.roundRates.push(rateOf(raw));
    }
  }
  const otherCpuCores = closedMeter();
  for (const [c, a] of acc) {
    const closed = summarize(a.latencies, {
      count: a.count,
      errors: a.errors,
      elapsedMs: a.elapsedMs,
      extra: { roundRates: a.roundRates, otherCpuCores },
    });
    log(
      `${c.name}: ${closed.eventsPerS} events/s (rounds ${a.roundRates.join(', ')}), p50 ${closed.latencyMs.p50} ms, p99 ${closed.latencyMs.p99} ms, other CPU ${otherCpuCores} cores`,
    );
    Object.assign(results.get(c), {
      closed,
      repliesPerEvent: a.posts / Math.max(1, closed.ok),
      cpuMsPerEvent: Math.round(((a.cpuS * 1000) / Math.max(1, closed.ok)) * 1000) / 1000,
    });
  }

  const maxRate = results.get(baseline).closed.eventsPerS;
  const rates = { open50: maxRate * 0.5, open100: maxRate };
  for (const [phase, rate] of Object.entries(rates)) {
    for (const c of [baseline, ours]) {
      log(`${c.name}: open loop ${P.openS} s at ${Math.round(rate)} events/s…`);
      const meter = otherCpuMeter(pids);
      const r = await openLoop({ ...base(c), rate, durationMs: P.openS * 1000, maxInFlight: P.maxInFlight });
      r.otherCpuCores = meter();
      log(
        `${c.name}: p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, achieved ${r.eventsPerS}/s, dropped ${r.dropped}, errors ${r.errors}, other CPU ${r.otherCpuCores} cores`,
      );
      results.get(c)[phase] = r;
    }
  }
  // The issue's own reading too: ours at 100 % of its own sustained rate (the phases above use the baseline's).
  {
    const rate = results.get(ours).closed.eventsPerS;
    log(`ours: open loop ${P.openS} s at its own max, ${Math.round(rate)} events/s…`);
    const meter = otherCpuMeter(pids);
    const r = await openLoop({ ...base(ours), rate, durationMs: P.openS * 1000, maxInFlight: P.maxInFlight });
    r.otherCpuCores = meter();
    log(`ours: p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, achieved ${r.eventsPerS}/s, dropped ${r.dropped}, errors ${r.errors}`);
    results.get(ours).openOwn100 = r;
  }
  stopSampling();

  const servers = {};
  for (const [key, c] of [
    ['ours', ours],
    ['baseline', baseline],
  ]) {
    const mem = procMemoryMb(c.pid);
    const everyNth = Math.max(1, Math.ceil(c.rssSamplesMb.length / 200));
    servers[key] = {
      ...results.get(c),
      memory: {
        peakRssMb: Math.round(mem.hwmMb * 10) / 10,
        finalRssMb: Math.round(mem.rssMb * 10) / 10,
        idleRssMb: Math.round(idle.get(c) * 10) / 10,
        peakSampledRssMb: Math.round(c.peakRssSampleMb * 10) / 10,
        rssSamplesMb: c.rssSamplesMb.filter((_, i) => i % everyNth === 0),
      },
    };
  }
  const result = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version, os: `${type()} ${release()}` },
    loadAvgAtStart,
    params: {
      ...P,
      rate50: Math.round(rates.open50),
      rate100: Math.round(rates.open100),
      rateBasis: 'baseline closed-loop max',
      nodeFlags: SERVER_NODE_FLAGS,
      oursLogging: 'info, one JSON line per request, synchronous writes to a file',
    },
    storeCost: cost,
    servers,
  };
  const { md } = writeResults(join(root, 'bench/results'), 'webhook', result, renderMarkdown);
  process.stdout.write('\n' + md);
  // The servers are done: the next benches get the machine to themselves.
  killAll();
}

/** RSS in MB of every process in a process group (the emulator's shell watchdog, launcher and JVM). */
function groupRssMb(pgid) {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[2]) === pgid) sum += procMemoryMb(Number(pid)).rssMb;
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(sum * 10) / 10;
}

/** CPU seconds used so far by every process in a process group. */
function groupCpuSeconds(pgid) {
  let sum = 0;
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[2]) === pgid) sum += procCpuSeconds(Number(pid));
    } catch {
      // gone meanwhile
    }
  }
  return sum;
}

/**
 * The same webhook load on STORE=firestore against Google's Firestore emulator (one JVM on this box, sharing its two
 * cores), reported separately: closed loop, then open loop at 50 % and 100 % of its own closed-loop rate.
 */
async function webhookFirestoreBench() {
  const startedAt = new Date().toISOString();
  const loadAvgAtStart = loadavg();
  log('bundling the bot (bot/build.mjs)…');
  const built = spawnSync(process.execPath, [join(root, 'bot/build.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('bot build failed');
  log('starting the Firestore emulator…');
  const emulator = await emulatorModule.startFirestoreEmulator({ projectId: 'demo-bench-webhook' });
  const fsDir = mkdtempSync(join(tmpdir(), 'nithet-bench-fs-'));
  try {
    const sink = await startChild('line-sink', join(root, 'bench/line-sink.mjs'), {});
    const ours = await startChild(
      'ours-firestore',
      join(root, 'bot/dist/bench-server.cjs'),
      {
        BENCH_CHANNEL_SECRET: SECRET,
        BENCH_CHANNEL_ACCESS_TOKEN: TOKEN,
        BENCH_SINK_URL: `http://127.0.0.1:${sink.port}`,
        BENCH_DATA_DIR: fsDir,
        BENCH_LOG_FILE: join(fsDir, 'ours.log'),
        BENCH_STORE: 'firestore',
        BENCH_FIRESTORE_PROJECT_ID: emulator.projectId,
        FIRESTORE_EMULATOR_HOST: emulator.host,
      },
      { nodeArgs: SERVER_NODE_FLAGS, readyMs: 60_000 },
    );
    log(`emulator ${emulator.host} (pgid ${emulator.pid}), ours :${ours.port} (pid ${ours.pid})`);
    const stopSampling = sampleMemory([ours]);
    let emulatorPeakRssMb = groupRssMb(emulator.pid);
    const emuTimer = setInterval(() => (emulatorPeakRssMb = Math.max(emulatorPeakRssMb, groupRssMb(emulator.pid))), 1000);
    emuTimer.unref();
    const idleRssMb = procMemoryMb(ours.pid).rssMb;

    log('counting Firestore operations per event…');
    const cost = await storeCost(ours);
    const users = userIds('bench-fs-user', P.users);
    const agent = keepAliveAgent(P.concurrency);
    const base = { port: ours.port, agent, secret: SECRET, users, concurrency: P.concurrency };
    const warmup = await warmUp('ours-firestore', base);

    log(`closed loop: ${P.closedS} s at concurrency ${P.concurrency}…`);
    const pids = [ours.pid, sink.pid];
    const meter = otherCpuMeter(pids);
    const [oursCpu0, emuCpu0] = [procCpuSeconds(ours.pid), groupCpuSeconds(emulator.pid)];
    const raw = await closedLoop({ ...base, durationMs: P.closedS * 1000, maxRequests: 500_000 });
    const closed = summarize(raw.latencies, { count: raw.count, errors: raw.errors, elapsedMs: raw.elapsedMs });
    const cores = (cpuS) => Math.round((cpuS / (raw.elapsedMs / 1000)) * 100) / 100;
    closed.oursCores = cores(procCpuSeconds(ours.pid) - oursCpu0);
    closed.emulatorCores = cores(groupCpuSeconds(emulator.pid) - emuCpu0);
    // Everything else on the box, the emulator included; minus the emulator it is other jobs and the kernel.
    closed.otherCpuCores = Math.max(0, Math.round((meter() - closed.emulatorCores) * 100) / 100);
    closed.cpuMsPerEvent = Math.round((((procCpuSeconds(ours.pid) - oursCpu0) * 1000) / Math.max(1, closed.ok)) * 1000) / 1000;
    log(
      `ours-firestore: ${closed.eventsPerS} events/s, p50 ${closed.latencyMs.p50} ms, p99 ${closed.latencyMs.p99} ms; cores: ours ${closed.oursCores}, emulator ${closed.emulatorCores}`,
    );

    const open = {};
    for (const [phase, share] of [
      ['open50', 0.5],
      ['open100', 1],
    ]) {
      const rate = closed.eventsPerS * share;
      log(`ours-firestore: open loop ${P.openS} s at ${Math.round(rate)} events/s…`);
      const m = otherCpuMeter(pids);
      const r = await openLoop({ ...base, rate, durationMs: P.openS * 1000, maxInFlight: P.maxInFlight });
      r.otherCpuCores = m();
      log(
        `ours-firestore: p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, achieved ${r.eventsPerS}/s, dropped ${r.dropped}, errors ${r.errors}`,
      );
      open[phase] = r;
    }
    stopSampling();
    clearInterval(emuTimer);
    const mem = procMemoryMb(ours.pid);
    agent.destroy();
    const result = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version, os: `${type()} ${release()}` },
      loadAvgAtStart,
      emulator: { startMs: emulator.startMs, peakRssMb: emulatorPeakRssMb },
      params: { ...P, nodeFlags: SERVER_NODE_FLAGS, rateBasis: 'its own closed-loop max' },
      storeCost: cost,
      ours: {
        warmup,
        closed,
        ...open,
        memory: {
          peakRssMb: Math.round(mem.hwmMb * 10) / 10,
          idleRssMb: Math.round(idleRssMb * 10) / 10,
          finalRssMb: Math.round(mem.rssMb * 10) / 10,
        },
      },
    };
    const { md } = writeResults(join(root, 'bench/results'), 'webhook-firestore', result, renderFirestoreMarkdown);
    process.stdout.write('\n' + md);
  } finally {
    killAll();
    await emulator.stop();
    rmSync(fsDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
