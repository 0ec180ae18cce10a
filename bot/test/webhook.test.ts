// The webhook over real HTTP: signatures, de-duplication across restarts, standby, unknown types, isolation.
import { createHmac } from 'node:crypto';
import { COLLECTIONS, memberDocId } from '@nithet/shared';
import { validateMessages } from '../src/line/limits';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2, textsTo } from './support/local-stack';

type Stack = Awaited<ReturnType<typeof startTestStack>>;

const AREA = 'demo-esa';
let stack: Stack;

beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

const post = (body: string, signature?: string) =>
  fetch(`${stack.botUrl}/webhook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === undefined ? {} : { 'x-line-signature': signature }) },
    body,
  });
/** Hand-made bodies bypass the platform's friendship bookkeeping, so count what the bot sent. */
const sentTo = (chatId: string) => stack.platform.messagesTo(chatId, { includeUndelivered: true });
const sign = (body: string) => createHmac('sha256', stack.config.LINE_CHANNEL_SECRET).update(body).digest('base64');

const followEvent = (userId: string, id: string, extra: Record<string, unknown> = {}) => ({
  type: 'follow',
  mode: 'active',
  timestamp: Date.now(),
  source: { type: 'user', userId },
  webhookEventId: id,
  deliveryContext: { isRedelivery: false },
  replyToken: stack.platform.issueReplyToken(userId),
  follow: { isUnblocked: false },
  ...extra,
});

describe('When a teacher adds the office account', () => {
  it('then one Member is created and the bot replies in Thai with a privacy notice and a registration button', async () => {
    const res = await stack.platform.sendEvent(TEACHER, { type: 'follow' });
    expect(res.status).toBe(200);
    const member = await stack.deps.repos.members.get(memberDocId(AREA, TEACHER));
    expect(member).toMatchObject({
      lineUserId: TEACHER,
      displayName: 'ครูสมศรี ใจดี',
      status: 'following',
      roles: ['teacher'],
      registeredAt: null,
    });

    const sent = stack.platform.messagesTo(TEACHER);
    expect(sent.map((m) => m.how)).toEqual(['reply', 'reply']);
    expect(String(sent[0]!.message.text)).toContain('ยินดีต้อนรับ');
    const card = JSON.stringify(sent[1]!.message);
    expect(card).toContain('พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล');
    expect(card).toContain(`${stack.botUrl}/liff/register`);
    expect(validateMessages(sent.map((m) => m.message))).toEqual([]);
  });

  it('then following again (after blocking) keeps one Member and welcomes them back', async () => {
    await stack.platform.sendEvent(TEACHER, { type: 'follow' });
    await stack.platform.sendEvent(TEACHER, { type: 'unfollow' });
    expect((await stack.deps.repos.members.get(memberDocId(AREA, TEACHER)))?.status).toBe('blocked');
    await stack.platform.sendEvent(TEACHER, { type: 'follow' });
    expect(await stack.deps.repos.members.count([{ field: 'lineUserId', op: '==', value: TEACHER }])).toBe(1);
    expect((await stack.deps.repos.members.get(memberDocId(AREA, TEACHER)))?.status).toBe('following');
    expect(textsTo(stack, TEACHER).at(-2)).toContain('ยินดีต้อนรับกลับ');
  });
});

describe('When LINE delivers the same event twice', () => {
  it('then it is processed once, also after a restart of the server', async () => {
    const body = JSON.stringify({
      destination: 'Uffffffffffffffffffffffffffffffff',
      events: [followEvent(TEACHER, '01JDEDUPE00000000000000001')],
    });
    expect((await post(body, sign(body))).status).toBe(200);
    expect((await post(body, sign(body))).status).toBe(200);
    expect(sentTo(TEACHER)).toHaveLength(2); // one welcome (text + card), not two

    const { dataDir } = stack;
    await stack.stop();
    stack = await startTestStack(dataDir);
    const again = JSON.stringify({
      events: [{ ...followEvent(TEACHER, '01JDEDUPE00000000000000001'), deliveryContext: { isRedelivery: true } }],
    });
    expect((await post(again, sign(again))).status).toBe(200);
    expect(sentTo(TEACHER)).toHaveLength(0);
    expect(await stack.deps.repos.store.get(COLLECTIONS.processedEvents, '01JDEDUPE00000000000000001')).toMatchObject({
      type: 'follow',
      state: 'done',
    });
  });
});

describe('When an earlier attempt at an event died before finishing it', () => {
  const started = (leaseUntil: number) => ({
    type: 'follow',
    state: 'processing',
    receivedAt: new Date(Date.now() - 120_000).toISOString(),
    leaseUntil: new Date(leaseUntil).toISOString(),
    expireAt: new Date(Date.now() + 86_400_000).toISOString(),
  });

  it("then LINE's redelivery runs it once more after the lease lapses, and it ends marked done", async () => {
    const id = '01JDLAPSED0000000000000001';
    await stack.deps.repos.store.create(COLLECTIONS.processedEvents, id, started(Date.now() - 1_000));
    const body = JSON.stringify({ events: [{ ...followEvent(TEACHER, id), deliveryContext: { isRedelivery: true } }] });
    expect((await post(body, sign(body))).status).toBe(200);
    expect(sentTo(TEACHER)).toHaveLength(2); // the welcome the first attempt never sent
    expect(await stack.deps.repos.store.get(COLLECTIONS.processedEvents, id)).toMatchObject({ state: 'done' });
    expect((await post(body, sign(body))).status).toBe(200);
    expect(sentTo(TEACHER)).toHaveLength(2); // done: a further redelivery is a duplicate
  });

  it('then while its lease runs, a redelivery is answered 500 and nothing is done twice', async () => {
    const id = '01JDBUSY000000000000000001';
    await stack.deps.repos.store.create(COLLECTIONS.processedEvents, id, started(Date.now() + 60_000));
    const body = JSON.stringify({ events: [{ ...followEvent(TEACHER, id), deliveryContext: { isRedelivery: true } }] });
    expect((await post(body, sign(body))).status).toBe(500);
    expect(sentTo(TEACHER)).toHaveLength(0);
    expect(await stack.deps.repos.store.get(COLLECTIONS.processedEvents, id)).toMatchObject({ state: 'processing' });
  });
});

describe('When the signature is missing or wrong', () => {
  it.each([
    ['missing', undefined],
    ['wrong', 'c2lnbmF0dXJl'],
    ['computed with another secret', createHmac('sha256', 'another-secret').update('x').digest('base64')],
  ])('then a %s signature gets 401 and nothing is processed', async (_name, signature) => {
    const body = JSON.stringify({ events: [followEvent(TEACHER, '01JDBADSIG0000000000000001')] });
    const res = await post(body, signature);
    expect(res.status).toBe(401);
    expect(await stack.deps.repos.members.get(memberDocId(AREA, TEACHER))).toBeNull();
    expect(stack.platform.messagesTo(TEACHER)).toHaveLength(0);
  });

  it('then a body re-serialised after signing is rejected', async () => {
    const body = JSON.stringify({ events: [followEvent(TEACHER, '01JDRESER00000000000000001')] }, null, 2);
    const res = await post(JSON.stringify(JSON.parse(body)), sign(body));
    expect(res.status).toBe(401);
  });
});

describe('When the body is unusual', () => {
  it('then the console verification body {"events":[]} gets 200', async () => {
    const body = '{"destination":"U8e742f61d673b39c7fff3cecb7536ef0","events":[]}';
    expect((await post(body, sign(body))).status).toBe(200);
  });

  it('then signed non-JSON gets 400 and a body without events gets 400', async () => {
    expect((await post('not json', sign('not json'))).status).toBe(400);
    expect((await post('{"events":{}}', sign('{"events":{}}'))).status).toBe(400);
  });

  it('then standby events send nothing, unknown and legacy types are ignored, and the rest still work', async () => {
    const events = [
      { ...followEvent(TEACHER, '01JDSTANDBY000000000000001'), mode: 'standby', replyToken: undefined },
      {
        type: 'things',
        mode: 'active',
        webhookEventId: '01JDTHINGS0000000000000001',
        source: { type: 'user', userId: TEACHER },
        things: { type: 'link' },
      },
      { type: 'somethingNew', mode: 'active', webhookEventId: '01JDNEW0000000000000000001', timestamp: 1 },
      followEvent(TEACHER_2, '01JDOK00000000000000000001'),
    ];
    const body = JSON.stringify({ events });
    expect((await post(body, sign(body))).status).toBe(200);
    expect(stack.platform.messagesTo(TEACHER)).toHaveLength(0);
    expect(await stack.deps.repos.members.get(memberDocId(AREA, TEACHER))).toBeNull();
    expect(sentTo(TEACHER_2)).toHaveLength(2);
  });

  it('then one failing event does not stop the others in the same body', async () => {
    // A corrupted stored member makes the first event's handler fail.
    await stack.deps.repos.store.set(COLLECTIONS.members, memberDocId(AREA, TEACHER), { lineUserId: 'broken' });
    const message = {
      type: 'message',
      mode: 'active',
      timestamp: Date.now(),
      source: { type: 'user', userId: TEACHER },
      webhookEventId: '01JDFAIL000000000000000001',
      replyToken: stack.platform.issueReplyToken(TEACHER),
      message: { id: '1', type: 'text', text: 'ช่วยเหลือ', quoteToken: 'q' },
    };
    const body = JSON.stringify({ events: [message, followEvent(TEACHER_2, '01JDFAIL000000000000000002')] });
    expect((await post(body, sign(body))).status).toBe(200);
    expect(stack.platform.messagesTo(TEACHER)).toHaveLength(0);
    expect(sentTo(TEACHER_2)).toHaveLength(2);
  });

  it('then a group message without a user id breaks nothing and the bot stays silent unless addressed', async () => {
    const group = 'C0000000000000000000000000000000a';
    await stack.platform.sendEvent(SUPERVISOR, { type: 'message', text: 'สวัสดีทุกคน', groupId: group, omitUserId: true });
    expect(stack.platform.messagesTo(group)).toHaveLength(0);
    const res = await stack.platform.sendEvent(SUPERVISOR, { type: 'message', text: '/help', groupId: group, omitUserId: true });
    expect(res.status).toBe(200);
    expect(textsTo(stack, group)).toHaveLength(1);
  });
});

describe('When a teacher types to the bot', () => {
  beforeEach(async () => {
    await stack.platform.sendEvent(TEACHER, { type: 'follow' });
  });

  it.each([
    ['ช่วยเหลือ', 'พิมพ์คำสั่งได้ดังนี้'],
    ['help', 'พิมพ์คำสั่งได้ดังนี้'],
    ['อะไรนะ', 'ยังไม่เข้าใจ'],
  ])('then "%s" gets a Thai answer with quick replies', async (text, expected) => {
    await stack.platform.sendEvent(TEACHER, { type: 'message', text });
    const last = stack.platform.messagesTo(TEACHER).at(-1)!;
    expect(String(last.message.text)).toContain(expected);
    expect(last.how).toBe('reply');
    expect(JSON.stringify(last.message.quickReply)).toContain('ช่วยเหลือ');
  });

  it('then "ลงทะเบียน" answers with the registration card and a sticker gets a friendly reply', async () => {
    await stack.platform.sendEvent(TEACHER, { type: 'message', text: 'ลงทะเบียน' });
    expect(JSON.stringify(stack.platform.messagesTo(TEACHER).at(-1)!.message)).toContain('/liff/register');
    await stack.platform.sendEvent(TEACHER, { type: 'sticker', packageId: '446', stickerId: '1988' });
    expect(textsTo(stack, TEACHER).at(-1)).toContain('สติกเกอร์');
  });
});
