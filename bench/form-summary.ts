// `npm run bench` (forms part): the per-question summary of a Form 1 round with 100,000 responses, on SQLite and on
// Google's Firestore emulator, through the server's own code (bot/src/forms/round-summary.ts questionSummary): the
// unfiltered view from the running totals, views filtered by one network and one school (which read the responses),
// the "read everything" path (allResponses + summariseResponses); the same page's response rate (roundProgress) from
// the totals kept since opening on both stores, and on SQLite counted from everything (the fallback of rounds opened
// before), the opening that counts the audience, and the streamed export (XLSX, CSV). Each view runs in its own
// process (time, store reads, peak RSS); the store is seeded directly.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { execSync } from 'node:child_process';
import {
  COLLECTIONS,
  roundProgress,
  snapshotRoundAudience,
  summariseResponses,
  type DocData,
  type FormProgress,
  type FormRound,
  type FormSummary,
  type RateCount,
} from '@nithet/shared';
import { allResponses, questionSummary, TEXTS_UP_TO, type SummaryFilter } from '../bot/src/forms/round-summary';
import { streamResponses } from '../bot/src/forms/export-responses';
import type { BotDeps } from '../bot/src/deps';
import { createSqliteStore, type SqliteStore } from '../bot/src/store/sqlite/sqlite-store';
import { createFirestoreStore, type FirestoreStore } from '../bot/src/store/firestore/firestore-store';
import { startFirestoreEmulator } from '../bot/test/support/firestore-emulator';
import { benchDeps } from './lib/bench-office';
import { killAll, procMemoryMb, startChild } from './lib/children.mjs';
import { DEFINITION, form1Round, networkIds, ROUND_ID, schoolCodes, seedForm1Round } from './lib/form1-responses';
import { seedKeptProgress, seedNonRespondents, writeAudienceMember } from './lib/form1-audience';
import { mb, resetPeak, vmHwmMb } from './lib/memory';
import { runBench, saveResults } from './lib/results';

const P = {
  responses: Number(process.env.BENCH_FORM_RESPONSES ?? 100_000),
  /** Responses seeded into the Firestore emulator (0: no Firestore part). */
  firestoreResponses: Number(process.env.BENCH_FIRESTORE_RESPONSES ?? 100_000),
  /** Times each view runs in its process; the first is the cold one. */
  repeats: Number(process.env.BENCH_FORM_REPEATS ?? 5),
  /** Views that read every response run fewer times on Firestore (each is 100 queries of 1,000 documents). */
  firestoreHeavyRepeats: Number(process.env.BENCH_FIRESTORE_HEAVY_REPEATS ?? 2),
  /** Also the response rate: the respondents as members (with memberships) and participation records on SQLite. */
  progress: process.env.BENCH_FORMS_PROGRESS !== '0',
  /** People in the audience who have not answered, beside the respondents (the "not answered" list). */
  waiting: Number(process.env.BENCH_FORM_WAITING ?? 50_000),
  /** Also the streamed export of every response, XLSX and CSV, names included (SQLite). */
  exports: process.env.BENCH_FORMS_EXPORT !== '0',
  goalSqliteMs: 1000,
};
/** A draft round with the same audience (the whole office), for timing the opening's count of the audience. */
const OPENING_ROUND_ID = 'bench-opening-round';
const log = (m: string) => process.stdout.write(`[bench:forms] ${m}\n`);
// firebase-admin probes for a GCE metadata server (and warns when there is none): not here.
process.env.METADATA_SERVER_DETECTION ??= 'none';
const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;

type ViewName = 'unfiltered' | 'network' | 'school' | 'read-all' | 'progress-live' | 'progress' | 'opening' | 'export-xlsx' | 'export-csv';
const audienceLabel = () =>
  `audience ${(P.responses + P.waiting).toLocaleString('en')} = the ${P.responses.toLocaleString('en')} respondents + ${P.waiting.toLocaleString('en')} not answered`;
const VIEWS: Record<ViewName, string> = {
  unfiltered: 'unfiltered summary (questionSummary, running totals)',
  network: `filtered by one network (questionSummary, networkId ${networkIds[0]})`,
  school: `filtered by one school (questionSummary, schoolCode ${schoolCodes[0]})`,
  'read-all': 'read everything: allResponses + summariseResponses (texts listed)',
  'progress-live': `the page's response rate counted from everything (roundProgress fallback for rounds opened before; ${audienceLabel()})`,
  progress: `the page's response rate from the kept totals + the first 50 not answered (roundProgress; ${audienceLabel()})`,
  opening: `opening a round to the same audience: count it and write its waiting list (snapshotRoundAudience, ${(P.responses + P.waiting).toLocaleString('en')} people)`,
  'export-xlsx': `streamed export of every response, XLSX with names (streamResponses, pages of 500)`,
  'export-csv': `streamed export of every response, CSV with names (streamResponses, pages of 500)`,
};
const FILTERS: Partial<Record<ViewName, SummaryFilter>> = {
  unfiltered: {},
  network: { networkId: networkIds[0] },
  school: { schoolCode: schoolCodes[0] },
};

/** What one view's child reports. */
interface ViewRun {
  view: ViewName;
  store: 'sqlite' | 'firestore';
  /** Milliseconds of each run, the first one cold (fresh process). */
  ms: number[];
  /** Store reads of each run (the adapters' metrics: documents read, min 1 per query). */
  reads: number[];
  /** Query calls of each run (Firestore only). */
  queries?: number[];
  /** Respondents in the summary (after a filter), responses or audience counted. */
  respondents: number | null;
  textsOmitted: boolean | null;
  /** JSON size of what the view returns (the summary; the route adds the rest of the page). */
  jsonBytes: number;
  /** sha1 of the summary without free text: the totals' and the responses' summaries must match (for the rate: the counts). */
  digest: string | null;
  /** sha1 of the audience counts alone (the rate views and the opening must agree on who was asked). */
  audienceDigest?: string;
  /** Documents written per run (the opening). */
  writes?: number[];
  /** Bytes of the file written (exports). */
  fileBytes?: number;
  rssBeforeMb: number;
  /** Peak RSS (VmHWM) of the process over the view's runs, after loading everything (resetPeak). */
  peakRssMb: number;
}

/** The summary with free text left out, hashed: what the running totals and the responses must agree on. */
function digestOf(summary: FormSummary | null): string | null {
  if (!summary) return null;
  const questions = summary.questions.map((q) => {
    if (!('texts' in q) && !('other' in q)) return q;
    const { texts: _t, ...rest } = q as typeof q & { texts?: unknown };
    if ('other' in rest && rest.other) {
      const { texts: _o, ...other } = rest.other as { texts?: unknown; count: number; percent: number };
      return { ...rest, other };
    }
    return rest;
  });
  return createHash('sha1')
    .update(JSON.stringify({ ...summary, questions }))
    .digest('hex')
    .slice(0, 12);
}

const sha = (v: unknown) => createHash('sha1').update(JSON.stringify(v)).digest('hex').slice(0, 12);
type Rates = Pick<FormProgress, 'audience' | 'answered' | 'bySchool' | 'byLevel' | 'byNetwork'>;
/** The rate's counts (what the kept totals and a recount must agree on), and who was asked alone. */
const rateDigest = (p: Rates & { notAnsweredCount?: number }) =>
  sha({
    audience: p.audience,
    answered: p.answered,
    bySchool: p.bySchool,
    byLevel: p.byLevel,
    byNetwork: p.byNetwork,
    waiting: p.notAnsweredCount,
  });
const audienceDigest = (p: Rates) => {
  const only = (rows: RateCount[]) => rows.map((r) => [r.key, r.audience]);
  return sha({ audience: p.audience, bySchool: only(p.bySchool), byLevel: only(p.byLevel), byNetwork: only(p.byNetwork) });
};

/** Writes every response of the round to a file as XLSX or CSV (names included); returns rows and bytes. */
async function exportTo(deps: BotDeps, formRound: FormRound, format: 'xlsx' | 'csv'): Promise<{ rows: number; bytes: number }> {
  const file = join(process.env.BENCH_FORMS_DIR!, `export.${format}`);
  const schoolNames = new Map(schoolCodes.map((code, k) => [code, `โรงเรียนบ้านทดสอบ ${k + 1}`]));
  const rows = await streamResponses(
    { repos: deps.repos, round: formRound, definition: DEFINITION, schoolNames, format, identify: true },
    createWriteStream(file),
  );
  const bytes = statSync(file).size;
  rmSync(file, { force: true });
  return { rows, bytes };
}

/** The child: one view, `repeats` times, on the store named by the environment; prints RESULT. */
async function child(): Promise<void> {
  const view = process.env.BENCH_FORMS_VIEW as ViewName;
  const emulatorHost = process.env.BENCH_FORMS_EMULATOR;
  const repeats = Number(process.env.BENCH_FORMS_REPEATS ?? P.repeats);
  const store: SqliteStore | FirestoreStore = emulatorHost
    ? createFirestoreStore({ projectId: process.env.BENCH_FORMS_PROJECT!, emulatorHost })
    : createSqliteStore({ file: join(process.env.BENCH_FORMS_DIR!, 'nithet.sqlite') });
  const deps: BotDeps = await benchDeps(process.env.BENCH_FORMS_DIR!, 'http://127.0.0.1:9', { store });
  const formRound = (await deps.repos.formRounds.require(ROUND_ID)) as FormRound;
  const queries = () => ('queries' in store.metrics ? (store.metrics as { queries: number }).queries : 0);
  const out: ViewRun = {
    view,
    store: emulatorHost ? 'firestore' : 'sqlite',
    ms: [],
    reads: [],
    ...(emulatorHost ? { queries: [] } : {}),
    respondents: null,
    textsOmitted: null,
    jsonBytes: 0,
    digest: null,
    rssBeforeMb: mb(process.memoryUsage.rss()),
    peakRssMb: 0,
  };
  resetPeak();
  for (let n = 0; n < repeats; n += 1) {
    const [reads0, queries0, writes0] = [store.metrics.reads, queries(), store.metrics.writes];
    const t0 = performance.now();
    let result: unknown;
    const filter = FILTERS[view];
    if (filter) {
      const r = await questionSummary(deps, formRound, filter);
      result = r;
      out.respondents = r.summary?.respondents ?? null;
      out.textsOmitted = r.textsOmitted;
      out.digest = digestOf(r.summary);
    } else if (view === 'read-all') {
      const responses = await allResponses(deps, ROUND_ID);
      const summary = summariseResponses(DEFINITION, responses, { anonymous: formRound.anonymous });
      result = summary;
      out.respondents = summary?.respondents ?? null;
      out.textsOmitted = false;
      out.digest = digestOf(summary);
    } else if (view === 'progress' || view === 'progress-live') {
      const p = await roundProgress(deps.repos, formRound);
      if (p.countedAt !== (view === 'progress' ? 'opening' : 'now')) throw new Error(`${view} was counted at ${p.countedAt}`);
      result = p;
      out.respondents = p.answered;
      out.digest = rateDigest(p);
      out.audienceDigest = audienceDigest(p);
    } else if (view === 'opening') {
      const opening = (await deps.repos.formRounds.require(OPENING_ROUND_ID)) as FormRound;
      const p = await snapshotRoundAudience(deps.repos, opening, new Date());
      result = { audience: p.audience, bySchool: p.bySchool.length, byLevel: p.byLevel.length, byNetwork: p.byNetwork.length };
      out.respondents = p.audience;
      out.audienceDigest = audienceDigest(p);
    } else {
      const file = await exportTo(deps, formRound, view === 'export-xlsx' ? 'xlsx' : 'csv');
      result = file;
      out.respondents = file.rows;
      out.fileBytes = file.bytes;
    }
    out.ms.push(round(performance.now() - t0, 1));
    out.reads.push(store.metrics.reads - reads0);
    if (view === 'opening') (out.writes ??= []).push(store.metrics.writes - writes0);
    out.queries?.push(queries() - queries0);
    out.jsonBytes = Buffer.byteLength(JSON.stringify(result));
  }
  out.peakRssMb = vmHwmMb();
  process.stdout.write(`RESULT ${JSON.stringify(out)}\n`);
  await store.close();
}

/** Runs one view in a fresh process (tsx, --expose-gc so resetPeak can collect first) and returns its report. */
async function runView(view: ViewName, env: Record<string, string>, repeats: number): Promise<ViewRun> {
  const c = await startChild(
    `forms-${view}`,
    __filename,
    { ...env, BENCH_FORMS_VIEW: view, BENCH_FORMS_REPEATS: String(repeats) },
    { nodeArgs: ['--expose-gc', '--import', 'tsx'], readyMs: 60_000 },
  );
  let out = '';
  c.proc.stdout?.on('data', (d: Buffer) => (out += String(d)));
  let stderr = '';
  c.proc.stderr?.on('data', (d: Buffer) => (stderr = (stderr + String(d)).slice(-4000)));
  let hwm = 0;
  const watch = setInterval(() => (hwm = Math.max(hwm, procMemoryMb(c.pid).hwmMb || 0)), 500);
  const code = await new Promise<number | null>((resolve) => c.proc.on('exit', (n) => resolve(n)));
  clearInterval(watch);
  const line = out.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`view ${view} exited ${code} without a result\n${stderr}`);
  const r = JSON.parse(line.slice(7)) as ViewRun;
  log(
    `${r.store} ${view}: ${r.ms.join(', ')} ms; reads ${r.reads.join(', ')}; respondents ${r.respondents}; ` +
      `peak RSS ${r.peakRssMb} MB (${r.rssBeforeMb} MB before)`,
  );
  return r;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

interface SeedReport {
  store: string;
  responses: number;
  extraDocs: number;
  seconds: number;
  docsPerSecond: number;
  statsJsonBytes: number;
}

async function seedSqlite(dir: string): Promise<SeedReport> {
  const store = createSqliteStore({ file: join(dir, 'nithet.sqlite') });
  const t0 = performance.now();
  const totals = await seedForm1Round(store, {
    responses: P.responses,
    perTx: 3000,
    parallel: 1,
    members: P.progress,
    writeMember: writeAudienceMember,
    onProgress: (n) => n % 20_000 === 0 && log(`SQLite: ${n.toLocaleString('en')} responses stored`),
  });
  if (P.progress) {
    await seedNonRespondents(store, P.responses, P.waiting, { perTx: 3000, parallel: 1 });
    const opening: FormRound = { ...form1Round(0), id: OPENING_ROUND_ID, status: 'draft', openedAt: null };
    const { id: _id, ...rest } = opening;
    await store.set(COLLECTIONS.formRounds, OPENING_ROUND_ID, rest as unknown as DocData);
  }
  const seconds = (performance.now() - t0) / 1000;
  const memberships = P.progress ? await store.count(COLLECTIONS.memberships) : 0;
  await store.close();
  const extraDocs = P.progress ? 2 * P.responses + P.waiting + memberships : 0;
  const docs = P.responses + extraDocs;
  return {
    store: 'sqlite',
    responses: P.responses,
    extraDocs,
    seconds: round(seconds, 1),
    docsPerSecond: round(docs / seconds),
    statsJsonBytes: Buffer.byteLength(JSON.stringify(totals.questions)) + Buffer.byteLength(JSON.stringify(totals.groups)),
  };
}

interface ViewSummary {
  store: string;
  responses: number;
  view: ViewName;
  label: string;
  runs: number;
  coldMs: number;
  medianMs: number;
  worstMs: number;
  /** Median and worst over the runs after the cold one (all runs when there is only one). */
  warmMedianMs: number;
  readsPerRun: number;
  queriesPerRun: number | null;
  respondents: number | null;
  textsOmitted: boolean | null;
  /** What the view returns, in KB: its JSON, or for an export the file written. */
  jsonKb: number;
  digest: string | null;
  audienceDigest: string | null;
  writesPerRun: number | null;
  peakRssMb: number;
  rssBeforeMb: number;
}

function summarise(r: ViewRun, responses: number): ViewSummary {
  const warm = r.ms.length > 1 ? r.ms.slice(1) : r.ms;
  return {
    store: r.store,
    responses,
    view: r.view,
    label: VIEWS[r.view],
    runs: r.ms.length,
    coldMs: r.ms[0]!,
    medianMs: round(median(r.ms), 1),
    worstMs: Math.max(...r.ms),
    warmMedianMs: round(median(warm), 1),
    readsPerRun: median(r.reads),
    queriesPerRun: r.queries ? median(r.queries) : null,
    respondents: r.respondents,
    textsOmitted: r.textsOmitted,
    jsonKb: round((r.fileBytes ?? r.jsonBytes) / 1024, 1),
    digest: r.digest,
    audienceDigest: r.audienceDigest ?? null,
    writesPerRun: r.writes ? median(r.writes) : null,
    peakRssMb: r.peakRssMb,
    rssBeforeMb: r.rssBeforeMb,
  };
}

function fmtMs(ms: number): string {
  return ms >= 10_000 ? `${round(ms / 1000, 1)} s` : `${round(ms)} ms`;
}

function summaryLine(views: ViewSummary[]): string {
  const find = (store: string, view: ViewName) => views.find((v) => v.store === store && v.view === view);
  const part = (store: string, label: string) => {
    const u = find(store, 'unfiltered');
    const n = find(store, 'network');
    const s = find(store, 'school');
    const a = find(store, 'read-all');
    if (!u) return '';
    const rows = [
      `${label} (${u.responses.toLocaleString('en')} responses): unfiltered ${fmtMs(u.medianMs)} median (cold ${fmtMs(u.coldMs)}), ${u.readsPerRun} reads`,
      n ? `by network ${fmtMs(n.medianMs)} (${n.respondents} respondents, ${n.readsPerRun.toLocaleString('en')} reads)` : '',
      s ? `by school ${fmtMs(s.medianMs)} (${s.respondents} respondents, ${s.readsPerRun.toLocaleString('en')} reads)` : '',
      a ? `read everything ${fmtMs(a.medianMs)} (${a.readsPerRun.toLocaleString('en')} reads, peak RSS ${a.peakRssMb} MB)` : '',
    ];
    return rows.filter(Boolean).join(', ');
  };
  const rate = (store: string) => {
    const p = find(store, 'progress');
    return p
      ? `${store === 'sqlite' ? 'SQLite' : 'Firestore emulator'} ${fmtMs(p.medianMs)} median, ${p.readsPerRun.toLocaleString('en')} reads`
      : '';
  };
  const live = find('sqlite', 'progress-live');
  const opening = find('sqlite', 'opening');
  const exports = (['export-xlsx', 'export-csv'] as const).map((v) => find('sqlite', v)).filter((v) => v !== undefined);
  const kept = [rate('sqlite'), rate('firestore')].filter(Boolean);
  return (
    [
      part('sqlite', 'SQLite'),
      part('firestore', 'Firestore emulator'),
      kept.length
        ? `the page's response rate with the first 50 not answered (roundProgress, kept since opening, audience ${(P.responses + P.waiting).toLocaleString('en')}): ${kept.join(', ')}` +
          (live
            ? ` (counted from everything, as for rounds opened before: ${fmtMs(live.medianMs)}, ${live.readsPerRun.toLocaleString('en')} reads, peak RSS ${live.peakRssMb} MB)`
            : '') +
          (opening
            ? `; opening counts the audience once: ${fmtMs(opening.medianMs)}, ${(opening.writesPerRun ?? 0).toLocaleString('en')} writes (SQLite)`
            : '')
        : '',
      exports.length
        ? `streamed export of ${exports[0]!.respondents?.toLocaleString('en')} responses with names (SQLite): ` +
          exports
            .map(
              (e) =>
                `${e.view === 'export-xlsx' ? 'XLSX' : 'CSV'} ${fmtMs(e.medianMs)}, peak RSS ${e.peakRssMb} MB, ${round(e.jsonKb / 1024, 1)} MB`,
            )
            .join('; ')
        : '',
    ]
      .filter(Boolean)
      .join('; ') + '.'
  );
}

interface Result {
  startedAt: string;
  finishedAt: string;
  machine: { cpus: number; cpuModel: string; node: string };
  loadAvgAtStart: number[];
  loadAvgAtEnd: number[];
  commit: string;
  /** Uncommitted changes under bot/src or shared/src when the bench ran (the code measured is the working tree's). */
  treeDirty: boolean;
  params: typeof P & { textsUpTo: number; filterNetwork: string; filterSchool: string };
  seeds: SeedReport[];
  views: ViewSummary[];
  raw: ViewRun[];
  consistency: Record<string, boolean>;
  summaryLine: string;
}

function goalParagraph(views: ViewSummary[]): string {
  const find = (store: string, view: ViewName) => views.find((v) => v.store === store && v.view === view);
  const filtered = (store: string) => views.filter((v) => v.store === store && (v.view === 'network' || v.view === 'school'));
  /** How the filtered views read: every response of the round, or about their own group's. */
  const readsOf = (store: string) => {
    const list = filtered(store);
    if (!list.length) return '';
    const all = list.every((v) => v.readsPerRun >= v.responses);
    const each = list.map((v) => `${v.readsPerRun.toLocaleString('en')} reads for ${v.respondents ?? '?'} respondents`).join(', ');
    return all
      ? `they read every response of the round (${each}) and filter in memory, so their cost grows with the round, not with the group shown`
      : `they read about their group's responses only (${each})`;
  };
  const worst = (store: string) => fmtMs(Math.max(...filtered(store).map((v) => v.worstMs)));
  const [su, fu] = [find('sqlite', 'unfiltered'), find('firestore', 'unfiltered')];
  return [
    `Goal (issue 5): under 1 s on SQLite — the unfiltered view: median ${su ? fmtMs(su.medianMs) : '?'}, worst ${su ? fmtMs(su.worstMs) : '?'}`,
    filtered('sqlite').length ? `; filtered views worst ${worst('sqlite')}: ${readsOf('sqlite')}. ` : '. ',
    fu
      ? `On Firestore without reading every response on each view — the unfiltered view reads ${fu.readsPerRun} documents (the template version ` +
        'and the running totals)' +
        (filtered('firestore').length ? `; filtered views (worst ${worst('firestore')} on the emulator): ${readsOf('firestore')}.` : '.')
      : '',
    rateGoal(views),
  ].join('');
}

/** The same page's response rate against the same goal. */
function rateGoal(views: ViewSummary[]): string {
  const find = (store: string, view: ViewName) => views.find((v) => v.store === store && v.view === view);
  const [sp, fp, live] = [find('sqlite', 'progress'), find('firestore', 'progress'), find('sqlite', 'progress-live')];
  if (!sp && !fp) return '';
  return [
    ` The response rate on the same page (overall, by school, level and network, and the first 50 of ${(sp ?? fp)!.respondents === null ? '?' : P.waiting.toLocaleString('en')} not answered): `,
    sp
      ? `on SQLite median ${fmtMs(sp.medianMs)}, worst ${fmtMs(sp.worstMs)}, ${sp.readsPerRun} reads (the kept totals and one page of the waiting list)`
      : '',
    live
      ? ` — counted from everything it took ${fmtMs(live.medianMs)} and ${live.readsPerRun.toLocaleString('en')} reads (peak RSS ${live.peakRssMb} MB), which only rounds opened before the totals existed still do`
      : '',
    fp ? `; on Firestore ${fp.readsPerRun} reads whatever the audience (emulator median ${fmtMs(fp.medianMs)}).` : '.',
  ].join('');
}

/** What the numbers mean for the server: how long each Firestore page query took, and memory against the api function's. */
function notesParagraph(views: ViewSummary[]): string {
  const heavy = views.filter((v) => v.view === 'network' || v.view === 'school' || v.view === 'read-all');
  const fs = heavy.filter((v) => v.store === 'firestore' && v.queriesPerRun);
  const perQuery = fs.map((v) => v.medianMs / v.queriesPerRun!);
  const peakOf = (pick: (v: ViewSummary) => boolean) => Math.max(...heavy.filter(pick).map((v) => v.peakRssMb));
  const readAllPeak = peakOf((v) => v.view === 'read-all');
  const filteredPeak = peakOf((v) => v.view === 'network' || v.view === 'school');
  const base = Math.min(...views.map((v) => v.rssBeforeMb));
  return [
    fs.length
      ? `On the emulator a view that reads responses pages through them 1,000 at a time (queries per view: ${fs.map((v) => `${v.view} ${v.queriesPerRun}`).join(', ')}): ` +
        `${round(Math.min(...perQuery))}–${round(Math.max(...perQuery))} ms per query here; the emulator is not Cloud Firestore, so these times ` +
        'say little about production, but the reads (billed per document) are the same there. '
      : '',
    `Reading every response holds all of them parsed at once: peak RSS ${readAllPeak} MB for the read-everything path, ${filteredPeak} MB at most for ` +
      `a filtered view (the process idles at ≈ ${base} MB with the code loaded), ` +
      "against the 512 MiB and 60 s the `api` Cloud Function is given (functions/src/index.ts). The unfiltered view's JSON is small because free text is " +
      `left out above ${TEXTS_UP_TO.toLocaleString('en')} respondents; the read-everything path lists every text (the output KB column).`,
    exportNote(views),
  ].join('');
}

/** The export and the opening: what streaming and counting at opening cost instead. */
function exportNote(views: ViewSummary[]): string {
  const exports = views.filter((v) => v.view === 'export-xlsx' || v.view === 'export-csv');
  const opening = views.find((v) => v.view === 'opening');
  return [
    exports.length
      ? ` The export streams pages of 500 responses (members looked up per page) straight into the file: ${exports
          .map(
            (e) =>
              `${e.view === 'export-xlsx' ? 'XLSX' : 'CSV'} of ${e.respondents?.toLocaleString('en')} rows in ${fmtMs(e.medianMs)}, peak RSS ${e.peakRssMb} MB, ${round(e.jsonKb / 1024, 1)} MB written`,
          )
          .join('; ')}.`
      : '',
    opening
      ? ` Opening a round now also counts its audience and writes its waiting list once (${(opening.writesPerRun ?? 0).toLocaleString('en')} writes for ` +
        `${opening.respondents?.toLocaleString('en')} people in ${fmtMs(opening.medianMs)} on SQLite, peak RSS ${opening.peakRssMb} MB; on Firestore transactions of 400 writes, 4 at a time).`
      : '',
  ].join('');
}

function renderMarkdown(r: Result, jsonFile: string): string {
  const rows = r.views.map(
    (v) =>
      `| ${v.store} | ${v.responses.toLocaleString('en')} | ${v.label} | ${v.runs} | ${v.coldMs} | ${v.medianMs} | ${v.worstMs} | ` +
      `${v.readsPerRun.toLocaleString('en')} | ${v.queriesPerRun ?? '–'} | ${v.respondents ?? '–'} | ${v.textsOmitted === null ? '–' : v.textsOmitted ? 'omitted' : 'listed'} | ` +
      `${v.jsonKb} | ${v.rssBeforeMb} | ${v.peakRssMb} |`,
  );
  return [
    `# Form summary bench — ${r.startedAt}`,
    '',
    `Machine: ${r.machine.cpus} × ${r.machine.cpuModel}, Node ${r.machine.node}, load average ${r.loadAvgAtStart.map((x) => round(x, 2)).join(' / ')} at the start ` +
      `(other work was running on the box). Commit ${r.commit}${r.treeDirty ? ' with uncommitted changes under bot/src or shared/src (the working tree was measured)' : ''}.`,
    '',
    `A named Form 1 round (the manual's needs survey, template version 1) with ${P.responses.toLocaleString('en')} responses seeded directly through the store ` +
      `(transactions; ${r.seeds.map((s) => `${s.store}: ${s.seconds} s, ${s.docsPerSecond.toLocaleString('en')} documents/s`).join('; ')}). ` +
      'Every response is generated from its own PRNG stream and passes `validateAnswers` (schools and networks checked): 85 % answer at school level (one of ' +
      `${schoolCodes.length} schools), 10 % lead a network and answer the conditional section "ตอนที่ 2", choices with "อื่น ๆ" now and then, the 10-topic need grid ` +
      `rated by everyone, 1–3 sentences of free text. The round's \`formStats\` document (the running totals, ${round((r.seeds[0]?.statsJsonBytes ?? 0) / 1024, 1)} KB of JSON) ` +
      'is built with `emptyAggregate`/`addToAggregate` over the same responses in order, as `submitResponse` would have left it. ' +
      (P.progress
        ? `For the response rate the audience is ${(P.responses + P.waiting).toLocaleString('en')} people: on SQLite the respondents are also stored as ` +
          `members (a Thai name, the school and levels of their answer, none for those outside schools) with their active memberships and ` +
          `participation records, beside ${P.waiting.toLocaleString('en')} more members who have not answered; on both stores the round's kept ` +
          'totals (`formProgress`) and waiting list (`formWaiting`, in Thai name order) are seeded as opening the round and then each first answer ' +
          'would have left them (checked below against a recount and against a real opening of a second round to the same audience). '
        : '') +
      'Each view runs in its own fresh process (tsx; peak RSS = VmHWM after start-up, so it includes the loaded code), ' +
      "the first run cold, then again in the same process; reads are the store adapter's `metrics.reads` (documents read, at least 1 per query). " +
      `Summaries list free text only up to ${TEXTS_UP_TO.toLocaleString('en')} respondents (TEXTS_UP_TO); the unfiltered view of a larger round reads the running totals.`,
    '',
    `Summary: ${r.summaryLine}`,
    '',
    '| store | responses | view | runs | cold ms | median ms | worst ms | reads per run | queries per run | respondents / rows | free text | output KB | RSS before MB | peak RSS MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
    `Consistency: ${Object.entries(r.consistency)
      .map(([k, ok]) => `${k}: ${ok ? 'yes' : 'NO'}`)
      .join('; ')}.`,
    '',
    goalParagraph(r.views),
    '',
    notesParagraph(r.views),
    '',
    `Raw numbers: \`${jsonFile}\`.`,
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAvgAtStart = loadavg();
  const work = mkdtempSync(join(tmpdir(), 'nithet-bench-forms-'));
  const raw: ViewRun[] = [];
  const seeds: SeedReport[] = [];
  const views: ViewSummary[] = [];
  try {
    log(`seeding SQLite with ${P.responses.toLocaleString('en')} Form 1 responses${P.progress ? ' (+ members and participation)' : ''}…`);
    seeds.push(await seedSqlite(work));
    log(`seeded SQLite in ${seeds[0]!.seconds} s`);
    const sqliteEnv = { BENCH_FORMS_DIR: work };
    const sqliteView = async (view: ViewName, repeats: number) => {
      const r = await runView(view, sqliteEnv, repeats);
      raw.push(r);
      views.push(summarise(r, P.responses));
    };
    for (const view of ['unfiltered', 'network', 'school', 'read-all'] as const)
      await sqliteView(view, view === 'unfiltered' ? Math.max(P.repeats, 10) : P.repeats);
    if (P.progress) {
      // First as a round opened before the kept totals (counted from everything), then with them, then the opening.
      await sqliteView('progress-live', P.repeats);
      const store = createSqliteStore({ file: join(work, 'nithet.sqlite') });
      await seedKeptProgress(store, { respondents: P.responses, waiting: P.waiting, perTx: 3000, parallel: 1 });
      await store.close();
      await sqliteView('progress', Math.max(P.repeats, 10));
      await sqliteView('opening', 1);
    }
    if (P.exports) for (const view of ['export-xlsx', 'export-csv'] as const) await sqliteView(view, 1);
    if (P.firestoreResponses > 0) {
      log('starting the Firestore emulator…');
      const emulator = await startFirestoreEmulator({ projectId: 'demo-bench-forms' });
      try {
        const store = createFirestoreStore({ projectId: emulator.projectId, emulatorHost: emulator.host });
        log(`seeding the emulator with ${P.firestoreResponses.toLocaleString('en')} responses…`);
        const t0 = performance.now();
        let lastLog = 0;
        const totals = await seedForm1Round(store, {
          responses: P.firestoreResponses,
          perTx: 500,
          parallel: 4,
          onProgress: (n) => {
            if (n - lastLog < 10_000) return;
            lastLog = n;
            log(`Firestore: ${n.toLocaleString('en')} stored after ${round((performance.now() - t0) / 1000, 1)} s`);
          },
        });
        if (P.progress) await seedKeptProgress(store, { respondents: P.firestoreResponses, waiting: P.waiting, perTx: 400, parallel: 4 });
        const seconds = (performance.now() - t0) / 1000;
        await store.close();
        seeds.push({
          store: 'firestore',
          responses: P.firestoreResponses,
          extraDocs: P.progress ? P.waiting + 1 : 0,
          seconds: round(seconds, 1),
          docsPerSecond: round((P.firestoreResponses + (P.progress ? P.waiting : 0)) / seconds),
          statsJsonBytes: Buffer.byteLength(JSON.stringify(totals.questions)) + Buffer.byteLength(JSON.stringify(totals.groups)),
        });
        log(`seeded the emulator in ${round(seconds, 1)} s`);
        const fsEnv = { BENCH_FORMS_DIR: join(work, 'fs'), BENCH_FORMS_EMULATOR: emulator.host, BENCH_FORMS_PROJECT: emulator.projectId };
        const fsViews: ViewName[] = ['unfiltered', 'network', 'school', 'read-all', ...(P.progress ? (['progress'] as const) : [])];
        for (const view of fsViews) {
          const light = view === 'unfiltered' || view === 'progress';
          const r = await runView(view, fsEnv, light ? Math.max(P.repeats, 10) : P.firestoreHeavyRepeats);
          raw.push(r);
          views.push(summarise(r, P.firestoreResponses));
        }
      } finally {
        await emulator.stop();
      }
    }
    const digest = (store: string, view: ViewName) => views.find((v) => v.store === store && v.view === view)?.digest;
    const consistency: Record<string, boolean> = {
      'SQLite: running totals = summary of all responses (free text aside)':
        digest('sqlite', 'unfiltered') === digest('sqlite', 'read-all'),
    };
    if (P.firestoreResponses === P.responses && P.firestoreResponses > 0) {
      consistency['Firestore: running totals = summary of all responses'] =
        digest('firestore', 'unfiltered') === digest('firestore', 'read-all');
      consistency['Firestore and SQLite give the same summaries'] =
        digest('firestore', 'unfiltered') === digest('sqlite', 'unfiltered') &&
        digest('firestore', 'network') === digest('sqlite', 'network') &&
        digest('firestore', 'school') === digest('sqlite', 'school');
    }
    const audience = (store: string, view: ViewName) => views.find((v) => v.store === store && v.view === view)?.audienceDigest;
    if (P.progress) {
      consistency['SQLite: the kept response rate = a recount of every member, membership and answer'] =
        digest('sqlite', 'progress') === digest('sqlite', 'progress-live');
      consistency['SQLite: opening a round counts the same audience, by school, level and network'] =
        audience('sqlite', 'opening') === audience('sqlite', 'progress');
      if (P.firestoreResponses === P.responses && P.firestoreResponses > 0)
        consistency['Firestore and SQLite give the same response rate'] = digest('firestore', 'progress') === digest('sqlite', 'progress');
    }
    if (P.exports)
      consistency['The exports hold every response'] = ['export-xlsx', 'export-csv'].every(
        (v) => views.find((x) => x.view === v)?.respondents === P.responses,
      );
    const result: Result = {
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version },
      loadAvgAtStart,
      loadAvgAtEnd: loadavg(),
      commit: execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim(),
      treeDirty: execSync('git status --porcelain -- bot/src shared/src', { encoding: 'utf8' }).trim() !== '',
      params: { ...P, textsUpTo: TEXTS_UP_TO, filterNetwork: networkIds[0]!, filterSchool: schoolCodes[0]! },
      seeds,
      views,
      raw,
      consistency,
      summaryLine: summaryLine(views),
    };
    saveResults('forms', result, (jsonFile) => renderMarkdown(result, jsonFile));
  } finally {
    killAll();
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.env.BENCH_FORMS_RENDER) {
  // Only the markdown again, from a run's JSON (BENCH_FORMS_RENDER=bench/results/forms-<date>.json).
  const file = process.env.BENCH_FORMS_RENDER;
  const result = JSON.parse(readFileSync(join(__dirname, '..', file), 'utf8')) as Result;
  writeFileSync(join(__dirname, 'results/forms-latest.md'), renderMarkdown(result, file));
} else if (process.env.BENCH_FORMS_VIEW) {
  // The child: READY first (startChild waits for it), then the view; it exits when done.
  process.stdout.write('READY 1\n');
  runBench('forms view', child);
} else {
  runBench('bench:forms', main);
}
