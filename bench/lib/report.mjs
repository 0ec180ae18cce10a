// Bench results: the full JSON record and the human summary table (bench/results/webhook-latest.md).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const fmt = (v, digits = 1) => (v === null || v === undefined || Number.isNaN(v) ? '–' : Number(v).toFixed(digits));
const ratio = (a, b) => (a && b ? (a / b).toFixed(2) : '–');

export function renderMarkdown(r) {
  const row = (label, s) => {
    const o50 = s.open50;
    const o100 = s.open100;
    const errors = s.closed.errors + o50.errors + o100.errors;
    const dropped = o50.dropped + o100.dropped;
    return `| ${label} | ${fmt(s.closed.eventsPerS, 0)} | ${fmt(s.closed.latencyMs.p50)} / ${fmt(s.closed.latencyMs.p99)} | ${fmt(o50.latencyMs.p50)} / ${fmt(o50.latencyMs.p99)} | ${fmt(o100.latencyMs.p50)} / ${fmt(o100.latencyMs.p99)} | ${fmt(o100.eventsPerS, 0)} | ${errors} (${dropped}) | ${fmt(s.memory.peakRssMb)} | ${fmt(s.memory.idleRssMb)} | ${fmt(s.cpuMsPerEvent, 2)} | ${fmt(s.repliesPerEvent, 2)} |`;
  };
  const { ours, baseline } = r.servers;
  const c = r.storeCost;
  return [
    `# Webhook bench — ${r.startedAt}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, ${r.machine.os}. Bench, bots and LINE sink share these cores; load average at start ${r.loadAvgAtStart.map((v) => v.toFixed(2)).join(' ')}.`,
    '',
    `Closed loop: warm-up in ${r.params.warmupWindowS} s windows, at least ${r.params.warmupMinS} s and until two agree within 10 % (at most ${r.params.warmupMaxS} s), then ${r.params.closedS} s each at concurrency ${r.params.concurrency} in alternating ${r.params.roundS} s rounds ` +
      `(ours ${ours.closed.roundRates.map((v) => fmt(v, 0)).join(', ')}; baseline ${baseline.closed.roundRates.map((v) => fmt(v, 0)).join(', ')} events/s). ` +
      `Open loop: ${r.params.openS} s each at 50 % and 100 % of the **baseline's** max (${r.params.rate50} and ${r.params.rate100} events/s), ` +
      `same ${r.params.concurrency} keep-alive connections, latency counted from each request's scheduled time. One text message event per request, ${r.params.users} distinct users.`,
    '',
    '| server | max events/s (closed) | closed p50 / p99 ms | 50 % p50 / p99 ms | 100 % p50 / p99 ms | achieved at 100 % /s | errors (dropped) | peak RSS MB (VmHWM) | idle RSS MB | CPU ms/event | replies/event |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    row('ours (Nithet, SQLite)', ours),
    row('baseline (bot-sdk echo)', baseline),
    '',
    `Ratio ours / baseline: max throughput ${ratio(ours.closed.eventsPerS, baseline.closed.eventsPerS)}, ` +
      `CPU per event ${ratio(ours.cpuMsPerEvent, baseline.cpuMsPerEvent)}, ` +
      `p99 at 50 % ${ratio(ours.open50.latencyMs.p99, baseline.open50.latencyMs.p99)}, ` +
      `p99 at 100 % ${ratio(ours.open100.latencyMs.p99, baseline.open100.latencyMs.p99)}, ` +
      `peak RSS ${ratio(ours.memory.peakRssMb, baseline.memory.peakRssMb)}.`,
    '',
    c
      ? `Store cost of one text message event (SQLite \`store.metrics\`, ${c.events} events each): first message from an unknown user ` +
        `${fmt(c.firstContact.reads, 1)} reads / ${fmt(c.firstContact.writes, 1)} writes / ${fmt(c.firstContact.deletes, 1)} deletes; ` +
        `from a known member ${fmt(c.returning.reads, 1)} reads / ${fmt(c.returning.writes, 1)} writes / ${fmt(c.returning.deletes, 1)} deletes.`
      : 'Store cost: not measured.',
    '',
    `CPU used by anything else on the box (other jobs, and the kernel's loopback networking), in cores: closed ${fmt(ours.closed.otherCpuCores, 2)}; ` +
      `open 50 % baseline ${fmt(baseline.open50.otherCpuCores, 2)} / ours ${fmt(ours.open50.otherCpuCores, 2)}; open 100 % baseline ${fmt(baseline.open100.otherCpuCores, 2)} / ours ${fmt(ours.open100.otherCpuCores, 2)}.` +
      (Object.values(r.servers).some((s) => [s.closed, s.open50, s.open100].some((p) => p.otherCpuCores > 0.5))
        ? ' **Other work competed for the 2 cores during this run: treat the numbers as noisy and re-run on a quiet machine.**'
        : ''),
    '',
    `Errors = non-200 answers, timeouts, and (dropped) open-loop requests not sent because ${r.params.maxInFlight} were already outstanding, i.e. the server had fallen behind the offered rate. Raw numbers: \`${r.jsonFile}\`.`,
    '',
  ].join('\n');
}

export function writeResults(dir, result) {
  mkdirSync(dir, { recursive: true });
  const jsonPath = join(dir, `webhook-${result.startedAt.slice(0, 10)}.json`);
  result.jsonFile = `bench/results/webhook-${result.startedAt.slice(0, 10)}.json`;
  writeFileSync(jsonPath, JSON.stringify(result, null, 2) + '\n');
  const md = renderMarkdown(result);
  writeFileSync(join(dir, 'webhook-latest.md'), md);
  return { jsonPath, md };
}
