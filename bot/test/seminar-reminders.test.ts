// Seminar reminders through the job runner and the outbox on the local stack: once to those going, once with two
// schedulers, late after downtime while the session has not started, skipped and recorded once it has.
import { ManualClock, rsvpDocId, type Rsvp, type RsvpStatus, type Seminar } from '@nithet/shared';
import type { BotDeps } from '../src/deps';
import { createJobRunner, SEMINAR_REMINDERS_COLLECTION, seminarRemindersJob, seminarReminderId } from '../src/jobs';
import { runOutbox } from '../src/outbox';
import { startTestStack, textsTo } from './support/local-stack';
import { addMembers, AREA, lineId } from './support/outbox-members';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
/** 09:00 Bangkok, so no reminder falls in quiet hours. */
const START = new Date('2026-11-10T02:00:00.000Z');
const T = '2026-11-01T02:00:00.000Z';
const SEM = 'sem-remind';

const seminar: Seminar = {
  id: SEM,
  areaId: AREA,
  title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
  agenda: '',
  startsAt: START.toISOString(),
  endsAt: new Date(START.getTime() + 3 * HOUR).toISOString(),
  venue: 'ห้องประชุมสำนักงานเขต',
  audience: { networkIds: [], levels: [], schoolCodes: [] },
  capacity: 2,
  registrationDeadline: null,
  reminderOffsetsMinutes: [4320, 1440, 60],
  status: 'announced',
  createdBy: 'm-sup',
  version: 1,
  announcedAt: T,
  cancelledAt: null,
  goingCount: 2,
  waitlistCount: 1,
  ticketSeq: 1,
  requireEvaluation: true,
  createdAt: T,
  updatedAt: T,
};

const rsvp = (memberId: string, status: RsvpStatus): Rsvp => ({
  id: rsvpDocId(SEM, memberId),
  areaId: AREA,
  seminarId: SEM,
  memberId,
  status,
  ticket: status === 'waitlisted' ? 1 : null,
  promotedAt: null,
  checkedInAt: null,
  checkedInBy: null,
  checkInMethod: null,
  createdAt: T,
  updatedAt: T,
});

let clock: ManualClock;
let deps: BotDeps;
/** Two going (0, 1), one not going (2), one waitlisted (3). */
async function setUp(): Promise<void> {
  const ids = await addMembers(stack, 0, 4);
  await stack.deps.repos.seminars.put(seminar);
  const statuses: RsvpStatus[] = ['going', 'going', 'not-going', 'waitlisted'];
  for (const [i, id] of ids.entries()) await stack.deps.repos.rsvps.put(rsvp(id, statuses[i]!));
}

const runner = () => createJobRunner(deps, [seminarRemindersJob(deps)]);
const flush = () => runOutbox(deps);
const reminders = (n: number) => textsTo(stack, lineId(n)).filter((t) => t.includes('แจ้งเตือนค่ะ'));
const record = async (offset: number) => stack.deps.repos.store.get(SEMINAR_REMINDERS_COLLECTION, seminarReminderId(SEM, 1, offset));

beforeEach(async () => {
  stack = await startTestStack();
  clock = new ManualClock(new Date(START.getTime() - DAY + 30_000)); // T−1 day, 09:00:30 Bangkok
  deps = { ...stack.deps, clock };
  await setUp();
});
afterEach(async () => {
  await stack.stop();
});

describe('When the T−1 day reminder is due', () => {
  it('then each member going gets it once, and the not-going and waitlisted get none', async () => {
    await runner().runDue();
    await flush();
    clock.advance(5 * MIN);
    await runner().runDue();
    await flush();
    for (const n of [0, 1]) {
      expect(reminders(n)).toHaveLength(1);
      expect(reminders(n)[0]).toContain('พรุ่งนี้ จะถึง "สัมมนาการจัดการเรียนรู้เชิงรุก"');
      expect(reminders(n)[0]).toContain('2569');
    }
    expect([textsTo(stack, lineId(2)), textsTo(stack, lineId(3))]).toEqual([[], []]);
    expect(await record(1440)).toMatchObject({ status: 'sent', recipients: 2 });
    // The T−3 days one (due 2 days back, nobody reminded then) is superseded by the nearer one, not sent late.
    expect(await record(4320)).toMatchObject({ status: 'skipped', reason: 'superseded' });
  });

  it('then two schedulers running at once (and the job itself run twice, past the slot claims) still send it once', async () => {
    await Promise.all([runner().runDue(), runner().runDue()]);
    const [a, b] = [seminarRemindersJob(deps), seminarRemindersJob(deps)];
    const ctx = { slot: new Date(START.getTime() - DAY), now: clock.now(), log: stack.deps.logger };
    await Promise.all([a.run(ctx), b.run(ctx)]);
    await flush();
    await flush();
    expect([reminders(0), reminders(1)].map((r) => r.length)).toEqual([1, 1]);
  });
});

describe('When the bot was down across the T−1 hour due time', () => {
  it('then, back before the start, the reminder is sent late with the time actually left', async () => {
    await runner().runDue();
    await flush();
    clock.set(new Date(START.getTime() - 30 * MIN + 20_000)); // 08:30:20 Bangkok: the T−1 hour was due at 08:00
    const reports = await runner().runDue();
    expect(reports.map((r) => r.outcome)).toContain('done');
    await flush();
    for (const n of [0, 1]) {
      expect(reminders(n)).toHaveLength(2);
      expect(reminders(n)[1]).toContain('อีก 30 นาที จะถึง');
    }
    expect(await record(60)).toMatchObject({ status: 'sent', recipients: 2 });
  });

  it('then, back after the start, the reminder is skipped and recorded once, and nothing is sent', async () => {
    await runner().runDue();
    await flush();
    clock.set(new Date(START.getTime() + 10 * MIN + 20_000)); // 09:10:20 Bangkok: the session has started
    await runner().runDue();
    await flush();
    const skipped = await record(60);
    expect(skipped).toMatchObject({ status: 'skipped', reason: 'event-started', recipients: 0 });
    clock.advance(5 * MIN);
    await runner().runDue();
    await flush();
    expect(await record(60)).toEqual(skipped);
    expect([reminders(0), reminders(1)].map((r) => r.length)).toEqual([1, 1]); // the T−1 day one only
  });
});

describe('When the day after the session comes (the T+1 day follow-up)', () => {
  const END = new Date(seminar.endsAt);
  const followUps = (n: number) => textsTo(stack, lineId(n)).filter((t) => t.includes('ขอบคุณที่เข้าร่วม'));
  /** 0 came and has not evaluated, 1 came and evaluated, 2 was going but did not come, 3 waited. */
  async function setUpFollowUp(over: Partial<Seminar> = {}): Promise<void> {
    const ids = await addMembers(stack, 0, 4);
    await stack.deps.repos.seminars.put({ ...seminar, reminderOffsetsMinutes: [60, -1440], ...over });
    const came = { checkedInAt: seminar.startsAt, checkedInBy: 'm-sup', checkInMethod: 'qr' as const };
    await stack.deps.repos.rsvps.put({ ...rsvp(ids[0]!, 'going'), ...came });
    await stack.deps.repos.rsvps.put({ ...rsvp(ids[1]!, 'going'), ...came });
    await stack.deps.repos.rsvps.put(rsvp(ids[2]!, 'going'));
    await stack.deps.repos.rsvps.put(rsvp(ids[3]!, 'waitlisted'));
    const ratings = { content: 5, speakers: 5, classroom: 5, arrangements: 5, overall: 5 };
    const at = seminar.endsAt;
    await stack.deps.repos.seminarEvaluations.put({
      id: rsvpDocId(SEM, ids[1]!),
      areaId: AREA,
      seminarId: SEM,
      memberId: ids[1]!,
      ratings,
      comment: '',
      submittedAt: at,
      createdAt: at,
      updatedAt: at,
    });
  }

  beforeEach(async () => {
    await stack.stop();
    stack = await startTestStack();
    clock = new ManualClock(new Date(END.getTime() + DAY + 30_000));
    deps = { ...stack.deps, clock };
  });

  it('then only those who came and have not evaluated get the evaluation card, once, even after a later edit', async () => {
    await setUpFollowUp();
    await runner().runDue();
    await flush();
    expect(followUps(0)).toHaveLength(1);
    const card = JSON.stringify(stack.platform.messagesTo(lineId(0)).at(-1)!.message);
    expect(card).toContain(`/seminars/${SEM}/evaluate`);
    expect(card).toContain('ตอบแบบประเมิน');
    expect([1, 2, 3].map((n) => followUps(n).length)).toEqual([0, 0, 0]);

    await stack.deps.repos.seminars.put({ ...seminar, reminderOffsetsMinutes: [60, -1440], version: 2 });
    clock.advance(5 * MIN);
    await runner().runDue();
    await flush();
    expect(followUps(0)).toHaveLength(1);
  });

  it('then, without an evaluation, everyone who came gets the certificate button', async () => {
    await setUpFollowUp({ requireEvaluation: false });
    await runner().runDue();
    await flush();
    expect([0, 1, 2, 3].map((n) => followUps(n).length)).toEqual([1, 1, 0, 0]);
    expect(JSON.stringify(stack.platform.messagesTo(lineId(1)).at(-1)!.message)).toContain('รับเกียรติบัตร');
  });

  it('then, after more than two days of downtime, it is skipped and recorded instead of sent', async () => {
    await setUpFollowUp();
    clock.set(new Date(END.getTime() + DAY + 2 * DAY + 10 * MIN));
    await createJobRunner(deps, [seminarRemindersJob(deps, { lookBackMs: 5 * DAY })]).runDue();
    await flush();
    expect(followUps(0)).toHaveLength(0);
    expect(await stack.deps.repos.store.get(SEMINAR_REMINDERS_COLLECTION, seminarReminderId(SEM, 1, -1440))).toMatchObject({
      status: 'skipped',
      reason: 'too-late',
    });
  });
});
