// `npm run backup -- --files` on the self-hosted layout (SQLite + files on disk): the office's uploaded evidence and library
// documents travel in the same archive, restore into an empty server where people download the same bytes; another
// office's files stay out, a damaged file line restores nothing, and a file gone from disk is reported.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import { main as backup } from '../src/entry/backup';
import { main as restore } from '../src/entry/restore';
import { EXIT } from '../src/backup/backup-cli';
import { openBackupStore } from '../src/backup/backup-store';
import { startTestStack } from './support/local-stack';
import { api, COORDINATOR } from './support/people';

const OFFICE = 'demo-esa';
const NET = 'net-lead2570'; // the demo coordinator's network
const dir = mkdtempSync(join(tmpdir(), 'nithet-backup-files-'));
const source = join(dir, 'source');
const OTHER_OFFICE_FILE = 'areas/other-esa/networks/net-x/activities/nac-x/f-other.jpg';
type Stack = Awaited<ReturnType<typeof startTestStack>>;
type Line = { file?: string; data?: string; sha256?: string; collection?: string; end?: boolean; files?: number };

function jpeg(): Buffer {
  const canvas = createCanvas(64, 48);
  const g = canvas.getContext('2d');
  g.fillStyle = '#2a7';
  g.fillRect(0, 0, 64, 48);
  return canvas.toBuffer('image/jpeg');
}

async function upload(stack: Stack, path: string, bytes: Buffer, name: string) {
  const res = await fetch(`${stack.botUrl}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${stack.platform.mintIdToken(COORDINATOR)}`,
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent(name),
    },
    body: new Blob([new Uint8Array(bytes)]),
  });
  return { status: res.status, body: (await res.json()) as { activity: { evidence: Array<{ id: string }> } } };
}

async function download(stack: Stack, path: string): Promise<{ status: number; bytes: Buffer }> {
  const res = await fetch(`${stack.botUrl}${path}`, { headers: { authorization: `Bearer ${stack.platform.mintIdToken(COORDINATOR)}` } });
  return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()) };
}

async function quietly(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const keep = (s: string | Uint8Array) => void (out += String(s));
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (keep(s), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (keep(s), true));
  try {
    return { code: await run(), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

const linesOf = (file: string): Line[] =>
  gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Line);

const photo = jpeg();
let evidencePath = '';
let evidenceKey = '';

beforeAll(async () => {
  const stack = await startTestStack(source);
  try {
    const activity = await api(stack, COORDINATOR, 'POST', `/api/networks/${NET}/activities`, {
      title: 'ประชุมเชิงปฏิบัติการออกแบบการเรียนรู้',
      kind: 'workshop',
      date: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
    });
    const activityId = activity.body.activity.id as string;
    const sent = await upload(stack, `/api/networks/${NET}/activities/${activityId}/evidence`, photo, 'ภาพกิจกรรม.jpg');
    expect(sent.status).toBe(201);
    evidencePath = `/api/networks/${NET}/activities/${activityId}/evidence/${sent.body.activity.evidence[0]!.id}`;
    evidenceKey = (await stack.deps.repos.networkActivities.get(activityId))!.evidence[0]!.key;
    const doc = await upload(stack, `/api/networks/${NET}/library/documents?title=${encodeURIComponent('ภาพชุดที่ 2')}`, photo, 'ชุด2.jpg');
    expect(doc.status).toBe(201);
  } finally {
    await stack.stop();
  }
  // Another office's file in the same folder (a shared server) must never leave with this office.
  mkdirSync(join(source, 'files', 'areas/other-esa/networks/net-x/activities/nac-x'), { recursive: true });
  writeFileSync(join(source, 'files', OTHER_OFFICE_FILE), Buffer.from('other office'));
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('When the office is backed up with --files', () => {
  const archive = join(dir, 'with-files.jsonl.gz');

  it("then the archive holds the office's two uploaded files after its documents, and not the other office's", async () => {
    const run = await quietly(() => backup(['--area', OFFICE, '--out', archive, '--files'], { STORE: 'sqlite', DATA_DIR: source }));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('ไฟล์ที่อัปโหลด 2 ไฟล์');
    const lines = linesOf(archive);
    const files = lines.filter((l) => l.file);
    expect(files.map((l) => l.file)).toEqual(expect.arrayContaining([evidenceKey]));
    expect(files).toHaveLength(2);
    expect(files.map((l) => Buffer.from(l.data!, 'base64').equals(photo))).toEqual([true, true]);
    expect(lines.findIndex((l) => l.file)).toBeGreaterThan(lines.findLastIndex((l) => l.collection));
    expect(lines.at(-1)).toMatchObject({ end: true, files: 2 });
    expect(JSON.stringify(lines)).not.toContain('other-esa');
  });

  it('then it restores into an empty server, where the coordinator downloads the very same photo', async () => {
    const target = join(dir, 'restored');
    const run = await quietly(() => restore(['--in', archive], { STORE: 'sqlite', DATA_DIR: target }));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('ไฟล์ที่อัปโหลด 2 ไฟล์');
    expect(readFileSync(join(target, 'files', evidenceKey)).equals(photo)).toBe(true);
    const stack = await startTestStack(target);
    try {
      const got = await download(stack, evidencePath);
      expect(got.status).toBe(200);
      expect(got.bytes.equals(photo)).toBe(true);
      const library = await api(stack, COORDINATOR, 'GET', `/api/networks/${NET}/library`);
      expect(library.body.items.map((i: { title: string }) => i.title)).toContain('ภาพชุดที่ 2');
    } finally {
      await stack.stop();
    }
  }, 60_000);

  it('then a file line whose bytes were changed restores nothing at all, documents included', async () => {
    const edited = join(dir, 'edited.jsonl');
    const lines = linesOf(archive).map((l) => (l.file ? { ...l, data: Buffer.from('not the photo').toString('base64') } : l));
    writeFileSync(edited, lines.map((l) => JSON.stringify(l)).join('\n'));
    const target = join(dir, 'from-edited');
    const run = await quietly(() => restore(['--in', edited], { STORE: 'sqlite', DATA_DIR: target }));
    expect(run.code).toBe(EXIT.failed);
    expect(run.out).toContain('does not match its size or SHA-256');
    expect(existsSync(join(target, 'files'))).toBe(false);
    const store = await openBackupStore({ STORE: 'sqlite', DATA_DIR: target });
    expect(await store.listCollections()).toEqual([]);
    await store.close();
  });
});

describe('When the office is backed up without --files', () => {
  it('then the archive holds documents only and the command says how to include the files', async () => {
    const archive = join(dir, 'documents-only.jsonl.gz');
    const run = await quietly(() => backup(['--area', OFFICE, '--out', archive], { STORE: 'sqlite', DATA_DIR: source }));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('ใช้ --files');
    expect(linesOf(archive).filter((l) => l.file)).toEqual([]);
  });
});

describe('When a recorded file is gone from the disk', () => {
  it('then the backup still completes and names the missing file', async () => {
    rmSync(join(source, 'files', evidenceKey));
    const archive = join(dir, 'missing.jsonl.gz');
    const run = await quietly(() => backup(['--area', OFFICE, '--out', archive, '--files'], { STORE: 'sqlite', DATA_DIR: source }));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('คำเตือน: ไม่พบไฟล์ 1 ไฟล์');
    expect(run.out).toContain(evidenceKey);
    expect(linesOf(archive).at(-1)).toMatchObject({ files: 1 });
  });
});
