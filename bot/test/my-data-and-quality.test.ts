// PDPA rights over one's own data (consents, export, delete) and the supervisor's data-quality view with nudges.
import { memberDocId, membershipDocId } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2 } from './support/local-stack';
import { api, followAndRegister, TEACHER_3 } from './support/people';

let stack: Awaited<ReturnType<typeof startTestStack>>;
const id = (u: string) => memberDocId('demo-esa', u);

beforeEach(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
});
afterEach(async () => {
  await stack.stop();
});

describe('When a teacher manages their own data', () => {
  it('then withdrawing contact consent is recorded with time and version, keeping the history', async () => {
    const body = {
      consents: { 'network-contact': false, 'publish-photos': false, 'share-with-parent-agency': false },
      noticeVersion: '2026-11',
    };
    const res = await api(stack, TEACHER, 'PUT', '/api/me/consents', body);
    expect(res.status).toBe(200);
    const consents = (await stack.deps.repos.members.get(id(TEACHER)))!.consents;
    expect(consents.filter((c) => c.purpose === 'network-contact').map((c) => c.granted)).toEqual([true, false]);
    expect((await api(stack, TEACHER, 'PUT', '/api/me/consents', { consents: { 'network-contact': 'no' } })).status).toBe(400);
  });

  it('then the export holds the profile, consents and memberships, as JSON and as CSV with a BOM', async () => {
    await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'SCIENCE1' });
    const json = await api(stack, TEACHER, 'GET', '/api/me/export?format=json');
    expect(json.status).toBe(200);
    expect(json.body.member.profile.firstName).toBe('สมศรี');
    expect(json.body.memberships).toEqual([expect.objectContaining({ networkName: 'ชุมชนครูวิทยาศาสตร์', status: 'active' })]);
    const csv = await fetch(`${stack.botUrl}/api/me/export?format=csv`, {
      headers: { authorization: `Bearer ${stack.platform.mintIdToken(TEACHER)}` },
    });
    expect(csv.headers.get('content-disposition')).toContain('.csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toContain('member.profile.lastName,ใจดี');
  });

  it('then deleting removes the member and their memberships, and nobody else', async () => {
    await followAndRegister(stack, TEACHER_2, { firstName: 'อนันต์' });
    await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'SCIENCE1' });
    const res = await api(stack, TEACHER, 'DELETE', '/api/me');
    expect(res.body).toEqual({ deleted: true, memberships: 1, seminarAnswers: { anonymised: 0, deleted: 0 }, activities: 0 });
    expect(await stack.deps.repos.members.get(id(TEACHER))).toBeNull();
    expect(await stack.deps.repos.memberships.get(membershipDocId('net-science1', id(TEACHER)))).toBeNull();
    expect(await stack.deps.repos.members.get(id(TEACHER_2))).not.toBeNull();
    expect((await api(stack, TEACHER, 'GET', '/api/me')).status).toBe(404);
  });
});

describe('When a supervisor checks data quality', () => {
  it('then unregistered, incomplete and stale profiles and schools missing from their network are listed', async () => {
    await stack.platform.sendEvent(TEACHER_2, { type: 'follow' }); // followed, never registered
    await followAndRegister(stack, TEACHER_3, { firstName: 'มาลี', subjects: [] });
    const old = await stack.deps.repos.members.get(id(TEACHER));
    await stack.deps.repos.members.put({ ...old!, profileConfirmedAt: '2025-01-01T00:00:00.000Z' });
    const net = await stack.deps.repos.networks.get('net-cluster1');
    await stack.deps.repos.networks.put({ ...net!, schoolCodes: ['1040010001', '1040010002'] });
    await api(stack, TEACHER, 'POST', '/api/networks/join', { code: 'CLUSTER1' });

    const { status, body } = await api(stack, SUPERVISOR, 'GET', '/api/supervisor/data-quality');
    expect(status).toBe(200);
    expect(body.incomplete).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ memberId: id(TEACHER_2), missing: ['registration'] }),
        expect.objectContaining({ memberId: id(TEACHER_3), missing: ['subjects'] }),
      ]),
    );
    expect(body.stale.map((p: { memberId: string }) => p.memberId)).toEqual([id(TEACHER)]);
    // The office can tighten "current": with 7 days nobody confirmed today is stale yet; with 3000 days it is refused.
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { profileStaleDays: 3000 })).status).toBe(400);
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { profileStaleDays: 7 })).status).toBe(200);
    expect((await api(stack, SUPERVISOR, 'GET', '/api/supervisor/data-quality')).body.staleDays).toBe(7);
    expect(body.schoolsWithoutMembers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ networkId: 'net-cluster1', schoolCode: '1040010001', schoolName: 'โรงเรียนบ้านหนองบัว' }),
      ]),
    );
  });

  it('then a nudge is pushed once a day at most, and never to someone unreachable', async () => {
    await followAndRegister(stack, TEACHER_2, {
      firstName: 'อนันต์',
      consents: { 'network-contact': true, 'publish-photos': false, 'share-with-parent-agency': false },
    });
    await stack.platform.sendEvent(TEACHER_2, { type: 'unfollow' });
    // Nudges keep the office's quiet hours like every push: none here, so the test does not depend on the hour.
    await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { quietStartHour: 0, quietEndHour: 0 });
    const body = { memberIds: [id(TEACHER), id(TEACHER_2), id(TEACHER)] };
    const first = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', body);
    expect(first.body).toEqual({ sent: 1, skippedRecently: 0, skippedUnreachable: 1 });
    const second = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', body);
    expect(second.body).toEqual({ sent: 0, skippedRecently: 1, skippedUnreachable: 1 });
    const nudges = stack.platform.messagesTo(TEACHER).filter((m) => String(m.message.text).includes('อัปเดตข้อมูล'));
    expect(nudges).toHaveLength(1);
  });
});

describe('When a supervisor pairs two schools', () => {
  it("then members of both schools see the pairing, and a third school's members do not", async () => {
    await followAndRegister(stack, TEACHER_2, { firstName: 'อนันต์', schoolCode: '1040010001' });
    await followAndRegister(stack, TEACHER_3, { firstName: 'มาลี', schoolCode: '1040010005' });
    const created = await api(stack, SUPERVISOR, 'POST', '/api/school-pairs', {
      type: 'sibling',
      schoolA: '1040010001',
      schoolB: '1040010002',
    });
    expect(created.status).toBe(201);
    expect(created.body.network.name).toBe('โรงเรียนพี่ โรงเรียนบ้านหนองบัว – โรงเรียนน้อง โรงเรียนบ้านโนนทัน');
    const { body: mine } = await api(stack, TEACHER, 'GET', '/api/me/pairings');
    expect(mine.pairings).toContainEqual(expect.objectContaining({ type: 'sibling', schoolCodes: ['1040010001', '1040010002'] }));
    // The pairing is offered in browse only to its two schools' people.
    const browse = async (u: string) =>
      (await api(stack, u, 'GET', '/api/networks/browse')).body.networks.map((n: { network: { kind: string } }) => n.network.kind);
    expect(await browse(TEACHER)).toContain('school-partnership');
    expect(await browse(TEACHER_3)).not.toContain('school-partnership');
    // Both schools were already the demo's paired schools, so each sees two pairings now; the third school none.
    for (const [user, count] of [
      [TEACHER, 2],
      [TEACHER_2, 2],
      [TEACHER_3, 0],
    ] as const) {
      const { body } = await api(stack, user, 'GET', '/api/me/pairings');
      expect([user, body.pairings.length]).toEqual([user, count]);
    }
    expect(
      (await api(stack, SUPERVISOR, 'POST', '/api/school-pairs', { type: 'paired', schoolA: '1040010001', schoolB: '1040010001' })).status,
    ).toBe(400);
  });
});
