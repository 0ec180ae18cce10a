// The directory API over real HTTP: Thai row errors in the preview, idempotent imports, CSV + XLSX, export round trips.
import { schoolDocId } from '@nithet/shared';
import { rosterRepository } from '../src/directory/directory-service';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { CSV_TYPE, csvOf, directoryClient, readXlsx, XLSX_TYPE, xlsxOf } from './support/directory-files';
import { followAndRegister } from './support/people';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
let sup: ReturnType<typeof directoryClient>;
const AREA = 'demo-esa';

beforeAll(async () => {
  stack = await startTestStack();
  sup = directoryClient(stack, SUPERVISOR);
  await stack.platform.sendEvent(TEACHER, { type: 'follow' });
});
afterAll(async () => {
  await stack.stop();
});

const schoolHeader = ['รหัสโรงเรียน', 'ชื่อโรงเรียน', 'อำเภอ', 'กลุ่มโรงเรียน', 'ระดับที่เปิดสอน'];
const newSchools = [
  ['1040020001', 'โรงเรียนบ้านหนองเรือ', 'หนองเรือ', 'กลุ่มหนองเรือ 1', 'ปฐมวัย, ประถมศึกษา'],
  ['1040020002', 'โรงเรียนบ้านโนนสะอาด "วิทยาคาร"', 'หนองเรือ', 'กลุ่มหนองเรือ 1', 'มัธยมศึกษาตอนต้น'],
];
const memberHeader = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'รหัสโรงเรียน', 'ตำแหน่ง', 'วิชาที่สอน', 'ระดับชั้นที่สอน', 'เบอร์โทรศัพท์', 'LINE user id'];
const people = [
  ['นางสาว', 'กัญญาณัฐ', 'ศรีประเสริฐ', '1040020001', 'ครู', 'ภาษาไทย, สังคมศึกษา', 'ประถมศึกษา', '0812345678', ''],
  ['นาย', 'ธนพล', 'แก้วมณี', '1040010001', 'ผู้อำนวยการสถานศึกษา', '', '', '', ''],
];
const schoolCount = async () => stack.deps.repos.schools.count([{ field: 'areaId', op: '==', value: AREA }]);
const roster = () => rosterRepository(stack.deps.repos.store);

describe('When someone who is not a supervisor uses the directory', () => {
  it('then a teacher gets 403 and no token gets 401, and nothing is read or written', async () => {
    const teacher = directoryClient(stack, TEACHER);
    expect((await teacher.send('schools', 'import', csvOf([schoolHeader, ...newSchools]), CSV_TYPE)).status).toBe(403);
    expect((await teacher.download('members', 'csv')).status).toBe(403);
    const anon = await fetch(`${stack.botUrl}/api/directory/schools/preview`, { method: 'POST', body: 'x' });
    expect(anon.status).toBe(401);
    expect(await schoolCount()).toBe(12);
  });
});

describe('When a supervisor previews a school file with bad rows', () => {
  it('then each bad cell is named by row and Thai header with a Thai message, and nothing is written', async () => {
    const file = csvOf([schoolHeader, ...newSchools, ['12', '', '', '', 'อุดมศึกษา'], newSchools[0]!]);
    const { status, json } = await sup.send('schools', 'preview', file, CSV_TYPE);
    expect(status).toBe(200);
    expect(json.counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 2 });
    expect(json.errors.map((e: { row: number; header: string }) => [e.row, e.header])).toEqual([
      [4, 'รหัสโรงเรียน'],
      [4, 'ชื่อโรงเรียน'],
      [4, 'ระดับที่เปิดสอน'],
      [5, 'รหัสโรงเรียน'],
    ]);
    expect(json.errors[1].message).toBe('กรุณากรอกชื่อโรงเรียน');
    expect(json.errors[3].message).toContain('ซ้ำกับแถวที่ 2');
    expect(await schoolCount()).toBe(12);
  });

  it('then importing that file is refused with 422 and the preview, and nothing is written', async () => {
    const { status, json } = await sup.send('schools', 'import', csvOf([schoolHeader, ...newSchools, ['12', '', '', '', '']]), CSV_TYPE);
    expect(status).toBe(422);
    expect(json.error.code).toBe('directory/invalid-rows');
    expect(json.error.message).toMatch(/[ก-๙]/);
    expect(json.preview.counts.invalid).toBe(1);
    expect(await schoolCount()).toBe(12);
  });
});

describe('When a supervisor imports schools (CSV) and then people (XLSX)', () => {
  it('then new schools are created with Thai text intact', async () => {
    const { status, json } = await sup.send('schools', 'import', csvOf([schoolHeader, ...newSchools]), CSV_TYPE);
    expect(status).toBe(200);
    expect(json.counts).toEqual({ created: 2, updated: 0, unchanged: 0, skippedInvalid: 0 });
    const school = await stack.deps.repos.schools.get(schoolDocId(AREA, '1040020002'));
    expect(school).toMatchObject({ name: 'โรงเรียนบ้านโนนสะอาด "วิทยาคาร"', levels: ['lower-secondary'], areaId: AREA });
  });

  it('then re-importing the same file changes nothing, not even updatedAt', async () => {
    const before = await stack.deps.repos.schools.get(schoolDocId(AREA, '1040020001'));
    const { json } = await sup.send('schools', 'import', csvOf([schoolHeader, ...newSchools]), CSV_TYPE);
    expect(json.counts).toEqual({ created: 0, updated: 0, unchanged: 2, skippedInvalid: 0 });
    expect((await stack.deps.repos.schools.get(schoolDocId(AREA, '1040020001')))?.updatedAt).toBe(before?.updatedAt);
    expect(await schoolCount()).toBe(14);
  });

  it('then an edited row updates only that school', async () => {
    const edited = [newSchools[0]!, [...newSchools[1]!.slice(0, 3), 'กลุ่มหนองเรือ 2', 'มัธยมศึกษาตอนต้น']];
    const preview = await sup.send('schools', 'preview', await xlsxOf({ โรงเรียน: [schoolHeader, ...edited] }), XLSX_TYPE);
    expect(preview.json.update[0]).toMatchObject({ row: 3, changed: ['cluster'] });
    const { json } = await sup.send('schools', 'import', await xlsxOf({ โรงเรียน: [schoolHeader, ...edited] }), XLSX_TYPE);
    expect(json.counts).toEqual({ created: 0, updated: 1, unchanged: 1, skippedInvalid: 0 });
    expect((await stack.deps.repos.schools.get(schoolDocId(AREA, '1040020002')))?.cluster).toBe('กลุ่มหนองเรือ 2');
  });

  it('then people without LINE become roster entries, the sheet is found by its headers, and a re-import changes nothing', async () => {
    const file = await xlsxOf({ โรงเรียน: [schoolHeader, ...newSchools], บุคลากร: [memberHeader, ...people] });
    const first = await sup.send('members', 'import', file, XLSX_TYPE);
    expect(first.json.counts).toEqual({ created: 2, updated: 0, unchanged: 0, skippedInvalid: 0 });
    const { items } = await roster().list({ where: [{ field: 'areaId', op: '==', value: AREA }] });
    expect(items.map((r) => `${r.firstName} ${r.lastName}`).sort()).toEqual(['กัญญาณัฐ ศรีประเสริฐ', 'ธนพล แก้วมณี']);
    const again = await sup.send('members', 'import', file, XLSX_TYPE);
    expect(again.json.counts).toEqual({ created: 0, updated: 0, unchanged: 2, skippedInvalid: 0 });
  });

  it('then with skipInvalid only the valid rows are written and the bad ones are reported', async () => {
    const rows = [
      memberHeader,
      ['ดร.', 'สุดา', 'ใจงาม', '1040010002', 'ครู', '', '', '', ''],
      ['ท่าน', 'ก', 'ข', '1040010002', 'ครู', '', '', '', ''],
      ['นาย', 'ค', 'ง', '9999999999', 'ครู', '', '', '', ''],
    ];
    const { status, json } = await sup.send('members', 'import', csvOf(rows), CSV_TYPE, '?skipInvalid=1');
    expect(status).toBe(200);
    expect(json.counts).toMatchObject({ created: 1, skippedInvalid: 2 });
    expect(json.errors.map((e: { column: string }) => e.column)).toEqual(['title', 'schoolCode']);
  });
});

describe('When a row names a person who registered in LINE', () => {
  it('then it updates that Member’s profile (matched by school + name), never a roster entry or a made-up member', async () => {
    const row = ['นาง', 'วิภาวรรณ', 'ศรีสุข', '1040010001', 'ศึกษานิเทศก์', '', '', '0899999999'];
    const { json } = await sup.send('members', 'import', csvOf([memberHeader.slice(0, 8), row]), CSV_TYPE);
    expect(json.counts).toMatchObject({ created: 0, updated: 1 });
    const me = await stack.deps.repos.members.get(`${AREA}:${SUPERVISOR}`);
    expect(me?.profile?.phone).toBe('0899999999');
    expect(me?.roles).toContain('supervisor');
    expect(await roster().count([{ field: 'personKey', op: '==', value: '1040010001|วิภาวรรณ|ศรีสุข' }])).toBe(0);
  });
});

describe('When a supervisor exports and imports the export again', () => {
  it.each(['csv', 'xlsx'] as const)('then the %s export has Thai headers and names, and importing it changes nothing', async (format) => {
    for (const kind of ['schools', 'members'] as const) {
      const file = await sup.download(kind, format);
      expect(file.status).toBe(200);
      expect(file.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''%E0%B8%97/);
      if (format === 'csv') expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = format === 'csv' ? file.bytes.toString('utf8') : (await readXlsx(file.bytes)).map((r) => r.join(',')).join('\n');
      expect(text).toContain(kind === 'schools' ? 'โรงเรียนบ้านโนนสะอาด' : 'กัญญาณัฐ');
      const { json } = await sup.send(kind, 'import', file.bytes, format === 'csv' ? CSV_TYPE : XLSX_TYPE);
      expect(json.counts).toMatchObject({ created: 0, updated: 0, skippedInvalid: 0 });
      expect(json.counts.unchanged).toBeGreaterThan(1);
    }
  });

  it('then another office’s schools are neither exported nor touched', async () => {
    const now = new Date().toISOString();
    const other = {
      id: schoolDocId('other-esa', '1040020001'),
      areaId: 'other-esa',
      code: '1040020001',
      name: 'โรงเรียนอื่น',
      district: '',
      cluster: '',
      levels: [],
      createdAt: now,
      updatedAt: now,
    };
    await stack.deps.repos.schools.put(other);
    const csv = (await sup.download('schools', 'csv')).bytes.toString('utf8');
    expect(csv).not.toContain('โรงเรียนอื่น');
    await sup.send('schools', 'import', csvOf([schoolHeader, newSchools[0]!]), CSV_TYPE);
    expect(await stack.deps.repos.schools.get(other.id)).toEqual(other);
  });
});

describe('When the file is not a directory file', () => {
  it('then garbage, an old .xls, missing columns and an oversized body get clear errors', async () => {
    const garbage = await sup.send('schools', 'preview', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2, 3]), XLSX_TYPE);
    expect([garbage.status, garbage.json.error.code]).toEqual([400, 'directory/unreadable-file']);
    const xls = await sup.send('schools', 'preview', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'application/vnd.ms-excel');
    expect(xls.json.error.message).toContain('.xlsx');
    const columns = await sup.send(
      'members',
      'import',
      csvOf([
        ['ชื่อ', 'นามสกุล'],
        ['ก', 'ข'],
      ]),
      CSV_TYPE,
    );
    expect([columns.status, columns.json.error.code]).toEqual([400, 'directory/invalid-file']);
    expect(columns.json.error.message).toContain('รหัสโรงเรียน');
    const big = await sup.send('schools', 'preview', Buffer.alloc(6 * 1024 * 1024, 0x41), CSV_TYPE);
    expect(big.status).toBe(413);
    expect(await schoolCount()).toBe(14);
  });
});

describe('When a person on the imported roster later registers through LINE', () => {
  it('then their roster entry records the link to the new Member', async () => {
    const file = csvOf([memberHeader, ['นางสาว', 'มาลี', 'ดีงาม', '1040010004', 'ครู', '', 'ประถมศึกษา', '', '']]);
    expect((await sup.send('members', 'import', file, CSV_TYPE)).status).toBe(200);
    const TEACHER_3 = 'U00000000000000000000000000007003';
    await followAndRegister(stack, TEACHER_3, { title: 'นางสาว', firstName: 'มาลี', lastName: 'ดีงาม', schoolCode: '1040010004' });
    const { items } = await roster().list({ where: [{ field: 'areaId', op: '==', value: AREA }] });
    expect(items.find((e) => e.firstName === 'มาลี')).toMatchObject({ linkedMemberId: `${AREA}:${TEACHER_3}`, linkedLineUserId: TEACHER_3 });
  });
});
