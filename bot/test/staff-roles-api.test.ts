// Supervisors appoint and remove supervisors of their own office in LIFF: teachers are refused, another office's
// member is not found, the office's last supervisor cannot be removed, and each change is audited and relinks the menu.
import { memberDocId, newMember } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2 } from './support/local-stack';
import { api, COORDINATOR, followAndRegister } from './support/people';

const OFFICE = 'demo-esa';
const OTHER_MEMBER = memberDocId('other-esa', 'U0000000000000000000000000000abcd');
const teacherId = memberDocId(OFFICE, TEACHER);
const supervisorId = memberDocId(OFFICE, SUPERVISOR);
const staffPath = (id: string) => `/api/supervisor/staff/${encodeURIComponent(id)}`;

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack(undefined, { richMenus: true });
  await followAndRegister(stack, TEACHER); // นางสาวสมศรี ใจดี
  await stack.platform.sendEvent(TEACHER_2, { type: 'follow' }); // follows, never registers
  const now = new Date().toISOString();
  await stack.deps.repos.members.put({
    ...newMember({ areaId: 'other-esa', lineUserId: 'U0000000000000000000000000000abcd', displayName: 'ศน.เขตอื่น' }, now),
    roles: ['supervisor'],
    registeredAt: now,
  });
}, 60_000);
afterAll(async () => {
  await stack.stop();
});

/** The alias of the rich menu last linked to this person on the local LINE platform. */
async function menuAliasOf(userId: string): Promise<string | null> {
  const linked = stack.platform.requests().filter((r) => r.method === 'POST' && r.path.startsWith(`/v2/bot/user/${userId}/richmenu/`));
  const menuId = linked.at(-1)?.path.split('/').at(-1);
  const res = await fetch(`${stack.platform.url}/v2/bot/richmenu/alias/list`, {
    headers: { authorization: `Bearer ${stack.config.LINE_CHANNEL_ACCESS_TOKEN}` },
  });
  const { aliases } = (await res.json()) as { aliases: Array<{ richMenuAliasId: string; richMenuId: string }> };
  return aliases.find((a) => a.richMenuId === menuId)?.richMenuAliasId ?? null;
}

const memberEntries = async () =>
  (await stack.deps.repos.auditLog.list({ where: [{ field: 'entity', op: '==', value: 'member' }] })).items.sort((a, b) =>
    a.id.localeCompare(b.id),
  );

describe('When a teacher or coordinator tries the staff section', () => {
  it('then every staff route refuses them and nothing changes', async () => {
    for (const who of [TEACHER, COORDINATOR]) {
      expect((await api(stack, who, 'GET', '/api/supervisor/staff')).status).toBe(403);
      expect((await api(stack, who, 'GET', '/api/supervisor/staff/search?q=สมศรี')).status).toBe(403);
      const grant = await api(stack, who, 'POST', '/api/supervisor/staff', { memberId: memberDocId(OFFICE, who) });
      expect([grant.status, grant.body.error.code]).toEqual([403, 'auth/forbidden']);
      expect((await api(stack, who, 'DELETE', staffPath(supervisorId))).status).toBe(403);
    }
    expect((await stack.deps.repos.members.get(teacherId))?.roles).toEqual(['teacher']);
    expect((await stack.deps.repos.members.get(supervisorId))?.roles).toEqual(['supervisor']);
    expect(await memberEntries()).toEqual([]);
  });
});

describe('When the office has one supervisor', () => {
  it('then the staff list shows her, marked as the signed-in person', async () => {
    const res = await api(stack, SUPERVISOR, 'GET', '/api/supervisor/staff');
    expect(res.status).toBe(200);
    expect(res.body.staff).toEqual([
      { memberId: supervisorId, name: 'นางวิภาวรรณ ศรีสุข', schoolName: expect.any(String), roles: ['supervisor'], isMe: true },
    ]);
  });

  it('then she cannot remove herself: the office would have nobody to run it (409, Thai message)', async () => {
    const res = await api(stack, SUPERVISOR, 'DELETE', staffPath(supervisorId));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('staff/last-supervisor');
    expect(res.body.error.message).toContain('อย่างน้อยหนึ่งท่าน');
    expect((await stack.deps.repos.members.get(supervisorId))?.roles).toEqual(['supervisor']);
  });

  it("then another office's member is not found, whether appointed or removed, and stays as it was", async () => {
    const grant = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/staff', { memberId: OTHER_MEMBER });
    expect([grant.status, grant.body.error.code]).toEqual([404, 'member/not-found']);
    const revoke = await api(stack, SUPERVISOR, 'DELETE', staffPath(OTHER_MEMBER));
    expect(revoke.status).toBe(404);
    expect((await stack.deps.repos.members.get(OTHER_MEMBER))?.roles).toEqual(['supervisor']);
  });

  it('then someone who only added the account cannot be appointed before registering', async () => {
    const res = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/staff', { memberId: memberDocId(OFFICE, TEACHER_2) });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('ยังไม่ได้ลงทะเบียน');
    expect((await stack.deps.repos.members.get(memberDocId(OFFICE, TEACHER_2)))?.roles).toEqual(['teacher']);
  });
});

describe('When the supervisor appoints a registered teacher she found by name', () => {
  it('then the search finds the teacher by part of her name (and a one-letter search is a clear 400)', async () => {
    const res = await api(stack, SUPERVISOR, 'GET', `/api/supervisor/staff/search?q=${encodeURIComponent('สมศ')}`);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      people: [{ memberId: teacherId, name: 'นางสาวสมศรี ใจดี', schoolName: expect.any(String), roles: ['teacher'], isMe: false }],
      more: false,
    });
    const short = await api(stack, SUPERVISOR, 'GET', `/api/supervisor/staff/search?q=${encodeURIComponent('ส')}`);
    expect(short.status).toBe(400);
  });

  it('then she becomes a supervisor, gets the supervisor menu, and the log says who did it', async () => {
    const res = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/staff', { memberId: teacherId });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ changed: true, person: { memberId: teacherId, roles: ['teacher', 'supervisor'] } });
    expect(await menuAliasOf(TEACHER)).toBe('nithet-supervisor');
    expect((await api(stack, TEACHER, 'GET', '/api/supervisor/staff')).body.staff.map((p: { name: string }) => p.name)).toEqual([
      'นางวิภาวรรณ ศรีสุข',
      'นางสาวสมศรี ใจดี',
    ]);
    const [entry] = await memberEntries();
    expect(entry).toMatchObject({
      entityId: teacherId,
      actorMemberId: supervisorId,
      action: 'update',
      summary: 'แต่งตั้งสมาชิกเป็นศึกษานิเทศก์',
      changes: [{ field: 'roles', from: 'teacher', to: 'teacher, supervisor' }],
    });
    const log = await api(stack, SUPERVISOR, 'GET', '/api/supervisor/audit?entity=member');
    expect(log.body.entries[0]).toMatchObject({ actorName: 'นางวิภาวรรณ ศรีสุข', summary: 'แต่งตั้งสมาชิกเป็นศึกษานิเทศก์' });
  });

  it('then appointing her again changes nothing and writes no second entry', async () => {
    const res = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/staff', { memberId: teacherId });
    expect(res.body.changed).toBe(false);
    expect(await memberEntries()).toHaveLength(1);
  });

  it('then the first supervisor may step down: her pages close and her menu goes back to the teacher menu', async () => {
    const res = await api(stack, SUPERVISOR, 'DELETE', staffPath(supervisorId));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ changed: true, person: { roles: ['teacher'], isMe: true } });
    expect((await api(stack, SUPERVISOR, 'GET', '/api/supervisor/staff')).status).toBe(403);
    expect(await menuAliasOf(SUPERVISOR)).toBe('nithet-teacher');
    expect((await memberEntries()).at(-1)).toMatchObject({ entityId: supervisorId, summary: 'ถอนสิทธิ์ศึกษานิเทศก์ของสมาชิก' });
  });

  it('then the new supervisor, now the only one, is protected in turn', async () => {
    const res = await api(stack, TEACHER, 'DELETE', staffPath(teacherId));
    expect([res.status, res.body.error.code]).toEqual([409, 'staff/last-supervisor']);
    expect((await stack.deps.repos.members.get(teacherId))?.roles).toEqual(['teacher', 'supervisor']);
  });
});
