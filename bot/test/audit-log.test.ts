// The audit log over real HTTP (local stack, SQLite): every change to networks, forms and the office's settings
// leaves one Thai line with who and which fields; a refused change leaves none; only the office's supervisors read it.
import { ManualClock, memberDocId, membershipDocId } from '@nithet/shared';
import { formRoundsJob } from '../src/jobs';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { api, COORDINATOR, followAndRegister } from './support/people';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const DAY = 86_400_000;
const SUP_NAME = 'นางวิภาวรรณ ศรีสุข';

beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

interface Entry {
  entity: string;
  entityId: string;
  action: string;
  summary: string;
  actorName: string;
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}
const log = async (query = ''): Promise<Entry[]> => {
  const res = await api(stack, SUPERVISOR, 'GET', `/api/supervisor/audit${query}`);
  expect(res.status).toBe(200);
  return res.body.entries;
};
const lines = (entries: Entry[]) => entries.map((e) => [e.entity, e.action, e.summary]);

describe('When a supervisor changes networks', () => {
  it('then create, edit, archive, coordinator, decisions and pairing each leave one entry, and refused changes none', async () => {
    const created = await api(stack, SUPERVISOR, 'POST', '/api/networks', {
      name: 'เครือข่ายครูคณิตศาสตร์',
      kind: 'teacher-community',
      level: 'office',
      joinCode: 'MATH2570',
      joinPolicy: 'open',
    });
    expect(created.status).toBe(201);
    const id = created.body.network.id as string;
    expect((await api(stack, SUPERVISOR, 'PATCH', `/api/networks/${id}`, { description: 'ครูคณิตศาสตร์ประถม' })).status).toBe(200);
    // Refused: a join code another network holds (409) and a name too long (400): no entry for either.
    expect((await api(stack, SUPERVISOR, 'PATCH', `/api/networks/${id}`, { joinCode: 'SCIENCE1', name: 'ชื่อใหม่' })).status).toBe(409);
    expect((await api(stack, SUPERVISOR, 'PATCH', `/api/networks/${id}`, { name: 'ก'.repeat(500) })).status).toBe(400);
    // A teacher may not edit: 403, no entry.
    await followAndRegister(stack, TEACHER);
    expect((await api(stack, TEACHER, 'PATCH', `/api/networks/${id}`, { description: 'x' })).status).toBe(403);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/networks/${id}/archive`)).status).toBe(200);

    await api(stack, SUPERVISOR, 'POST', '/api/networks/net-science1/coordinators', { memberId: memberDocId('demo-esa', TEACHER) });
    await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'LEAD2570' });
    const pending = membershipDocId('net-lead2570', memberDocId('demo-esa', TEACHER));
    expect((await api(stack, SUPERVISOR, 'POST', `/api/memberships/${pending}/decision`, { decision: 'decline' })).status).toBe(200);
    // Deciding again changes nothing and logs nothing.
    await api(stack, SUPERVISOR, 'POST', `/api/memberships/${pending}/decision`, { decision: 'approve' });
    await api(stack, SUPERVISOR, 'POST', '/api/school-pairs', { type: 'sibling', schoolA: '1040010001', schoolB: '1040010002' });

    const entries = await log();
    expect(lines(entries)).toEqual([
      ['network', 'create', 'จับคู่โรงเรียน: “โรงเรียนพี่ โรงเรียนบ้านหนองบัว – โรงเรียนน้อง โรงเรียนบ้านโนนทัน”'],
      ['membership', 'status', 'ไม่อนุมัติคำขอเข้าร่วมเครือข่าย “เครือข่ายครูแกนนำ”'],
      ['membership', 'create', 'แต่งตั้งผู้ประสานงานเครือข่าย “ชุมชนครูวิทยาศาสตร์”'],
      ['network', 'status', 'ปิดใช้งานเครือข่าย “เครือข่ายครูคณิตศาสตร์”'],
      ['network', 'update', 'แก้ไขข้อมูลเครือข่าย “เครือข่ายครูคณิตศาสตร์” (1 รายการ)'],
      ['network', 'create', 'สร้างเครือข่าย “เครือข่ายครูคณิตศาสตร์”'],
    ]);
    expect(entries.every((e) => e.actorName === SUP_NAME)).toBe(true);
    expect(entries[4]!.changes).toEqual([{ field: 'description', from: '', to: 'ครูคณิตศาสตร์ประถม' }]);
    expect(entries[1]!.changes).toEqual([{ field: 'status', from: 'pending', to: 'declined' }]);
    // No person's name in the log's fields: the membership is named by its id only.
    expect(JSON.stringify(entries)).not.toContain('สมศรี');
  });
});

describe('When a supervisor changes forms and the office settings', () => {
  it('then template edits and clones, round creation, opening, closing by the job and settings are logged', async () => {
    const edited = await api(stack, SUPERVISOR, 'PUT', '/api/form-templates/form1-needs-survey', { title: 'แบบสำรวจความต้องการ ปี 2570' });
    expect(edited.status).toBe(200);
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/form-templates/form1-needs-survey', { sections: [] })).status).toBe(400);
    const cloned = await api(stack, SUPERVISOR, 'POST', '/api/form-templates/form1-needs-survey/clone', {
      newId: 'needs-2570',
      title: 'สำรวจ 2570',
    });
    expect(cloned.status).toBe(201);
    expect((await api(stack, SUPERVISOR, 'POST', '/api/form-templates/form1-needs-survey/clone', { newId: 'needs-2570' })).status).toBe(
      400,
    );

    const round = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'สำรวจความต้องการ 2570',
      templateId: 'form1-needs-survey',
      audience: { networkIds: ['net-science1'] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
    });
    expect(round.status).toBe(201);
    const rid = round.body.round.id as string;
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${rid}/open`)).status).toBe(200);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${rid}/open`)).status).toBe(200); // again: no entry
    const later = Date.now() + 8 * DAY;
    const job = formRoundsJob({ ...stack.deps, clock: new ManualClock(new Date(later)) });
    expect(await job.run({ slot: new Date(later), now: new Date(later), log: stack.deps.logger })).toMatchObject({ closed: 1 });

    expect((await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { profileStaleDays: 3000 })).status).toBe(400);
    const settings = { profileStaleDays: 90, certificateSignerName: 'นายสมชาย ใจกว้าง' };
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', settings)).status).toBe(200);

    const entries = await log();
    // The job ran on a clock eight days ahead, so its entry is the newest.
    expect(lines(entries)).toEqual([
      ['formRound', 'status', 'ปิดรอบแบบฟอร์ม “สำรวจความต้องการ 2570” เมื่อถึงเวลาปิด'],
      ['settings', 'update', 'แก้ไขการตั้งค่าสำนักงาน: จำนวนวันที่ถือว่าข้อมูลไม่เป็นปัจจุบัน, ชื่อผู้ลงนามเกียรติบัตร'],
      ['formRound', 'status', 'เปิดรอบแบบฟอร์ม “สำรวจความต้องการ 2570”'],
      ['formRound', 'create', 'สร้างรอบแบบฟอร์ม “สำรวจความต้องการ 2570” (ฉบับร่าง)'],
      ['formTemplate', 'create', 'คัดลอกแบบฟอร์ม “แบบสำรวจความต้องการ ปี 2570” เป็น “สำรวจ 2570”'],
      ['formTemplate', 'update', 'แก้ไขแบบฟอร์ม “แบบสำรวจความต้องการ ปี 2570” (ฉบับที่ 1)'],
    ]);
    expect(entries[0]!.actorName).toBe('ระบบ (งานอัตโนมัติ)');
    // The signer is a person: the log says the name changed, never to what.
    expect(entries[1]!.changes).toEqual([
      { field: 'profileStaleDays', from: '180', to: '90' },
      { field: 'certificateSignerName', from: null, to: null },
    ]);
    expect(JSON.stringify(entries)).not.toContain('สมชาย');
  });
});

describe('When someone reads the audit log', () => {
  it('then teachers and coordinators are refused, it cannot be written through the API, and bad filters get Thai 400s', async () => {
    await followAndRegister(stack, TEACHER);
    expect((await api(stack, TEACHER, 'GET', '/api/supervisor/audit')).status).toBe(403);
    expect((await api(stack, COORDINATOR, 'GET', '/api/supervisor/audit')).status).toBe(403);
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'])
      expect([method, (await api(stack, SUPERVISOR, method, '/api/supervisor/audit', {})).status]).toEqual([method, 404]);
    const bad = await api(stack, SUPERVISOR, 'GET', '/api/supervisor/audit?from=2027-02-05&to=2027-02-01');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.to).toBe('วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น');
    expect((await api(stack, SUPERVISOR, 'GET', '/api/supervisor/audit?entity=people')).status).toBe(400);
    expect((await api(stack, SUPERVISOR, 'GET', '/api/supervisor/audit?after=not-a-cursor')).status).toBe(400);
  });

  it('then pages of the chosen size follow each other newest first, filtered by kind', async () => {
    for (const days of [30, 60, 90, 120, 150]) await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { profileStaleDays: days });
    await api(stack, SUPERVISOR, 'PATCH', '/api/networks/net-wisdom1', { description: 'ภูมิปัญญา' });
    const first = await api(stack, SUPERVISOR, 'GET', '/api/supervisor/audit?entity=settings&limit=2');
    expect(first.body.entries.map((e: Entry) => e.changes[0]!.to)).toEqual(['150', '120']);
    const next = await api(stack, SUPERVISOR, 'GET', `/api/supervisor/audit?entity=settings&limit=2&after=${first.body.nextCursor}`);
    expect(next.body.entries.map((e: Entry) => e.changes[0]!.to)).toEqual(['90', '60']);
    expect((await log('?entity=network')).map((e) => e.entityId)).toEqual(['net-wisdom1']);
  });
});
