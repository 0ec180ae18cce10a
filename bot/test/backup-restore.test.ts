// Backup and restore of one office through the command-line entries: SQLite → file → Firestore emulator → file gives
// the same documents, another office's data never leaves, a non-empty target or a damaged file is refused.
import { mkdtempSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  COLLECTIONS,
  FORM_TEMPLATES,
  JOB_RUNS_COLLECTION,
  ManualClock,
  createRepositories,
  ensureBuiltInTemplates,
  newArea,
  type DocData,
  type DocumentStore,
} from '@nithet/shared';
import { main as backup } from '../src/entry/backup';
import { main as restore } from '../src/entry/restore';
import { openBackupStore } from '../src/backup/backup-store';
import { EXIT } from '../src/backup/backup-cli';
import { OWNED_BY_PARENT } from '../src/backup/ownership';
import { seedDemoOffice } from '../src/local/seed';
import { DEMO_AREA } from '../src/local/demo-data';
import { clearFirestoreEmulator } from './support/firestore-emulator';

const OFFICE = DEMO_AREA.id;
const OTHER = 'other-esa';
const PROJECT = 'demo-nithet-backup';
const dir = mkdtempSync(join(tmpdir(), 'nithet-backup-'));
const sqliteEnv = (name: string) => ({ STORE: 'sqlite', DATA_DIR: join(dir, name) });
const firestoreEnv = () => ({
  STORE: 'firestore',
  FIRESTORE_PROJECT_ID: PROJECT,
  FIRESTORE_EMULATOR_HOST: process.env.FIRESTORE_EMULATOR_HOST,
});

type Line = { collection?: string; id?: string; data?: DocData; format?: string; end?: boolean; counts?: Record<string, number> };
const linesOf = (file: string): Line[] => {
  const bytes = readFileSync(file);
  const text = (bytes[0] === 0x1f ? gunzipSync(bytes) : bytes).toString('utf8');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);
};
const docsOf = (file: string) => linesOf(file).filter((l) => l.collection);

/** Quiet stdout/stderr of the entries, keeping what they said. */
async function quietly(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const spy = (s: string | Uint8Array) => void (out += String(s));
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (spy(s), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (spy(s), true));
  try {
    return { code: await run(), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const sample = (area: string, n: number): DocData => ({
  areaId: area,
  note: `ข้อมูลของ ${area} ลำดับ ${n}`,
  nested: { list: [1, 'สอง', { three: true }], empty: {} },
  score: n + 0.5,
  nothing: null,
});

/** Both offices in one SQLite store: the demo office as local mode seeds it, a document in every collection, system records. */
async function seedTwoOffices(store: DocumentStore): Promise<void> {
  const clock = new ManualClock(new Date('2026-11-20T03:00:00.000Z'));
  const repos = createRepositories(store);
  await seedDemoOffice({ repos, clock });
  await repos.areas.create(newArea({ id: OTHER, name: 'สพป.อื่น เขต 2', kind: 'primary', province: 'ขอนแก่น' }, clock.now().toISOString()));
  await ensureBuiltInTemplates(repos, OTHER, FORM_TEMPLATES, clock.now().toISOString());
  for (const area of [OFFICE, OTHER]) {
    for (const c of Object.values(COLLECTIONS)) {
      if (c === COLLECTIONS.areas || c === COLLECTIONS.processedEvents) continue;
      await store.set(c, `${area}-${c}-1`, sample(area, 1));
    }
    // Records owned through their seminar or round.
    for (const [c, { field, parent }] of Object.entries(OWNED_BY_PARENT)) {
      await store.set(c, `${area}-${c}-1`, { [field]: `${area}-${parent}-1`, at: '2026-11-20T03:00:00.000Z' });
    }
  }
  // More than a page of one collection.
  for (let i = 0; i < 320; i++)
    await store.set(COLLECTIONS.rosterEntries, `${OFFICE}-roster-${String(i).padStart(4, '0')}`, sample(OFFICE, i));
  await store.set(COLLECTIONS.processedEvents, '01JSYSTEMEVENT', {
    type: 'follow',
    receivedAt: '2026-11-20T03:00:00.000Z',
    expireAt: '2026-11-27T03:00:00.000Z',
  });
  await store.set(JOB_RUNS_COLLECTION, 'outbox:2026-11-20T03:00Z', { job: 'outbox', status: 'done' });
}

beforeAll(async () => {
  if (!process.env.FIRESTORE_EMULATOR_HOST)
    throw new Error('FIRESTORE_EMULATOR_HOST is not set: the jest global setup starts the Firestore emulator');
  await clearFirestoreEmulator(process.env.FIRESTORE_EMULATOR_HOST, PROJECT);
  const source = await openBackupStore({ STORE: 'sqlite', DATA_DIR: join(dir, 'source') });
  await seedTwoOffices(source.store);
  await source.close();
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('When an office is backed up from SQLite and restored into Firestore', () => {
  const fromSqlite = join(dir, 'from-sqlite.jsonl.gz');
  const fromFirestore = join(dir, 'from-firestore.jsonl.gz');

  it('then the file holds every collection of that office and nothing of the other office or of the system', async () => {
    const run = await quietly(() => backup(['--area', OFFICE, '--out', fromSqlite], sqliteEnv('source')));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain(`สำรองข้อมูลสำนักงาน ${OFFICE} แล้ว`);
    const lines = linesOf(fromSqlite);
    expect(lines[0]).toMatchObject({ format: 'nithet-backup', version: 1, areaId: OFFICE, source: 'sqlite' });
    expect(lines.at(-1)).toMatchObject({ end: true, documents: lines.length - 2 });
    const docs = docsOf(fromSqlite);
    const collections = new Set(docs.map((d) => d.collection));
    const expected = [...Object.values(COLLECTIONS), ...Object.keys(OWNED_BY_PARENT)].filter((c) => c !== COLLECTIONS.processedEvents);
    expect([...collections].sort()).toEqual(expected.sort());
    expect(docs.filter((d) => JSON.stringify(d).includes(OTHER))).toEqual([]);
    expect(docs.filter((d) => d.collection === COLLECTIONS.rosterEntries)).toHaveLength(321);
    expect(docs.find((d) => d.collection === COLLECTIONS.areas)).toMatchObject({ id: OFFICE, data: { name: DEMO_AREA.name } });
  });

  it('then the restore writes it into the empty Firestore, and a backup from there has exactly the same documents', async () => {
    const run = await quietly(() => restore(['--in', fromSqlite], firestoreEnv()));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain(`กู้คืนข้อมูลสำนักงาน ${OFFICE} แล้ว`);
    expect((await quietly(() => backup(['--area', OFFICE, '--out', fromFirestore], firestoreEnv()))).code).toBe(EXIT.ok);
    expect(docsOf(fromFirestore)).toEqual(docsOf(fromSqlite));
    expect(linesOf(fromFirestore)[0]).toMatchObject({ source: 'firestore', areaId: OFFICE });
  });

  it('then the Firestore backup restores into an empty SQLite store just the same', async () => {
    expect((await quietly(() => restore(['--in', fromFirestore], sqliteEnv('copy')))).code).toBe(EXIT.ok);
    const again = join(dir, 'from-copy.jsonl');
    expect((await quietly(() => backup(['--area', OFFICE, '--out', again], sqliteEnv('copy')))).code).toBe(EXIT.ok);
    expect(docsOf(again)).toEqual(docsOf(fromSqlite));
  });

  it('then restoring over the office again is refused (exit 3, nothing changed) unless --force', async () => {
    const target = await openBackupStore({
      STORE: 'firestore',
      DATA_DIR: dir,
      FIRESTORE_PROJECT_ID: PROJECT,
      FIRESTORE_EMULATOR_HOST: process.env.FIRESTORE_EMULATOR_HOST,
    });
    try {
      await target.store.set(COLLECTIONS.schools, `${OFFICE}-schools-1`, { ...sample(OFFICE, 1), note: 'แก้ไขหลังสำรอง' });
      const refused = await quietly(() => restore(['--in', fromSqlite], firestoreEnv()));
      expect(refused.code).toBe(EXIT.notEmpty);
      expect(refused.out).toContain('มีข้อมูลของสำนักงาน');
      expect((await target.store.get(COLLECTIONS.schools, `${OFFICE}-schools-1`))?.note).toBe('แก้ไขหลังสำรอง');
      expect((await quietly(() => restore(['--in', fromSqlite, '--force'], firestoreEnv()))).code).toBe(EXIT.ok);
      expect((await target.store.get(COLLECTIONS.schools, `${OFFICE}-schools-1`))?.note).toBe(sample(OFFICE, 1).note);
    } finally {
      await target.close();
    }
  });
});

describe('When a backup file is damaged', () => {
  it('then a file cut short restores nothing and says so', async () => {
    const whole = linesOf(join(dir, 'from-sqlite.jsonl.gz'));
    const cut = join(dir, 'cut.jsonl');
    writeFileSync(
      cut,
      whole
        .slice(0, -5)
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const run = await quietly(() => restore(['--in', cut], sqliteEnv('from-cut')));
    expect(run.code).toBe(EXIT.failed);
    expect(run.out).toContain('end marker');
    const store = await openBackupStore({ STORE: 'sqlite', DATA_DIR: join(dir, 'from-cut') });
    expect(await store.listCollections()).toEqual([]);
    await store.close();
  });

  it('then a file whose documents do not match its counts restores nothing', async () => {
    const whole = linesOf(join(dir, 'from-sqlite.jsonl.gz'));
    const edited = join(dir, 'edited.jsonl');
    writeFileSync(edited, [...whole.slice(0, 3), ...whole.slice(4)].map((l) => JSON.stringify(l)).join('\n'));
    const run = await quietly(() => restore(['--in', edited], sqliteEnv('from-edited')));
    expect(run.code).toBe(EXIT.failed);
    expect(run.out).toContain('does not match its own counts');
  });
});

describe('When a collection holds documents the backup cannot place in an office', () => {
  it('then the backup fails naming the collection and leaves no file behind', async () => {
    const store = await openBackupStore({ STORE: 'sqlite', DATA_DIR: join(dir, 'source') });
    await store.store.set('mysteryRecords', 'x1', { note: 'no areaId here' });
    await store.close();
    const out = join(dir, 'refused.jsonl.gz');
    const run = await quietly(() => backup(['--area', OFFICE, '--out', out], sqliteEnv('source')));
    expect(run.code).toBe(EXIT.failed);
    expect(run.out).toContain('"mysteryRecords"');
    expect(existsSync(out)).toBe(false);
  });

  it('then an unknown office is a clear failure, and wrong usage is exit 2 with the usage line', async () => {
    const unknown = await quietly(() => backup(['--area', 'nobody', '--out', join(dir, 'nobody.jsonl')], sqliteEnv('copy')));
    expect(unknown.code).toBe(EXIT.failed);
    expect(unknown.out).toContain('No office "nobody"');
    const usage = await quietly(() => backup(['--out', join(dir, 'x.jsonl')], sqliteEnv('copy')));
    expect(usage.code).toBe(EXIT.usage);
    expect(usage.out).toContain('npm run backup -- --area');
  });
});
