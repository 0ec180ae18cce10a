import { randomUUID } from 'node:crypto';
import { messagingApi } from '@line/bot-sdk';
import { SUPERVISOR, STRANGER, TEACHER, call, failure, startHarness, text, type Harness } from './local-line-platform-support';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());
afterEach(() => {
  h.platform.reset();
  h.received.length = 0;
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- webhook events are asserted field by field
const lastEvent = () => JSON.parse(h.received.at(-1)!.body) as { destination: string; events: any[] };

describe('webhooks the platform sends', () => {
  it('When a person sends text, then the bot gets a LINE-shaped event signed with the channel secret', async () => {
    const sent = await h.platform.sendEvent(SUPERVISOR, { type: 'message', text: 'สวัสดีครับ' });
    expect(sent.status).toBe(200);
    expect(h.received[0]!.signatureValid).toBe(true);
    const body = lastEvent();
    expect(body.destination).toBe(h.platform.botUserId);
    expect(body.events[0]).toMatchObject({
      type: 'message',
      mode: 'active',
      timestamp: h.clock.now.getTime(),
      source: { type: 'user', userId: SUPERVISOR },
      webhookEventId: sent.webhookEventId,
      deliveryContext: { isRedelivery: false },
      replyToken: sent.replyToken,
      message: { type: 'text', text: 'สวัสดีครับ', id: expect.stringMatching(/^\d{18}$/), quoteToken: expect.any(String) },
    });
    expect(sent.webhookEventId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it('When a person unfollows, then the event has no reply token and their profile answers 404', async () => {
    const sent = await h.platform.sendEvent(TEACHER, { type: 'unfollow' });
    expect(sent.replyToken).toBeUndefined();
    expect(lastEvent().events[0].replyToken).toBeUndefined();
    expect(await failure(h.client.getProfile(TEACHER))).toMatchObject({ status: 404, body: { message: 'Not found' } });
    await h.platform.sendEvent(TEACHER, { type: 'follow' });
    expect(lastEvent().events[0].follow).toEqual({ isUnblocked: true });
  });

  it('When a postback is pressed in a group, then the source is the group and carries data and params', async () => {
    const groupId = 'C' + '1'.repeat(32);
    await h.platform.sendEvent(TEACHER, { type: 'postback', data: 'visit=9', params: { date: '2026-03-02' }, groupId });
    expect(lastEvent().events[0]).toMatchObject({
      source: { type: 'group', groupId, userId: TEACHER },
      postback: { data: 'visit=9', params: { date: '2026-03-02' } },
    });
  });

  it('When a test redelivers a hand-made body, then it arrives signed with the same webhookEventId', async () => {
    const sent = await h.platform.sendEvent(SUPERVISOR, { type: 'message', text: 'x' });
    const again = lastEvent();
    again.events[0].deliveryContext = { isRedelivery: true };
    const res = await h.platform.postRawWebhook(JSON.stringify(again));
    expect(res.status).toBe(200);
    expect(h.received[1]!.signatureValid).toBe(true);
    expect(lastEvent().events[0]).toMatchObject({ webhookEventId: sent.webhookEventId, deliveryContext: { isRedelivery: true } });
  });
});

describe('reply tokens', () => {
  it('When the bot replies once, then the person gets it; when the token is reused, then LINE answers 400 Invalid reply token', async () => {
    const { replyToken } = await h.platform.sendEvent(SUPERVISOR, { type: 'message', text: 'เมนู' });
    const ok = await h.client.replyMessage({ replyToken: replyToken!, messages: [text('ตอบแล้ว')] });
    expect(ok.sentMessages[0]!.id).toMatch(/^\d+$/);
    expect(h.platform.messagesTo(SUPERVISOR)).toMatchObject([{ how: 'reply', message: { type: 'text', text: 'ตอบแล้ว' } }]);
    const again = await failure(h.client.replyMessage({ replyToken: replyToken!, messages: [text('ซ้ำ')] }));
    expect(again).toMatchObject({ status: 400, body: { message: 'Invalid reply token' } });
  });

  it('When a reply token is older than one minute, then LINE answers 400 Invalid reply token', async () => {
    const { replyToken } = await h.platform.sendEvent(SUPERVISOR, { type: 'follow' });
    h.clock.advance(61_000);
    const late = await failure(h.client.replyMessage({ replyToken: replyToken!, messages: [text('ช้าไป')] }));
    expect(late).toMatchObject({ status: 400, body: { message: 'Invalid reply token' } });
  });

  it('When a reply token was never issued, then LINE answers 400; with a retry key, then 400 too', async () => {
    expect(await failure(h.client.replyMessage({ replyToken: 'made-up', messages: [text('x')] }))).toMatchObject({ status: 400 });
    const { replyToken } = await h.platform.sendEvent(SUPERVISOR, { type: 'message', text: 'x' });
    const res = await call(h, '/v2/bot/message/reply', {
      headers: { 'x-line-retry-key': randomUUID() },
      json: { replyToken, messages: [text('x')] },
    });
    expect(res.status).toBe(400);
  });
});

describe('message limits answered as LINE does', () => {
  const pushProblem = async (messages: unknown[]) =>
    failure(h.client.pushMessage({ to: SUPERVISOR, messages: messages as messagingApi.Message[] }));

  it.each([
    ['text over 5,000', [text('ก'.repeat(5001))], 'messages[0].text'],
    ['six messages', Array(6).fill(text('x')), 'messages'],
    [
      'fourteen quick replies',
      [{ ...text('x'), quickReply: { items: Array(14).fill({ type: 'action', action: { type: 'message', label: 'ก', text: 'ก' } }) } }],
      'messages[0].quickReply.items',
    ],
    [
      'a template without altText',
      [
        {
          type: 'template',
          template: {
            type: 'confirm',
            text: 'ok?',
            actions: [
              { type: 'message', label: 'ใช่', text: 'y' },
              { type: 'message', label: 'ไม่', text: 'n' },
            ],
          },
        },
      ],
      'messages[0].altText',
    ],
    [
      'a javascript: URI',
      [
        {
          type: 'template',
          altText: 'a',
          template: { type: 'buttons', text: 'x', actions: [{ type: 'uri', label: 'l', uri: 'javascript:x' }] },
        },
      ],
      'messages[0].template.actions[0].uri',
    ],
  ])('When the bot pushes %s, then LINE answers 400 naming the property', async (_name, messages, property) => {
    const { status, body } = await pushProblem(messages);
    expect(status).toBe(400);
    expect(body.message).toMatch(/^The request body has \d+ error\(s\)$/);
    expect(body.details).toContainEqual({ message: expect.any(String), property });
  });

  it('When a multicast names 501 people, then LINE answers 400 on `to`', async () => {
    const to = Array.from({ length: 501 }, (_, i) => 'U' + i.toString(16).padStart(32, '0'));
    const { status, body } = await failure(h.client.multicast({ to, messages: [text('x')] }));
    expect(status).toBe(400);
    expect(body.details).toContainEqual({ message: expect.any(String), property: 'to' });
  });

  it('When the body is not JSON, then 400; when it is over 2 MB, then 413', async () => {
    expect((await call(h, '/v2/bot/message/push', { body: '{oops' })).status).toBe(400);
    expect((await call(h, '/v2/bot/message/push', { json: { to: SUPERVISOR, messages: [text('x'.repeat(2_200_000))] } })).status).toBe(413);
  });
});

describe('push, multicast and retry keys', () => {
  it('When a push is retried with the same key, then LINE answers 409 with the accepted request id and sentMessages', async () => {
    const key = randomUUID();
    const first = await h.client.pushMessageWithHttpInfo({ to: SUPERVISOR, messages: [text('นัดนิเทศ')] }, key);
    const dup = await failure(h.client.pushMessage({ to: SUPERVISOR, messages: [text('นัดนิเทศ')] }, key));
    expect(dup.status).toBe(409);
    expect(dup.body).toEqual({ message: 'The retry key is already accepted', sentMessages: first.body.sentMessages });
    expect(dup.headers.get('x-line-accepted-request-id')).toBe(first.httpResponse.headers.get('x-line-request-id'));
    expect(h.platform.messagesTo(SUPERVISOR)).toHaveLength(1);
    expect(h.platform.requests().at(-1)!.headers['x-line-retry-key']).toBe(key);
  });

  it('When the retry key is not a UUID, then 400; when 24 h have passed, then the key is accepted again', async () => {
    expect((await failure(h.client.pushMessage({ to: SUPERVISOR, messages: [text('x')] }, 'not-a-uuid'))).status).toBe(400);
    const key = randomUUID();
    await h.client.multicast({ to: [SUPERVISOR, TEACHER], messages: [text('ประกาศ')] }, key);
    expect((await failure(h.client.multicast({ to: [SUPERVISOR], messages: [text('ประกาศ')] }, key))).status).toBe(409);
    h.clock.advance(24 * 3600_000 + 1);
    await h.client.multicast({ to: [SUPERVISOR], messages: [text('ประกาศ')] }, key);
    expect(h.platform.messagesTo(SUPERVISOR).map((m) => m.how)).toEqual(['multicast', 'multicast']);
  });

  it('When the person has blocked the bot, then a push answers 200 but is recorded as not delivered', async () => {
    await h.platform.sendEvent(TEACHER, { type: 'unfollow' });
    await h.client.pushMessage({ to: TEACHER, messages: [text('x')] });
    expect(h.platform.messagesTo(TEACHER)).toEqual([]);
    expect(h.platform.messagesTo(TEACHER, { includeUndelivered: true })).toMatchObject([{ delivered: false, how: 'push' }]);
  });

  it('When the access token is missing or wrong, then LINE answers 401', async () => {
    const bad = new messagingApi.MessagingApiClient({ channelAccessToken: 'wrong', baseURL: h.platform.url });
    expect((await failure(bad.pushMessage({ to: SUPERVISOR, messages: [text('x')] }))).status).toBe(401);
    const res = await fetch(`${h.platform.url}/v2/bot/profile/${SUPERVISOR}`);
    expect(res.status).toBe(401);
    expect(res.headers.get('x-line-request-id')).toBeTruthy();
    expect((await h.client.getProfile(SUPERVISOR)).displayName).toBe('ศน.สมศรี ใจดี');
    expect((await failure(h.client.getProfile(STRANGER))).status).toBe(404);
  });

  it('When the loading animation is asked for 5..60 s in steps of 5, then 202; otherwise 400', async () => {
    await expect(h.client.showLoadingAnimation({ chatId: SUPERVISOR, loadingSeconds: 10 })).resolves.toEqual({});
    expect((await failure(h.client.showLoadingAnimation({ chatId: SUPERVISOR, loadingSeconds: 7 }))).status).toBe(400);
    expect((await failure(h.client.showLoadingAnimation({ chatId: 'C' + '1'.repeat(32) }))).status).toBe(400);
  });
});

describe('fault injection', () => {
  it('When a 429 is injected twice, then two calls get LINE rate-limit answers and the third succeeds', async () => {
    h.platform.injectFault({ path: '/v2/bot/message/push', status: 429, times: 2 });
    for (let i = 0; i < 2; i += 1) {
      const r = await failure(h.client.pushMessage({ to: SUPERVISOR, messages: [text('x')] }));
      expect(r).toMatchObject({ status: 429, body: { message: 'The API rate limit has been exceeded. Try again later.' } });
    }
    await h.client.pushMessage({ to: SUPERVISOR, messages: [text('x')] });
  });

  it('When a 500 hits a push with a retry key, then the same key is accepted on retry', async () => {
    const key = randomUUID();
    h.platform.injectFault({ method: 'POST', path: /push$/, status: 500, times: 1 });
    expect((await failure(h.client.pushMessage({ to: SUPERVISOR, messages: [text('x')] }, key))).status).toBe(500);
    await h.client.pushMessage({ to: SUPERVISOR, messages: [text('x')] }, key);
    expect(h.platform.messagesTo(SUPERVISOR)).toHaveLength(1);
  });

  it('When a delay is injected, then the answer comes after it', async () => {
    h.platform.injectFault({ path: `/v2/bot/profile/${SUPERVISOR}`, delayMs: 150 });
    const started = Date.now();
    await h.client.getProfile(SUPERVISOR);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });
});
