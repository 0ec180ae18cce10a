// The pure import plan: Thai row errors, creates, updates, and re-imports that change nothing.
import type { Member } from '../domain/member';
import type { School } from '../domain/school';
import {
  checkDirectoryTable,
  memberRowSchema,
  planMemberImport,
  planSchoolImport,
  schoolRowSchema,
  toPreview,
  type RawTable,
  type RosterEntry,
} from './index';

const ctx = { areaId: 'esa-1', now: '2026-01-10T02:00:00.000Z' };
const later = { ...ctx, now: '2026-01-11T02:00:00.000Z' };
const table = (headers: string[], ...rows: string[][]): RawTable => ({ headers, rows: rows.map((cells, i) => ({ row: i + 2, cells })) });

const schoolHeaders = ['รหัสโรงเรียน', 'ชื่อโรงเรียน', 'อำเภอ', 'กลุ่มโรงเรียน', 'ระดับที่เปิดสอน'];
const schoolFile = table(
  schoolHeaders,
  ['1040010001', 'โรงเรียนบ้านหนองบัว', 'เมือง', 'กลุ่มที่ 1', 'ปฐมวัย, ประถมศึกษา'],
  ['1040010002', 'โรงเรียนวัดป่าเลไลยก์', 'ท่าพระ', '', 'ประถมศึกษา; ม.ต้น'],
);
const planSchools = (file: RawTable, current: School[], c = ctx) =>
  planSchoolImport(checkDirectoryTable('schools', file, schoolRowSchema), current, c);

describe('When a supervisor imports schools', () => {
  it('then new codes are created with Thai text and levels as stored values', () => {
    const plan = planSchools(schoolFile, []);
    expect(plan.errors).toEqual([]);
    expect(plan.toCreate.map((w) => w.doc)).toEqual([
      expect.objectContaining({ id: 'esa-1:1040010001', name: 'โรงเรียนบ้านหนองบัว', levels: ['early-childhood', 'primary'] }),
      expect.objectContaining({ id: 'esa-1:1040010002', cluster: '', levels: ['primary', 'lower-secondary'] }),
    ]);
  });

  it('then importing the same file again changes nothing', () => {
    const stored = planSchools(schoolFile, []).toCreate.map((w) => w.doc as School);
    const again = planSchools(schoolFile, stored, later);
    expect([again.toCreate.length, again.toUpdate.length, again.unchanged.length]).toEqual([0, 0, 2]);
  });

  it('then an edited row is an update naming the changed column, with a new updatedAt only', () => {
    const stored = planSchools(schoolFile, []).toCreate.map((w) => w.doc as School);
    const edited = table(schoolHeaders, ['1040010002', 'โรงเรียนวัดป่าเลไลยก์', 'ท่าพระ', 'กลุ่มที่ 2', 'ประถมศึกษา, ม.ต้น']);
    const plan = planSchools(edited, stored, later);
    expect(plan.toUpdate).toHaveLength(1);
    expect(plan.toUpdate[0]!.changed).toEqual(['cluster']);
    expect(plan.toUpdate[0]!.doc).toMatchObject({ createdAt: ctx.now, updatedAt: later.now, cluster: 'กลุ่มที่ 2' });
  });

  it('then a file without a column leaves that field alone, and English headers are accepted', () => {
    const stored = planSchools(schoolFile, []).toCreate.map((w) => w.doc as School);
    const plan = planSchools(table(['School code', 'School name'], ['1040010001', 'โรงเรียนบ้านหนองบัว']), stored, later);
    expect(plan.unchanged).toHaveLength(1);
  });

  it('then bad rows get Thai messages naming row and column, and are not planned', () => {
    const bad = table(schoolHeaders, ['10/4', '', '', '', 'อุดมศึกษา'], ['1040010001', 'ก', '', '', ''], ['1040010001', 'ข', '', '', '']);
    const plan = planSchools(bad, []);
    expect(plan.errors.map((e) => [e.row, e.header])).toEqual([
      [2, 'รหัสโรงเรียน'],
      [2, 'ชื่อโรงเรียน'],
      [2, 'ระดับที่เปิดสอน'],
      [4, 'รหัสโรงเรียน'],
    ]);
    expect(plan.errors[1]!.message).toBe('กรุณากรอกชื่อโรงเรียน');
    expect(plan.errors[3]!.message).toContain('แถวที่ 3');
    expect(toPreview(plan).counts).toEqual({ create: 1, update: 0, unchanged: 0, invalid: 2 });
  });

  it('then a file without the required headers is refused as a whole, in Thai', () => {
    const plan = planSchools(table(['ชื่อ', 'อำเภอ'], ['x', 'y']), []);
    expect(plan.fileErrors[0]).toContain('รหัสโรงเรียน');
    expect(plan.toCreate).toHaveLength(0);
  });
});

const memberHeaders = ['คำนำหน้า', 'ชื่อ', 'นามสกุล', 'รหัสโรงเรียน', 'ตำแหน่ง', 'วิชาที่สอน', 'ระดับชั้นที่สอน', 'เบอร์โทรศัพท์', 'LINE user id'];
const registered: Member = {
  id: 'esa-1:U00000000000000000000000000007001',
  areaId: 'esa-1',
  lineUserId: 'U00000000000000000000000000007001',
  displayName: 'Somsri',
  status: 'following',
  roles: ['teacher'],
  profile: {
    title: 'นางสาว',
    firstName: 'สมศรี',
    lastName: 'ใจดี',
    schoolCode: '1040010001',
    position: 'teacher',
    subjects: ['คณิตศาสตร์'],
    levels: ['primary'],
  },
  registeredAt: ctx.now,
  profileConfirmedAt: ctx.now,
  consents: [],
  followedAt: ctx.now,
  createdAt: ctx.now,
  updatedAt: ctx.now,
};
const people = { members: [registered], roster: [] as RosterEntry[], schoolCodes: new Set(['1040010001', '1040010002']) };
const planPeople = (file: RawTable, current = people, c = ctx) =>
  planMemberImport(checkDirectoryTable('members', file, memberRowSchema), current, c);

describe('When a supervisor imports members', () => {
  const file = table(
    memberHeaders,
    ['นาย', 'สมชาย', 'รักเรียน', '1040010002', 'ครู', 'วิทยาศาสตร์, คณิตศาสตร์', 'ประถมศึกษา', '81-234-5678', ''],
    ['น.ส.', 'สมศรี', 'ใจดี', '1040010001', 'ครู', 'คณิตศาสตร์', 'ประถมศึกษา', '', ''],
  );

  it('then a person without LINE becomes a roster entry keyed by school + name, and a registered one is matched by name', () => {
    const plan = planPeople(file);
    expect(plan.errors).toEqual([]);
    expect(plan.toCreate).toHaveLength(1);
    expect(plan.toCreate[0]).toMatchObject({ target: 'rosterEntries', doc: { personKey: '1040010002|สมชาย|รักเรียน', phone: '0812345678' } });
    expect(plan.unchanged).toEqual([{ row: 3, id: registered.id }]);
  });

  it('then re-importing the same file changes nothing', () => {
    const roster = planPeople(file).toCreate.map((w) => w.doc as RosterEntry);
    const again = planPeople(file, { ...people, roster }, later);
    expect([again.toCreate.length, again.toUpdate.length, again.unchanged.length]).toEqual([0, 0, 2]);
  });

  it('then a changed position updates the registered Member’s profile', () => {
    const edited = table(memberHeaders, [
      'นางสาว',
      'สมศรี',
      'ใจดี',
      '1040010001',
      'ผู้อำนวยการ',
      'คณิตศาสตร์',
      'ประถมศึกษา',
      '',
      registered.lineUserId,
    ]);
    const plan = planPeople(edited);
    expect(plan.toUpdate[0]).toMatchObject({ target: 'members', changed: ['position'], doc: { profile: { position: 'director' } } });
  });

  it('then unknown schools, unknown LINE users, bad phones and titles are Thai row errors', () => {
    const bad = table(
      memberHeaders,
      ['นาย', 'ก', 'ข', '9999999', 'ครู', '', '', '', ''],
      ['นาย', 'ค', 'ง', '1040010001', 'ครู', '', '', '', 'U0000000000000000000000000000dead'],
      ['ท่าน', 'จ', 'ฉ', '1040010001', 'ครู', '', '', '12', ''],
    );
    const plan = planPeople(bad);
    expect(plan.errors.map((e) => [e.row, e.column])).toEqual([
      [2, 'schoolCode'],
      [3, 'lineUserId'],
      [4, 'title'],
      [4, 'phone'],
    ]);
    expect(plan.errors.every((e) => /[ก-๙]/.test(e.message))).toBe(true);
  });
});
