// The data-quality board over real HTTP (local stack, SQLite): the three figures of the work standard on known
// data, what lies behind them, refused saves counted where the 400 is made, and one-tap nudges once a day each.
import { memberDocId } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER, TEACHER_2 } from './support/local-stack';
import { api, followAndRegister, registration, TEACHER_3 } from './support/people';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const id = (u: string) => memberDocId('demo-esa', u);
const DAY = 86_400_000;

beforeEach(async () => {
  stack = await startTestStack();
  // No quiet hours, so reminders go at once whatever the hour the test runs.
  await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { quietStartHour: 0, quietEndHour: 0 });
  await followAndRegister(stack, TEACHER); // สมศรี ใจดี, โรงเรียนบ้านโนนทัน
  await followAndRegister(stack, TEACHER_2); // the same name and school: a duplicate
  await followAndRegister(stack, TEACHER_3, { firstName: 'มาลี', subjects: [], schoolCode: '1040010005' }); // no subjects
  for (const u of [TEACHER, TEACHER_3]) await api(stack, u, 'POST', '/api/networks/join', { code: 'SCIENCE1' });
  // Stale: confirmed long ago; and one network nobody touched since last year.
  const t1 = (await stack.deps.repos.members.get(id(TEACHER)))!;
  await stack.deps.repos.members.put({ ...t1, profileConfirmedAt: new Date(Date.now() - 400 * DAY).toISOString() });
  const wisdom = (await stack.deps.repos.networks.get('net-wisdom1'))!;
  await stack.deps.repos.networks.put({ ...wisdom, updatedAt: new Date(Date.now() - 400 * DAY).toISOString() });
});
afterEach(async () => {
  await stack.stop();
});

async function openNeedsSurvey(): Promise<string> {
  const round = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
    title: 'สำรวจความต้องการ 2570',
    templateId: 'form1-needs-survey',
    audience: { networkIds: ['net-science1'] },
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * DAY).toISOString(),
  });
  const rid = round.body.round.id as string;
  expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${rid}/open`)).status).toBe(200);
  return rid;
}

describe('When a supervisor opens the data-quality board', () => {
  it('then accurate, complete and current are exact, with refused saves counted and the records behind each', async () => {
    const rid = await openNeedsSurvey();
    // Two saves refused by validation: a profile with a bad phone, an empty form submission.
    expect((await api(stack, TEACHER, 'PUT', '/api/me/registration', registration({ phone: '12' }))).status).toBe(400);
    expect(
      (await api(stack, TEACHER, 'POST', `/api/form-rounds/${rid}/responses`, { answers: {}, idempotencyKey: 'key-00000001' })).status,
    ).toBe(400);
    // Refusals elsewhere (a network body) are not data people entered about themselves: not counted.
    expect((await api(stack, SUPERVISOR, 'PATCH', '/api/networks/net-science1', { name: '' })).status).toBe(400);

    const { status, body } = await api(stack, SUPERVISOR, 'GET', '/api/supervisor/data-quality');
    expect(status).toBe(200);
    // 5 registered (supervisor, coordinator, 3 teachers) + 12 schools + 7 networks; one record too many (teacher 2).
    expect(body.figures.accurate).toEqual({
      percent: 95.8,
      total: 24,
      good: 23,
      problems: 1,
      validationFailures: 2,
      duplicates: { membersSameNameSchool: 1, samePhone: 0, schoolsSameName: 0, networksSameName: 0 },
    });
    // 5 members + 2 expected answers (the two science teachers); teacher 3 lacks subjects, nobody has answered.
    expect(body.figures.complete).toEqual({
      percent: 57.1,
      total: 7,
      good: 4,
      problems: 3,
      missingProfiles: 1,
      expectedResponses: 2,
      missingResponses: 2,
    });
    expect(body.figures.current).toEqual({ percent: 83.3, total: 12, good: 10, problems: 2, staleProfiles: 1, networksNotUpdated: 1 });

    expect(body.duplicates.people).toEqual([
      {
        reason: 'name-school',
        people: [
          { memberId: id(TEACHER), name: 'นางสาวสมศรี ใจดี', schoolName: 'โรงเรียนบ้านโนนทัน' },
          { memberId: id(TEACHER_2), name: 'นางสาวสมศรี ใจดี', schoolName: 'โรงเรียนบ้านโนนทัน' },
        ],
      },
    ]);
    expect(body.rounds).toEqual([
      expect.objectContaining({
        roundId: rid,
        kind: 'needs-survey',
        audience: 2,
        answered: 0,
        bySchool: [
          { key: '1040010002', label: 'โรงเรียนบ้านโนนทัน', audience: 1, missing: 1 },
          { key: '1040010005', label: 'โรงเรียนอนุบาลบ้านฝาง', audience: 1, missing: 1 },
        ],
        byNetwork: [{ key: 'net-science1', label: 'ชุมชนครูวิทยาศาสตร์', audience: 2, missing: 2 }],
      }),
    ]);
    expect(body.networksNotUpdated.map((n: { id: string }) => n.id)).toEqual(['net-wisdom1']);
    expect(body.nudgeable).toEqual({ accurate: 2, complete: 1, current: 1 });
    // The stored refusals name fields, never what was typed.
    const stored = await stack.deps.repos.store.query('validationFailures', {});
    expect(stored.docs.map((d) => [d.data.kind, d.data.fields])).toEqual(
      expect.arrayContaining([
        ['profile', ['phone']],
        ['form-response', expect.any(Array)],
      ]),
    );
    expect(JSON.stringify(stored.docs)).not.toContain('สมศรี');
  });
});

describe("When a supervisor taps a word's nudge", () => {
  it('then the count and quota come first, each person gets one reminder a day whichever word, and the board counts it', async () => {
    const preview = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges/preview', { word: 'accurate' });
    expect(preview.body).toMatchObject({ asked: 2, alreadyToday: 0, reachable: 2, quotaCost: 2, quietHours: { delayedUntil: null } });
    expect(preview.body.monthlyQuota).toMatchObject({ exceeds: false });

    expect((await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', { word: 'accurate' })).body).toEqual({
      sent: 2,
      skippedRecently: 0,
      skippedUnreachable: 0,
    });
    expect((await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', { word: 'accurate' })).body).toEqual({
      sent: 0,
      skippedRecently: 2,
      skippedUnreachable: 0,
    });
    // Teacher 1 is also the stale one: already reminded today, so "current" sends nothing more.
    expect((await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', { word: 'current' })).body).toMatchObject({
      sent: 0,
      skippedRecently: 1,
    });
    const texts = (u: string) => stack.platform.messagesTo(u).map((m) => String(m.message.text ?? ''));
    expect(texts(TEACHER).filter((t) => t.includes('อาจซ้ำ'))).toHaveLength(1);
    expect(texts(TEACHER).filter((t) => t.includes('ยืนยันว่าข้อมูล'))).toHaveLength(0);
    expect((await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges/preview', { word: 'accurate' })).body).toMatchObject({
      asked: 2,
      alreadyToday: 2,
      reachable: 0,
    });
    expect((await api(stack, SUPERVISOR, 'GET', '/api/supervisor/data-quality')).body.nudgeable).toEqual({
      accurate: 0,
      complete: 1,
      current: 0,
    });
  });

  it('then past the monthly quota it is refused before anyone is marked reminded, and a bad word gets a 400', async () => {
    await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { monthlyMessageQuota: 0 });
    const refused = await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', { word: 'complete' });
    expect(refused.status).toBeGreaterThanOrEqual(400);
    expect(refused.status).toBeLessThan(500);
    expect(refused.body.error.code).toBe('outbox/quota-exceeded');
    expect((await stack.deps.repos.members.get(id(TEACHER_3)))!.lastNudgedAt ?? null).toBeNull();
    expect((await api(stack, SUPERVISOR, 'POST', '/api/supervisor/nudges', { word: 'everything' })).status).toBe(400);
  });
});
