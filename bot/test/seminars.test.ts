// Seminars over real HTTP and the local LINE platform: preview, announce once, RSVP under a seat limit with
// 50 people at once, the waiting list and its promotion, the deadline, and who may create.
import * as fixtures from './support/seminar-fixtures';
import { seminarBody } from './support/seminar-fixtures';
import { runOutbox } from '../src/outbox';
import { startTestStack, SUPERVISOR, TEACHER, textsTo } from './support/local-stack';
import { api, followAndRegister } from './support/people';
import { addMembers, deliveredCounts, lineId } from './support/outbox-members';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const HOUR = 3600_000;
/** Dispatches the outbox as if half a day later, so quiet hours never hold a batch back (the test is timeless). */
const flush = () => runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * HOUR) });
const press = (userId: string, data: string) => stack.platform.sendEvent(userId, { type: 'postback', data });
const people = (n: number) => Array.from({ length: n }, (_, i) => lineId(i));

const networkOf = (memberIds: string[]) => fixtures.networkOf(stack, memberIds);

async function createSeminar(over: Record<string, unknown> = {}): Promise<string> {
  const id = await fixtures.createSeminarAs(stack, over);
  expect((await stack.deps.repos.seminars.get(id))?.status).toBe('draft');
  return id;
}

beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

describe('When a supervisor creates and announces a seminar', () => {
  it('then the preview counts the audience, every reachable member gets one card, and announcing twice sends once', async () => {
    const reachable = await addMembers(stack, 0, 50);
    const unreachable = [...(await addMembers(stack, 100, 1, 'blocked')), ...(await addMembers(stack, 200, 1, 'withdrawn'))];
    await networkOf([...reachable, ...unreachable]);
    const id = await createSeminar();

    const preview = await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/announce-preview`);
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ recipients: 52, reachable: 50, skippedUnreachable: 2, requests: 1, quotaCost: 50 });
    expect(preview.body.quietHours).toMatchObject({ startHour: 21, endHour: 7 });

    const first = await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`);
    expect(first.body).toMatchObject({ created: true, reachable: 50, seminar: { status: 'announced' } });
    await flush();
    const second = await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`);
    expect(second.body).toMatchObject({ created: false });
    await flush();

    expect(deliveredCounts(stack, people(50))).toEqual(Array(50).fill(1));
    const card = JSON.stringify(stack.platform.messagesTo(lineId(0))[0]!.message);
    expect(card).toContain(`action=rsvp&s=${id}&v=going`);
    expect(card).toContain(`action=rsvp&s=${id}&v=not-going`);
    expect(card).toContain(`/seminars/${id}`);
    expect(card).toContain('เหลือที่นั่ง 10 ที่');
    expect(card).toMatch(/25\d\d/); // พ.ศ.
  });
});

describe("When an announcement would pass this month's message quota", () => {
  it("then the preview shows LINE's count against the lower limit, and announcing is refused in Thai with nothing queued", async () => {
    await networkOf(await addMembers(stack, 0, 30));
    const id = await createSeminar();
    stack.platform.setQuota({ type: 'limited', value: 1000 }, { totalUsage: 950 });
    const preview = await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/announce-preview`);
    expect(preview.body.monthlyQuota).toEqual({ limit: 1000, used: 950, afterSending: 980, exceeds: false, source: 'line' });

    const settings = await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { monthlyMessageQuota: 960 });
    expect(settings.body).toMatchObject({ monthlyMessageQuota: 960, profileStaleDays: 180 });
    const tight = await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/announce-preview`);
    expect(tight.body.monthlyQuota).toMatchObject({ limit: 960, afterSending: 980, exceeds: true, source: 'office' });
    const refused = await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('เกินโควตาข้อความ');
    expect(await stack.deps.repos.seminars.get(id)).toMatchObject({ status: 'draft' });
    await flush();
    expect(deliveredCounts(stack, people(30))).toEqual(Array(30).fill(0));
  });
});

describe('When the office sets its own quiet hours', () => {
  it('then the preview says when the announcement would go out under them, and none means at once', async () => {
    await networkOf(await addMembers(stack, 0, 1));
    const id = await createSeminar();
    const hour = (new Date().getUTCHours() + 7) % 24; // now, on a Bangkok clock
    const quiet = { quietStartHour: hour, quietEndHour: (hour + 2) % 24 };
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', quiet)).body).toMatchObject(quiet);
    const held = (await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/announce-preview`)).body.quietHours;
    expect(held).toMatchObject({ startHour: hour, endHour: (hour + 2) % 24 });
    const wait = Date.parse(held.delayedUntil) - Date.now();
    expect(wait).toBeGreaterThan(HOUR - 60_000);
    expect(wait).toBeLessThanOrEqual(2 * HOUR);
    expect(new Date(held.delayedUntil).getUTCMinutes()).toBe(0);

    await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { quietStartHour: 0, quietEndHour: 0 });
    expect((await api(stack, SUPERVISOR, 'GET', `/api/seminars/${id}/announce-preview`)).body.quietHours.delayedUntil).toBeNull();
    const bad = await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { quietStartHour: 24 });
    expect(bad.status).toBe(400);
  });
});

describe('When 50 people answer "going" at once for 10 seats', () => {
  it('then exactly 10 go, 40 wait in arrival order, and a seat freed by the button promotes the first, who is told once', async () => {
    await networkOf(await addMembers(stack, 0, 51));
    const id = await createSeminar();
    await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`);
    await flush();

    const answers = await Promise.all(people(50).map((u) => api(stack, u, 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' })));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(200));
    const going = answers.filter((a) => a.body.rsvp.status === 'going');
    const waiting = answers.filter((a) => a.body.rsvp.status === 'waitlisted');
    expect([going.length, waiting.length]).toEqual([10, 40]);
    expect(waiting.map((a) => a.body.rsvp.position as number).sort((a, b) => a - b)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(await stack.deps.repos.seminars.get(id)).toMatchObject({ goingCount: 10, waitlistCount: 40, ticketSeq: 40 });

    const leaver = people(50)[answers.findIndex((a) => a.body.rsvp.status === 'going')]!;
    const firstInLine = people(50)[answers.findIndex((a) => a.body.rsvp.position === 1)]!;
    await press(leaver, `action=rsvp&s=${id}&v=not-going`);
    expect(textsTo(stack, leaver).at(-1)).toContain('ไม่เข้าร่วม');
    await flush();
    await flush();
    expect(textsTo(stack, firstInLine).filter((t) => t.includes('มีที่นั่งว่างแล้ว'))).toHaveLength(1);
    const others = people(50).filter((u) => u !== leaver && u !== firstInLine);
    expect(deliveredCounts(stack, others)).toEqual(Array(48).fill(1)); // the card only
    expect(await stack.deps.repos.seminars.get(id)).toMatchObject({ goingCount: 10, waitlistCount: 39 });

    await press(lineId(50), `action=rsvp&s=${id}&v=going`);
    expect(textsTo(stack, lineId(50)).at(-1)).toContain('ท่านอยู่ในรายชื่อสำรองลำดับที่ 40');
  });
});

describe('When the registration deadline has passed', () => {
  it('then the button and the API refuse in Thai and nothing is stored', async () => {
    await networkOf(await addMembers(stack, 0, 1));
    const id = await createSeminar({ registrationDeadline: new Date(Date.now() - 60_000).toISOString() });
    await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`);
    await press(lineId(0), `action=rsvp&s=${id}&v=going`);
    expect(textsTo(stack, lineId(0)).at(-1)).toContain('ปิดรับลงทะเบียนแล้ว');
    const res = await api(stack, lineId(0), 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' });
    expect([res.status, res.body.error.code]).toEqual([409, 'seminar/closed']);
    expect(await stack.deps.repos.rsvps.count([{ field: 'seminarId', op: '==', value: id }])).toBe(0);
  });
});

describe('When a seminar people registered for is edited, then cancelled', () => {
  it('then those going and waiting are told once per edit and once of the cancellation, others never, and answers are refused', async () => {
    await networkOf(await addMembers(stack, 0, 3));
    const id = await createSeminar({ capacity: 1, onlineUrl: 'https://meet.example.org/abc' });
    await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`);
    await api(stack, lineId(0), 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' });
    expect((await api(stack, lineId(1), 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' })).body.rsvp.status).toBe('waitlisted');
    // Moving it to a hall and clearing the online link (null removes it) is one edit: one message each.
    const edit = await api(stack, SUPERVISOR, 'PATCH', `/api/seminars/${id}`, { venue: 'หอประชุมโรงเรียนบ้านหนองบัว', onlineUrl: null });
    expect(edit.body.seminar).toMatchObject({ venue: 'หอประชุมโรงเรียนบ้านหนองบัว', version: 2, capacity: 1 });
    expect(edit.body.seminar.onlineUrl).toBeUndefined();
    expect((await stack.deps.repos.seminars.get(id))?.onlineUrl).toBeUndefined();
    expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/cancel`)).body.changed).toBe(true);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/cancel`)).body.changed).toBe(false);
    await flush();
    await flush();
    const told = (n: number, what: string) => textsTo(stack, lineId(n)).filter((t) => t.includes(what)).length;
    expect([0, 1, 2].map((n) => told(n, 'แจ้งเปลี่ยนแปลง'))).toEqual([1, 1, 0]);
    expect([0, 1, 2].map((n) => told(n, 'ถูกยกเลิกแล้ว'))).toEqual([1, 1, 0]);
    const res = await api(stack, lineId(2), 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' });
    expect(res.body.error.code).toBe('seminar/cancelled');
  });
});

describe('When a teacher tries to create a seminar', () => {
  it('then it is forbidden', async () => {
    await followAndRegister(stack, TEACHER);
    const res = await api(stack, TEACHER, 'POST', '/api/seminars', seminarBody());
    expect([res.status, res.body.error.code]).toEqual([403, 'auth/forbidden']);
  });
});
