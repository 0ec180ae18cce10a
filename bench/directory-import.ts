// `npm run bench:directory`: import 300 schools + 4,000 people from one XLSX on SQLite and the Firestore emulator, then query a network by school.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createRepositories,
  networkMemberRows,
  newNetwork,
  systemClock,
  type DocumentStore,
  type ImportPlan,
  type Membership,
} from '@nithet/shared';
import { createSqliteStore } from '../bot/src/store/sqlite/sqlite-store';
import { createFirestoreStore } from '../bot/src/store/firestore/firestore-store';
import { applyPlan, planImport, type DirectoryDeps } from '../bot/src/directory/directory-service';
import { exportDirectory } from '../bot/src/directory/export-directory';
import { startFirestoreEmulator } from '../bot/test/support/firestore-emulator';
import { people, registeredMember, workbook } from './directory-data';
import { renderDirectoryMarkdown, type StepResult } from './lib/directory-report';
import { mb, resetPeak, vmHwmMb } from './lib/memory';

const P = { schools: 300, people: 4000, networkMembers: 1000, queryRuns: 3 };
const AREA = 'bench-esa';
const log = (m: string) => process.stdout.write(`[bench:directory] ${m}\n`);

async function step<T>(results: StepResult[], store: string, name: string, fn: () => Promise<T>, note?: (r: T) => string): Promise<T> {
  resetPeak();
  const t0 = performance.now();
  const out = await fn();
  const ms = Math.round(performance.now() - t0);
  const m = process.memoryUsage();
  const r: StepResult = {
    store,
    step: name,
    ms,
    peakRssMb: vmHwmMb(),
    rssMb: mb(m.rss),
    heapUsedMb: mb(m.heapUsed),
    note: note?.(out) ?? '',
  };
  results.push(r);
  log(`${store} ${name}: ${ms} ms, peak RSS ${r.peakRssMb} MB, heap ${r.heapUsedMb} MB ${r.note}`);
  return out;
}

/** What GET /api/networks/:id/members does (the same function), grouped by school. */
async function networkBySchool(deps: DirectoryDeps, networkId: string) {
  const network = await deps.repos.networks.require(networkId);
  const rows = (await networkMemberRows(deps.repos, network)).filter((r) => r.status === 'active');
  const bySchool = new Map<string, { school: string; count: number }>();
  for (const r of rows) {
    if (!r.schoolCode) continue;
    const entry = bySchool.get(r.schoolCode) ?? { school: r.schoolName ?? r.schoolCode, count: 0 };
    entry.count += 1;
    bySchool.set(r.schoolCode, entry);
  }
  return [...bySchool].map(([code, e]) => ({ code, ...e }));
}

async function runOn(storeName: string, store: DocumentStore, file: Buffer, results: StepResult[]): Promise<void> {
  const deps: DirectoryDeps = { repos: createRepositories(store), clock: systemClock };
  const persons = people(P.people, P.schools);
  const now = new Date().toISOString();
  const registered = persons.slice(0, P.networkMembers).map((p, i) => registeredMember(AREA, i + 1, p, now));
  await step(results, storeName, `seed ${registered.length} LINE-registered members`, async () => {
    for (let i = 0; i < registered.length; i += 250)
      await store.runTransaction(async (tx) => registered.slice(i, i + 250).forEach((m) => deps.repos.members.inTx(tx).put(m)));
  });
  const counts = (c: { created: number; updated: number; unchanged: number }) =>
    `(created ${c.created}, updated ${c.updated}, unchanged ${c.unchanged})`;
  const importKind = (kind: 'schools' | 'members') => async () => applyPlan(deps, AREA, await planImport(deps, AREA, kind, file));
  for (const kind of ['schools', 'members'] as const) {
    const planned = (p: ImportPlan) => `(${p.toCreate.length} to create, ${p.unchanged.length} unchanged, ${p.errors.length} errors)`;
    await step(results, storeName, `preview ${kind}`, () => planImport(deps, AREA, kind, file), planned);
    await step(results, storeName, `import ${kind}`, importKind(kind), counts);
  }
  const reimport = async () => {
    const [a, b] = [await importKind('schools')(), await importKind('members')()];
    return { created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged };
  };
  await step(results, storeName, 're-import schools + members (same file)', reimport, counts);
  const network = newNetwork(
    {
      id: 'net-bench',
      areaId: AREA,
      name: 'ชุมชนครูคณิตศาสตร์',
      kind: 'teacher-community',
      level: 'office',
      joinCode: 'MATH2570',
      joinPolicy: 'open',
    },
    now,
  );
  await step(results, storeName, `network + ${registered.length} memberships`, async () => {
    await deps.repos.networks.put(network);
    const ms: Membership[] = registered.map((m) => ({
      id: `${network.id}:${m.id}`,
      areaId: AREA,
      networkId: network.id,
      memberId: m.id,
      role: 'member',
      status: 'active',
      joinedAt: now,
      createdAt: now,
      updatedAt: now,
    }));
    for (let i = 0; i < ms.length; i += 250)
      await store.runTransaction(async (tx) => ms.slice(i, i + 250).forEach((m) => deps.repos.memberships.inTx(tx).put(m)));
  });
  for (let run = 1; run <= P.queryRuns; run++)
    await step(
      results,
      storeName,
      `members of network by school (run ${run})`,
      () => networkBySchool(deps, network.id),
      (g) => `(${g.reduce((n, s) => n + s.count, 0)} members in ${g.length} schools)`,
    );
  await step(
    results,
    storeName,
    'export members (xlsx)',
    () => exportDirectory(deps, AREA, 'members', 'xlsx'),
    (f) => `(${Math.round(f.bytes.length / 1024)} KB)`,
  );
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const results: StepResult[] = [];
  const persons = people(P.people, P.schools);
  const file = await step(
    results,
    '-',
    `generate XLSX (${P.schools} schools, ${P.people} people)`,
    () => workbook(P.schools, persons),
    (b) => `(${Math.round(b.length / 1024)} KB)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'nithet-bench-directory-'));
  try {
    const sqlite = createSqliteStore({ file: join(dir, 'nithet.sqlite') });
    await runOn('sqlite', sqlite, file, results);
    await sqlite.close();
    log('starting the Firestore emulator…');
    process.env.METADATA_SERVER_DETECTION ??= 'none'; // never probe Google's metadata server from a bench
    const emulator = await startFirestoreEmulator({ projectId: 'demo-bench-directory' });
    try {
      const firestore = createFirestoreStore({ projectId: emulator.projectId, emulatorHost: emulator.host });
      await runOn('firestore-emulator', firestore, file, results);
      await firestore.close();
    } finally {
      await emulator.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const result = {
    startedAt,
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '?', node: process.version },
    params: P,
    steps: results,
  };
  const jsonFile = `bench/results/directory-${startedAt.slice(0, 10)}.json`;
  writeFileSync(join(__dirname, '..', jsonFile), JSON.stringify(result, null, 2) + '\n');
  const md = renderDirectoryMarkdown(result, jsonFile);
  writeFileSync(join(__dirname, 'results/directory-latest.md'), md);
  process.stdout.write('\n' + md);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`bench:directory failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
