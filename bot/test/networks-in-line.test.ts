// Joining and running networks from LINE: join by code and by button, approval by the coordinator with
// one tap, leaving, browsing, group linking, and consent withdrawal stopping pushes.
import { membershipDocId, memberDocId } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2, textsTo } from './support/local-stack';
import { api, COORDINATOR, followAndRegister, lastTo } from './support/people';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const AREA = 'demo-esa';
const teacherId = memberDocId(AREA, TEACHER);
const say = (userId: string, text: string) => stack.platform.sendEvent(userId, { type: 'message', text });
const press = (userId: string, data: string) => stack.platform.sendEvent(userId, { type: 'postback', data });
const membership = (networkId: string, userId = TEACHER) =>
  stack.deps.repos.memberships.get(membershipDocId(networkId, memberDocId(AREA, userId)));

beforeEach(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
});
afterEach(async () => {
  await stack.stop();
});

describe('When a teacher types a join code to the bot', () => {
  it('then an open network accepts at once, and joining twice changes nothing', async () => {
    await say(TEACHER, 'เข้าร่วม science1');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('เข้าร่วม "ชุมชนครูวิทยาศาสตร์" เรียบร้อยแล้ว');
    const first = await membership('net-science1');
    expect(first).toMatchObject({ status: 'active', role: 'member' });
    await say(TEACHER, 'join SCIENCE1');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('เป็นสมาชิก');
    expect(await membership('net-science1')).toEqual(first);
  });

  it('then an unknown code gets a friendly Thai answer and stores nothing', async () => {
    await say(TEACHER, 'เข้าร่วม NOPE99');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ไม่พบเครือข่ายที่ใช้รหัสนี้');
    expect(await stack.deps.repos.memberships.count([{ field: 'memberId', op: '==', value: teacherId }])).toBe(0);
  });

  it('then an archived network says it is closed', async () => {
    const res = await api(stack, SUPERVISOR, 'POST', '/api/networks/net-wisdom1/archive');
    expect(res.status).toBe(200);
    await say(TEACHER, 'เข้าร่วม WISDOM1');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ปิดรับสมาชิกแล้ว');
    expect(await membership('net-wisdom1')).toBeNull();
  });

  it('then "เข้าร่วม" without a code asks for it, and an unregistered person is sent to register first', async () => {
    await say(TEACHER, 'เข้าร่วม');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ตามด้วยรหัสเครือข่าย');
    await stack.platform.sendEvent(TEACHER_2, { type: 'follow' });
    await say(TEACHER_2, 'เข้าร่วม SCIENCE1');
    expect(lastTo(stack, TEACHER_2)).toContain('/liff/register');
    expect(await membership('net-science1', TEACHER_2)).toBeNull();
  });
});

describe('When a teacher asks to join a network that needs approval', () => {
  it('then the coordinator gets a card, approves with one tap, and the teacher is told', async () => {
    await say(TEACHER, 'เข้าร่วม LEAD2570');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ส่งคำขอเข้าร่วม "เครือข่ายครูแกนนำ" แล้วค่ะ');
    expect((await membership('net-lead2570'))?.status).toBe('pending');

    const card = stack.platform.messagesTo(COORDINATOR).at(-1)!;
    expect(card.how).toBe('push');
    const data = JSON.stringify(card.message).match(/action=approve&m=[^"]+/)![0];
    await press(COORDINATOR, data);
    expect(textsTo(stack, COORDINATOR).at(-1)).toContain('อนุมัติ');
    expect((await membership('net-lead2570'))?.status).toBe('active');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ได้รับการอนุมัติแล้ว');

    await press(COORDINATOR, data);
    expect(textsTo(stack, COORDINATOR).at(-1)).toContain('พิจารณาไปแล้ว');
    expect(stack.platform.messagesTo(TEACHER).filter((m) => String(m.message.text).includes('ได้รับการอนุมัติ'))).toHaveLength(1);
  });

  it('then a decline leaves the teacher declined, who may ask again', async () => {
    await say(TEACHER, 'เข้าร่วม LEAD2570');
    const data = JSON.stringify(stack.platform.messagesTo(COORDINATOR).at(-1)!.message).match(/action=decline&m=[^"]+/)![0];
    await press(COORDINATOR, data);
    expect((await membership('net-lead2570'))?.status).toBe('declined');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ไม่ได้รับการอนุมัติ');
    await say(TEACHER, 'เข้าร่วม LEAD2570');
    expect((await membership('net-lead2570'))?.status).toBe('pending');
  });

  it('then a teacher who is not a coordinator cannot approve by forging the button', async () => {
    await say(TEACHER, 'เข้าร่วม LEAD2570');
    await followAndRegister(stack, TEACHER_2, { firstName: 'อนันต์' });
    await press(TEACHER_2, `action=approve&m=${membershipDocId('net-lead2570', teacherId)}`);
    expect(textsTo(stack, TEACHER_2).at(-1)).toContain('ไม่มีสิทธิ์');
    expect((await membership('net-lead2570'))?.status).toBe('pending');
  });

  it('then a teacher who withdrew contact consent gets no push about the decision', async () => {
    await say(TEACHER, 'เข้าร่วม LEAD2570');
    const consents = { 'network-contact': false, 'publish-photos': false, 'share-with-parent-agency': false };
    expect((await api(stack, TEACHER, 'PUT', '/api/me/consents', { consents, noticeVersion: '2026-11' })).status).toBe(200);
    const pushesBefore = stack.platform.messagesTo(TEACHER).filter((m) => m.how === 'push').length;
    const data = JSON.stringify(stack.platform.messagesTo(COORDINATOR).at(-1)!.message).match(/action=approve&m=[^"]+/)![0];
    await press(COORDINATOR, data);
    expect((await membership('net-lead2570'))?.status).toBe('active');
    expect(stack.platform.messagesTo(TEACHER, { includeUndelivered: true }).filter((m) => m.how === 'push')).toHaveLength(pushesBefore);
  });
});

describe('When a teacher looks at and leaves networks', () => {
  it('then browse offers suitable networks as a carousel, a tap joins, my networks lists it, and leave is one tap', async () => {
    await say(TEACHER, 'ค้นหาเครือข่าย');
    const browse = lastTo(stack, TEACHER);
    expect(browse).toContain('ชุมชนครูวิทยาศาสตร์');
    expect(browse).not.toContain('เครือข่ายระดับการศึกษาปฐมวัย'); // early-childhood only; this teacher teaches primary
    await press(TEACHER, 'action=join&n=net-science1');
    expect((await membership('net-science1'))?.status).toBe('active');

    await say(TEACHER, 'เครือข่ายของฉัน');
    expect(lastTo(stack, TEACHER)).toContain('action=leave&n=net-science1');
    await press(TEACHER, 'action=leave&n=net-science1');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ออกจาก "ชุมชนครูวิทยาศาสตร์" แล้ว');
    expect((await membership('net-science1'))?.status).toBe('left');
    await say(TEACHER, 'เครือข่ายของฉัน');
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ยังไม่ได้เข้าร่วมเครือข่ายใด');
  });

  it('then malformed button data gets a help answer and changes nothing', async () => {
    const res = await press(TEACHER, 'action=join');
    expect(res.status).toBe(200);
    expect(textsTo(stack, TEACHER).at(-1)).toContain('ยังไม่เข้าใจ');
  });
});

describe('When a LINE group is linked to a network', () => {
  const GROUP = 'C0000000000000000000000000000000b';
  it('then the coordinator links it, a teacher cannot, and a message without a user id is answered safely', async () => {
    await stack.platform.sendEvent(TEACHER, { type: 'message', text: '/เชื่อมกลุ่ม LEAD2570', groupId: GROUP });
    expect(textsTo(stack, GROUP).at(-1)).toContain('เฉพาะผู้ประสานงาน');
    await stack.platform.sendEvent(COORDINATOR, { type: 'message', text: '/เชื่อมกลุ่ม LEAD2570', groupId: GROUP, omitUserId: true });
    expect(textsTo(stack, GROUP).at(-1)).toContain('ไม่ทราบว่าใครส่งข้อความนี้');
    expect((await stack.deps.repos.networks.get('net-lead2570'))?.lineGroupId).toBeUndefined();
    await stack.platform.sendEvent(COORDINATOR, { type: 'message', text: '/เชื่อมกลุ่ม LEAD2570', groupId: GROUP });
    expect(textsTo(stack, GROUP).at(-1)).toContain('เชื่อมกลุ่มนี้กับ "เครือข่ายครูแกนนำ" แล้ว');
    expect((await stack.deps.repos.networks.get('net-lead2570'))?.lineGroupId).toBe(GROUP);
    await stack.platform.sendEvent(TEACHER, { type: 'message', text: 'ขอบคุณค่ะ', groupId: GROUP });
    expect(textsTo(stack, GROUP)).toHaveLength(3);
  });
});

describe('When someone blocks and unblocks the account', () => {
  it('then pushes stop while blocked and resume after', async () => {
    await say(TEACHER, 'เข้าร่วม LEAD2570');
    await stack.platform.sendEvent(TEACHER, { type: 'unfollow' });
    const card = JSON.stringify(stack.platform.messagesTo(COORDINATOR).at(-1)!.message).match(/action=approve&m=[^"]+/)![0];
    await press(COORDINATOR, card);
    expect(
      stack.platform
        .messagesTo(TEACHER, { includeUndelivered: true })
        .filter((m) => m.how === 'push' && String(m.message.text).includes('อนุมัติ')),
    ).toHaveLength(0);
    await stack.platform.sendEvent(TEACHER, { type: 'follow' });
    expect((await stack.deps.repos.members.get(teacherId))?.status).toBe('following');
  });
});

describe("When a coordinator shares a network's join QR code", () => {
  it('then the QR encodes the LIFF join link, and opening that link as a teacher joins the network', async () => {
    const { status, body } = await api(stack, COORDINATOR, 'GET', '/api/networks/net-lead2570/join-qr');
    expect(status).toBe(200);
    expect(body.joinUrl).toBe(`${stack.botUrl}/liff/join?code=LEAD2570`);
    expect(body.svg).toMatch(/^<svg[^>]*viewBox/);
    const code = new URL(body.joinUrl).searchParams.get('code');
    expect((await api(stack, TEACHER, 'POST', '/api/networks/join', { code })).body.outcome).toBe('pending');
  });
});

describe('When a supervisor edits a network', () => {
  it('then only the fields sent change (schools and code stay), and a taken code is refused', async () => {
    const net = await stack.deps.repos.networks.get('net-cluster1');
    await stack.deps.repos.networks.put({ ...net!, schoolCodes: ['1040010001', '1040010002'] });
    const res = await api(stack, SUPERVISOR, 'PATCH', '/api/networks/net-cluster1', { name: 'กลุ่มโรงเรียนเมือง 1 (ปรับปรุง)' });
    expect(res.status).toBe(200);
    expect(await stack.deps.repos.networks.get('net-cluster1')).toMatchObject({
      name: 'กลุ่มโรงเรียนเมือง 1 (ปรับปรุง)',
      schoolCodes: ['1040010001', '1040010002'],
      joinCode: 'CLUSTER1',
    });
    expect((await api(stack, SUPERVISOR, 'PATCH', '/api/networks/net-cluster1', { joinCode: 'SCIENCE1' })).body.error.code).toBe(
      'network/code-taken',
    );
    expect((await api(stack, SUPERVISOR, 'PATCH', '/api/networks/net-cluster1', { joinCode: 'CITY01' })).status).toBe(200);
    await say(TEACHER, 'เข้าร่วม CITY01');
    expect((await membership('net-cluster1'))?.status).toBe('active');
  });
});

describe('When a reply token no longer works (a late redelivery)', () => {
  const lateEvent = (userId: string, id: string) =>
    JSON.stringify({
      events: [
        {
          type: 'message',
          mode: 'active',
          timestamp: Date.now() - 30 * 60_000,
          source: { type: 'user', userId },
          webhookEventId: id,
          deliveryContext: { isRedelivery: true },
          replyToken: 'expired-reply-token-from-half-an-hour-ago',
          message: { id: '1', type: 'text', text: 'ช่วยเหลือ', quoteToken: 'q' },
        },
      ],
    });

  it('then the answer goes out once as a push to a consenting member, and never to someone without consent', async () => {
    const res = await stack.platform.postRawWebhook(lateEvent(TEACHER, '01JDLATE000000000000000001'));
    expect(res.status).toBe(200);
    const last = stack.platform.messagesTo(TEACHER).at(-1)!;
    expect([last.how, String(last.message.text)]).toEqual(['push', expect.stringContaining('พิมพ์คำสั่งได้ดังนี้')]);
    const key = stack.platform
      .requests()
      .filter((r) => r.path === '/v2/bot/message/push')
      .at(-1)!.headers['x-line-retry-key'];
    expect(key).toMatch(/^[0-9a-f-]{36}$/);

    await stack.platform.sendEvent(TEACHER_2, { type: 'follow' }); // following, but never consented
    const before = stack.platform.messagesTo(TEACHER_2, { includeUndelivered: true }).length;
    await stack.platform.postRawWebhook(lateEvent(TEACHER_2, '01JDLATE000000000000000002'));
    expect(stack.platform.messagesTo(TEACHER_2, { includeUndelivered: true })).toHaveLength(before);
  });
});
