// The streamed export of a round's answers on a real SQLite store, read back: XLSX and CSV hold every response once
// across pages (columns per question, one per grid item, labels for choices), names and LINE ids only when asked for
// on a named round; a slow reader is waited for and a download cut short stops the export instead of hanging.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import {
  createRepositories,
  formDefinitionSchema,
  memberDocId,
  memberRoundDocId,
  type FormResponse,
  type FormRound,
  type Member,
  type Repositories,
} from '@nithet/shared';
import { createSqliteStore } from '../src/store/sqlite/sqlite-store';
import { exportFile, streamResponses, type ExportInput } from '../src/forms/export-responses';
import { readXlsx } from './support/directory-files';

const AREA = 'demo-esa';
const T = '2027-01-05T03:00:00.000Z';
const DEFINITION = formDefinitionSchema.parse({
  id: 'export-test',
  version: 1,
  kind: 'evaluation',
  title: 'แบบติดตาม (ทดสอบ)',
  sections: [
    {
      id: 's1',
      title: 'ส่วนที่ 1',
      questions: [
        {
          id: 'role',
          kind: 'single-choice',
          label: 'ผู้ประเมิน',
          required: true,
          options: [
            { value: 'member', label: 'สมาชิกเครือข่าย' },
            { value: 'leader', label: 'แกนนำเครือข่าย' },
          ],
        },
        {
          id: 'process',
          kind: 'rating-grid',
          label: 'กระบวนการ',
          required: true,
          items: [
            { id: 'plan', label: 'การวางแผน' },
            { id: 'share', label: 'การแลกเปลี่ยนเรียนรู้' },
          ],
        },
        { id: 'note', kind: 'long-text', label: 'ข้อเสนอแนะ', required: false },
      ],
    },
  ],
});
const SCHOOLS = new Map([
  ['1040010001', 'โรงเรียนบ้านหนองบัว'],
  ['1040010002', 'โรงเรียนวัดศรีสว่าง'],
]);
const lineId = (n: number) => `U${(0xe00000 + n).toString(16).padStart(32, '0')}`;

function round(id: string, anonymous: boolean): FormRound {
  return {
    id,
    areaId: AREA,
    title: 'ติดตามผล "ภาคเรียนที่ 2/2569"',
    templateId: 'export-test',
    templateVersion: 1,
    audience: { networkIds: [], levels: [], schoolCodes: [], seminarId: null },
    opensAt: T,
    closesAt: '2027-02-05T00:00:00.000Z',
    anonymous,
    status: 'open',
    openedAt: T,
    responseCount: 0,
    createdBy: 'sup',
    createdAt: T,
    updatedAt: T,
  };
}

function member(n: number): Member {
  return {
    id: memberDocId(AREA, lineId(n)),
    areaId: AREA,
    lineUserId: lineId(n),
    displayName: `ครู ${n}`,
    status: 'following',
    roles: ['teacher'],
    profile: null,
    registeredAt: T,
    profileConfirmedAt: T,
    consents: [],
    followedAt: T,
    createdAt: T,
    updatedAt: T,
  };
}

function response(r: FormRound, n: number): FormResponse {
  const memberId = memberDocId(AREA, lineId(n));
  return {
    id: r.anonymous ? `${r.id}:a-${String(n).padStart(4, '0')}` : memberRoundDocId(r.id, memberId),
    areaId: AREA,
    roundId: r.id,
    templateVersion: 1,
    memberId: r.anonymous ? null : memberId,
    answers: {
      role: n % 2 ? 'leader' : 'member',
      process: { plan: 1 + (n % 5), share: 5 - (n % 5) },
      ...(n % 3 === 0 ? { note: `ควรมีเวทีแลกเปลี่ยน, ครั้งที่ ${n}` } : {}),
    },
    groups: { schoolCode: n % 4 === 3 ? null : `104001000${1 + (n % 2)}`, levels: ['primary'], networkIds: [] },
    submissionKey: `key-${n}`,
    submittedAt: T,
    createdAt: T,
    updatedAt: T,
  };
}

let repos: Repositories;
const named = round('rnd-named', false);
const anonymous = round('rnd-anon', true);
const PEOPLE = 7;

beforeAll(async () => {
  repos = createRepositories(createSqliteStore({ file: join(mkdtempSync(join(tmpdir(), 'nithet-export-')), 'nithet.sqlite') }));
  for (let n = 0; n < PEOPLE; n += 1) {
    await repos.members.put(member(n));
    await repos.formResponses.put(response(named, n));
    await repos.formResponses.put(response(anonymous, n));
  }
  await repos.formResponses.put(response(round('rnd-other', false), 99)); // another round's answer stays out
});
afterAll(() => repos.store.close());

const input = (r: FormRound, format: 'xlsx' | 'csv', identify: boolean): ExportInput => ({
  repos,
  round: r,
  definition: DEFINITION,
  schoolNames: SCHOOLS,
  format,
  identify,
  pageSize: 3, // three pages for seven answers
});

async function exported(i: ExportInput): Promise<{ rows: string[][]; bytes: Buffer; count: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const count = await streamResponses(i, out);
  const bytes = Buffer.concat(chunks);
  // Empty cells are holes in what the XLSX reader gives back: read them as ''.
  const rows =
    i.format === 'xlsx'
      ? (await readXlsx(bytes)).map((r) => Array.from(r, (c) => c ?? ''))
      : (parse(bytes.subarray(3).toString('utf8')) as string[][]);
  return { rows, bytes, count };
}

describe('When a supervisor exports a named round without names', () => {
  it('then the XLSX has every answer once across pages, a column per question and grid item, and no one named', async () => {
    const { rows, count } = await exported(input(named, 'xlsx', false));
    expect(count).toBe(PEOPLE);
    expect(rows[0]).toEqual([
      'ลำดับ',
      'โรงเรียน/หน่วยงาน',
      'ตอบเมื่อ',
      'ผู้ประเมิน',
      'กระบวนการ — การวางแผน',
      'กระบวนการ — การแลกเปลี่ยนเรียนรู้',
      'ข้อเสนอแนะ',
    ]);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    // Rows come in the store's order (by member here); each member's answers appear exactly once.
    const byPlan = rows.slice(1).map((r) => `${r[3]}|${r[4]}|${r[5]}`);
    const expected = Array.from({ length: PEOPLE }, (_, n) => `${n % 2 ? 'แกนนำเครือข่าย' : 'สมาชิกเครือข่าย'}|${1 + (n % 5)}|${5 - (n % 5)}`);
    expect(byPlan).toEqual(expected);
    expect(rows[1]![1]).toBe('โรงเรียนบ้านหนองบัว');
    expect(rows[4]![1]).toBe(''); // no school
    expect(rows[1]![6]).toBe('ควรมีเวทีแลกเปลี่ยน, ครั้งที่ 0');
    expect(JSON.stringify(rows)).not.toContain(lineId(0));
    expect(JSON.stringify(rows)).not.toContain('ครู 0');
  });
});

describe('When names are asked for on a named round', () => {
  it('then the XLSX and the CSV carry the same rows, with names and LINE ids looked up page by page', async () => {
    const xlsx = await exported(input(named, 'xlsx', true));
    const csv = await exported(input(named, 'csv', true));
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(xlsx.rows[0]!.slice(0, 3)).toEqual(['ลำดับ', 'ชื่อ-สกุล', 'LINE user id']);
    expect(xlsx.rows.slice(1).map((r) => r.slice(1, 3))).toEqual(Array.from({ length: PEOPLE }, (_, n) => [`ครู ${n}`, lineId(n)]));
    // A spreadsheet leaves out empty cells at the end of a row; the CSV keeps them.
    const trimmed = (rows: string[][]) => rows.map((r) => r.slice(0, r.findLastIndex((c) => c !== '') + 1));
    expect(trimmed(csv.rows)).toEqual(trimmed(xlsx.rows));
    expect(exportFile(named, 'csv').contentType).toBe('text/csv; charset=utf-8');
    expect(decodeURIComponent(exportFile(named, 'xlsx').disposition)).toContain('คำตอบ-ติดตามผล  ภาคเรียนที่ 2 2569 .xlsx');
  });
});

describe('When names are asked for on an anonymous round', () => {
  it('then neither file names anyone nor their school', async () => {
    for (const format of ['xlsx', 'csv'] as const) {
      const { rows, count } = await exported(input(anonymous, format, true));
      expect(count).toBe(PEOPLE);
      expect(rows[0]).not.toContain('ชื่อ-สกุล');
      expect(rows.slice(1).map((r) => r[1])).toEqual(Array(PEOPLE).fill(''));
      expect(JSON.stringify(rows)).not.toMatch(/ครู \d|U00000000/);
    }
  });
});

describe('When the one downloading reads slowly or goes away', () => {
  it('then a slow reader gets the whole file, and a download cut short ends the export with an error', async () => {
    const chunks: Buffer[] = [];
    const slow = new Writable({
      highWaterMark: 64,
      write(chunk: Buffer, _enc, done) {
        chunks.push(chunk);
        setTimeout(done, 2);
      },
    });
    expect(await streamResponses(input(named, 'csv', true), slow)).toBe(PEOPLE);
    const rows = parse(Buffer.concat(chunks).subarray(3).toString('utf8')) as string[][];
    expect(rows).toHaveLength(PEOPLE + 1);

    for (const format of ['csv', 'xlsx'] as const) {
      let written = 0;
      const cut = new Writable({
        highWaterMark: 64,
        write(_chunk, _enc, done) {
          written += 1;
          if (written === 2) this.destroy();
          else setTimeout(done, 2);
        },
      });
      await expect(streamResponses(input(named, format, true), cut)).rejects.toThrow();
    }
  });
});
