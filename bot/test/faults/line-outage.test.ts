// Fault evidence: LINE answers 429, 500, times out or loses its answers for ten minutes (on the outbox's clock) while an
// announcement is queued and people use the bot. The outbox keeps each batch's X-Line-Retry-Key, so every recipient
// gets the announcement exactly once when LINE is back. Replies are never retried (a reply token is single-use and
// expires within a minute), and one-off pushes made by webhook handlers are tried once: both are logged and lost, while
// the change the person asked for is stored and can be seen again (the coordinator's "คำขอเข้าร่วม" list).
import { ManualClock, memberDocId, membershipDocId } from '@nithet/shared';
import type { BotDeps } from '../../src/deps';
import { createLineMessenger } from '../../src/line/messenger';
import { LOCAL_SECRETS } from '../../src/local/local-stack';
import type { RecordedRequest } from '../../src/local/line-platform';
import { seededRandom } from '../../src/local/line-platform/random-failures';
import { enqueueMulticast, jobBatches, runOutbox } from '../../src/outbox';
import { nextDueAt } from '../../src/outbox/outbox-store';
import { startTestStack, TEACHER, textsTo } from '../support/local-stack';
import { COORDINATOR, followAndRegister } from '../support/people';
import { addMembers, AREA, lineId } from '../support/outbox-members';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const T0 = new Date('2026-11-02T03:00:00.000Z');
const MINUTE = 60_000;
const OUTAGE_MS = 10 * MINUTE;

beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

describe('When LINE fails every multicast for ten minutes (429, 500, timeouts, lost answers) and then recovers', () => {
  it('then no batch is given up, and afterwards every recipient has each message exactly once, each batch under one retry key', async () => {
    const RECIPIENTS = 2300; // 5 batches: 4 × 500 + 300
    const members = await addMembers(stack, 0, RECIPIENTS);
    const clock = new ManualClock(T0);
    // LINE's real timeout is the messenger's 8 s; 150 ms keeps the test quick with the same outcome (unknown, retried).
    const messenger = createLineMessenger({
      channelAccessToken: LOCAL_SECRETS.channelAccessToken,
      apiBaseUrl: stack.platform.url,
      timeoutMs: 150,
    });
    const deps: BotDeps = { ...stack.deps, clock, messenger };
    const messages = [
      { type: 'text' as const, text: 'ประกาศ: สัมมนาครูแกนนำ 15 ธันวาคม 2569' },
      { type: 'text' as const, text: 'ลงทะเบียนได้ทางเมนูสัมมนาค่ะ' },
    ];
    const { jobId, batches } = await enqueueMulticast(deps, {
      areaId: AREA,
      reason: 'test',
      recipientMemberIds: members,
      messages,
      dedupeKey: 'outage:1',
    });
    expect(batches).toBe(5);

    stack.platform.setRandomFailures({
      rate: 1,
      seed: 7,
      failures: [
        { kind: 'status', status: 429 },
        { kind: 'status', status: 500 },
        { kind: 'timeout', delayMs: 400 },
        // LINE accepted the request (the messages are delivered) but the answer never came back.
        { kind: 'lost-answer' },
      ],
    });
    const random = seededRandom(3);
    const calls = () => stack.platform.requests().filter((r) => r.path === '/v2/bot/message/multicast');
    const run = () => runOutbox(deps, { now: () => clock.now(), random });
    // Each run sends what is due; then the clock jumps to the next retry, as the outbox loop would wait for it.
    const runUntil = async (end: number | null) => {
      for (;;) {
        await run();
        const next = await nextDueAt(stack.deps.repos.store);
        if (!next) return;
        if (end !== null && next.getTime() >= end) return;
        clock.set(new Date(Math.max(next.getTime(), clock.now().getTime())));
      }
    };
    await runUntil(T0.getTime() + OUTAGE_MS);

    const duringOutage = await jobBatches(stack.deps.repos.store, jobId);
    // Ten minutes of trouble: every batch was tried again and again, none was sent or given up.
    expect(duringOutage.map((b) => b.status)).toEqual(Array(5).fill('pending'));
    for (const b of duringOutage) expect(b.attempts).toBeGreaterThanOrEqual(9);
    // Every kind of trouble happened, and LINE accepted none of the requests but those whose answer it lost.
    const outcome = (r: RecordedRequest) => (r.cut ? r.cut : String(r.status));
    expect(new Set(calls().map(outcome))).toEqual(new Set(['429', '500', 'timeout', 'lost-answer']));

    // LINE is back.
    stack.platform.setRandomFailures(undefined);
    clock.set(new Date(T0.getTime() + OUTAGE_MS));
    await runUntil(null);

    const after = await jobBatches(stack.deps.repos.store, jobId);
    expect(after.map((b) => b.status)).toEqual(Array(5).fill('sent'));
    // Per batch LINE accepted exactly one request (answered 200, or 200 with the answer lost); a retry after a lost
    // answer was refused as a known retry key (409), so nothing went out twice. Every try carried the one stored key.
    expect(calls().filter((r) => r.status === 409).length).toBeGreaterThan(0);
    for (const b of after) {
      const tries = calls().filter((r) => (r.body as { to: string[] }).to[0] === b.to[0]);
      expect(tries).toHaveLength(b.attempts);
      expect(tries.filter((r) => r.status === 200)).toHaveLength(1);
      expect(new Set(tries.map((r) => r.headers['x-line-retry-key']))).toEqual(new Set([b.requests[0]!.retryKey]));
    }
    const counts = new Map<number, number>();
    for (let i = 0; i < RECIPIENTS; i++) {
      const n = stack.platform.messagesTo(lineId(i)).length;
      counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    expect(Object.fromEntries(counts)).toEqual({ 2: RECIPIENTS });
  }, 60_000);
});

describe('When a teacher asks to join an approval network while LINE fails replies and pushes', () => {
  it("then the request is stored, the reply and the coordinator's card are tried once and never again, and nothing is lost for good", async () => {
    await followAndRegister(stack, TEACHER);
    const before = { teacher: textsTo(stack, TEACHER).length, coordinator: textsTo(stack, COORDINATOR).length };
    const seen = stack.platform.requests().length;
    stack.platform.injectFault({ path: '/v2/bot/message/reply', status: 500 });
    stack.platform.injectFault({ path: '/v2/bot/message/push', status: 429 });

    // The event as LINE sends it, so it can be redelivered byte for byte (but for isRedelivery).
    const event = (isRedelivery: boolean) => ({
      type: 'message',
      mode: 'active',
      timestamp: Date.now(),
      webhookEventId: '01JFAULT0LINE0OUTAGE0000001',
      deliveryContext: { isRedelivery },
      source: { type: 'user', userId: TEACHER },
      replyToken,
      message: { type: 'text', id: '5550001', quoteToken: 'q', text: 'เข้าร่วม LEAD2570' },
    });
    const replyToken = stack.platform.issueReplyToken(TEACHER);
    const post = (isRedelivery: boolean) =>
      stack.platform.postRawWebhook(JSON.stringify({ destination: stack.platform.botUserId, events: [event(isRedelivery)] }));

    // The webhook still answers 200: the request is stored whatever LINE says to the reply.
    expect((await post(false)).status).toBe(200);
    const membership = () => stack.deps.repos.memberships.get(membershipDocId('net-lead2570', memberDocId(AREA, TEACHER)));
    expect(await membership()).toMatchObject({ status: 'pending' });
    const calls = (path: string) =>
      stack.platform
        .requests()
        .slice(seen)
        .filter((r) => r.path === path);
    expect(calls('/v2/bot/message/reply').map((r) => r.status)).toEqual([500]);
    expect(calls('/v2/bot/message/push').map((r) => r.status)).toEqual([429]);

    // LINE may deliver the same event again: it is recognised and nothing is sent or stored twice.
    expect((await post(true)).status).toBe(200);
    stack.platform.clearFaults();
    // Nothing was queued for later: the reply token is spent (and would expire within a minute), the push was one-off.
    expect(await runOutbox(stack.deps, { now: () => new Date(Date.now() + 24 * 3600_000) })).toMatchObject({ claimed: 0 });
    expect(calls('/v2/bot/message/reply')).toHaveLength(1);
    expect(calls('/v2/bot/message/push')).toHaveLength(1);
    expect(textsTo(stack, TEACHER)).toHaveLength(before.teacher);
    expect(textsTo(stack, COORDINATOR)).toHaveLength(before.coordinator);

    // Once LINE is back the request is still there: the coordinator's list shows it, and asking again says it waits.
    await stack.platform.sendEvent(COORDINATOR, { type: 'message', text: 'คำขอเข้าร่วม' });
    expect(JSON.stringify(stack.platform.messagesTo(COORDINATOR).at(-1)?.message)).toContain(
      `action=approve&m=${membershipDocId('net-lead2570', memberDocId(AREA, TEACHER))}`,
    );
    await stack.platform.sendEvent(TEACHER, { type: 'message', text: 'เข้าร่วม LEAD2570' });
    expect(textsTo(stack, TEACHER).at(-1)).toContain('อยู่ระหว่างรอการอนุมัติ');
    expect(await stack.deps.repos.memberships.count([{ field: 'memberId', op: '==', value: memberDocId(AREA, TEACHER) }])).toBe(1);
  }, 30_000);
});
