// `npm run bench` (report part, BENCH_ONLY=report): generating the Form 3 report of an office with 300 schools, 4,000
// members, 60 networks, 200 network activities and 20,000 form responses on SQLite: the draft (the dashboard's
// figures + the data-quality figures, stored with the report), then each file (PDF, DOCX, XLSX) and the three together
// as publication makes them; time and peak RSS of each step (VmHWM reset before it), file sizes and PDF pages.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ManualClock, generateReport, reportsOfCycle, type Actor, type ReportFileKind } from '@nithet/shared';
import { benchDeps } from './lib/bench-office';
import { mb, resetPeak, vmHwmMb } from './lib/memory';
import { runBench, saveResults } from './lib/results';
import { renderReportFile } from '../bot/src/reports/report-files';
import { REPORT_AREA, REPORT_CYCLE, REPORT_NOW, SIZE, seedReportOffice } from './report-seed';

const REPEATS = Number(process.env.BENCH_REPORT_REPEATS ?? 3);
const log = (m: string) => process.stdout.write(`[bench:report] ${m}\n`);
const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

interface Step {
  step: string;
  /** RSS when the step starts (modules loaded, store open). */
  rssBeforeMb: number;
  /** Milliseconds of each run; the first is cold (modules, fonts and the canvas loaded on first use). */
  ms: number[];
  peakRssMb: number;
  bytes?: number;
}

async function measure(step: string, run: () => Promise<number | void>, repeats = REPEATS): Promise<Step> {
  const rssBeforeMb = mb(process.memoryUsage().rss);
  resetPeak();
  const ms: number[] = [];
  let bytes: number | undefined;
  for (let k = 0; k < repeats; k++) {
    const t = performance.now();
    const b = await run();
    ms.push(round(performance.now() - t));
    if (typeof b === 'number') bytes = b;
  }
  return { step, ms, rssBeforeMb, peakRssMb: vmHwmMb(), ...(bytes !== undefined ? { bytes } : {}) };
}

const STEPS = {
  draft: 'draft: cycleFigures + data-quality figures, stored with the report',
  pdf: 'PDF file',
  docx: 'DOCX file',
  xlsx: 'XLSX file',
  all: 'all three files, one after another (as publication stores them)',
} as const;
type StepName = keyof typeof STEPS;

/** One step in this (fresh) process, on the seeded store: prints its Step as the last line. */
async function child(step: StepName, dataDir: string): Promise<void> {
  const deps = await benchDeps(dataDir, 'http://127.0.0.1:9', { clock: new ManualClock(new Date(REPORT_NOW)) });
  const supervisor = JSON.parse(process.env.BENCH_REPORT_ACTOR!) as Actor;
  const who = { actor: supervisor, name: 'นางวิภาวรรณ ศรีสุข' };
  let result: Step;
  if (step === 'draft') {
    result = await measure(STEPS.draft, async () => {
      await generateReport(deps, who, { cycle: REPORT_CYCLE });
    });
  } else {
    const report = (await reportsOfCycle(deps.repos, REPORT_AREA, REPORT_CYCLE))[0]!;
    const kinds: ReportFileKind[] = step === 'all' ? ['pdf', 'docx', 'xlsx'] : [step];
    result = await measure(STEPS[step], async () => {
      let total = 0;
      for (const kind of kinds) total += (await renderReportFile(report, kind)).length;
      return total;
    });
    if (step === 'pdf')
      (result as Step & { pdfPages?: number }).pdfPages = (
        (await renderReportFile(report, 'pdf')).toString('latin1').match(/\/Type \/Page\b/g) ?? []
      ).length;
    (result as Step & { figuresJsonKiB?: number }).figuresJsonKiB = round(Buffer.byteLength(JSON.stringify(report.figures)) / 1024, 1);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

function runChild(step: StepName, dataDir: string, actor: Actor): Step & { pdfPages?: number; figuresJsonKiB?: number } {
  const r = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', __filename], {
    env: { ...process.env, BENCH_REPORT_STEP: step, BENCH_REPORT_DIR: dataDir, BENCH_REPORT_ACTOR: JSON.stringify(actor) },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`step ${step} failed: ${r.stderr}`);
  const s = JSON.parse(r.stdout.trim().split('\n').pop()!) as Step;
  log(
    `${s.step}: ${s.ms.join(', ')} ms, peak RSS ${s.peakRssMb} MB (from ${s.rssBeforeMb})${s.bytes !== undefined ? `, ${round(s.bytes / 1024)} KiB` : ''}`,
  );
  return s;
}

async function main() {
  const startedAt = new Date().toISOString();
  const loadAvgAtStart = loadavg();
  const dataDir = mkdtempSync(join(tmpdir(), 'nithet-report-bench-'));
  try {
    const deps = await benchDeps(dataDir, 'http://127.0.0.1:9', { clock: new ManualClock(new Date(REPORT_NOW)) });
    const seedStart = Date.now();
    const { supervisor } = await seedReportOffice(deps.repos, log);
    const seedS = round((Date.now() - seedStart) / 1000, 1);
    await deps.repos.store.close();
    log(`seeded in ${seedS} s; each step now runs in a fresh process`);
    const steps = (Object.keys(STEPS) as StepName[]).map((step) => runChild(step, dataDir, supervisor));
    const check = await benchDeps(dataDir, 'http://127.0.0.1:9');
    const report = (await reportsOfCycle(check.repos, REPORT_AREA, REPORT_CYCLE))[0]!;
    await check.repos.store.close();
    const result = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version },
      loadAvgAtStart,
      office: { ...SIZE, responses: 5 * SIZE.members, cycle: REPORT_CYCLE, now: REPORT_NOW },
      headline: report.figures.headline,
      seedS,
      figuresJsonKiB: steps.find((s) => s.figuresJsonKiB)?.figuresJsonKiB ?? 0,
      pdfPages: steps.find((s) => s.pdfPages)?.pdfPages ?? 0,
      steps,
    };
    saveResults('report', result, (jsonFile) => render(result, jsonFile));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function render(
  r: {
    office: typeof SIZE & { responses: number };
    steps: Step[];
    pdfPages: number;
    figuresJsonKiB: number;
    seedS: number;
    machine: { cpus: number; node: string };
    startedAt: string;
  },
  jsonFile: string,
): string {
  const row = (s: Step) =>
    `| ${s.step} | ${s.ms[0]} | ${s.ms.slice(1).join(', ') || '–'} | ${s.rssBeforeMb} | ${s.peakRssMb} | ${s.bytes !== undefined ? round(s.bytes / 1024) : '–'} |`;
  return `# Form 3 report generation (${r.startedAt.slice(0, 10)})

Office: ${r.office.schools} schools, ${r.office.members.toLocaleString('en')} members in ${r.office.networks} networks, ${r.office.activities} network activities, ${r.office.seminars} seminars × ${r.office.checkInsPerSeminar} check-ins, ${r.office.responses.toLocaleString('en')} form responses (SQLite; seeded through the real submit use case in ${r.seedS} s). ${r.machine.cpus} cores, Node ${r.machine.node}. Raw numbers: \`${jsonFile}\`.

| Step (own process) | First run (ms) | Later runs (ms) | RSS at start (MB) | Peak RSS (MB) | Size (KiB) |
| --- | ---: | ---: | ---: | ---: | ---: |
${r.steps.map(row).join('\n')}

The PDF has ${r.pdfPages} pages; the figures stored with the report are ${r.figuresJsonKiB} KiB of JSON. Each step runs in a fresh Node process on the seeded SQLite file (so its peak is its own): RSS at start is after the modules load and the store opens; peak RSS is the process's VmHWM.
`;
}

const only = process.env.BENCH_REPORT_STEP as StepName | undefined;
runBench('report bench', only ? () => child(only, process.env.BENCH_REPORT_DIR!) : main);
