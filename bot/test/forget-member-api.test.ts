// "Delete my data" over real HTTP: the person's id leaves seminar answers, evaluations, certificates and the network log,
// while the attendance sheet, the activity's head count and the dashboard still count them; a freed seat goes to the
// waiting list, whose first person is told through LINE.
import { randomUUID } from 'node:crypto';
import { runOutbox } from '../src/outbox';
import { startTestStack, SUPERVISOR, textsTo } from './support/local-stack';
import { api } from './support/people';
import { AREA, addMembers, lineId } from './support/outbox-members';
import { SEMINAR_NETWORK, createSeminarAs, networkOf } from './support/seminar-fixtures';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const HOUR = 3600_000;
const ratings = { content: 5, speakers: 4, classroom: 5, arrangements: 3, overall: 4 };
const today = () => new Date(Date.now() + 7 * HOUR).toISOString().slice(0, 10);

beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(async () => {
  await stack.stop();
});

async function announced(over: Record<string, unknown>): Promise<string> {
  const id = await createSeminarAs(stack, over);
  expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${id}/announce`)).status).toBe(200);
  return id;
}

const going = async (id: string, userId: string) =>
  (await api(stack, userId, 'POST', `/api/seminars/${id}/rsvp`, { status: 'going' })).body.rsvp.status as string;

/** Everything the store holds about seminars, evaluations, certificates and the log, as one string to search. */
async function storedText(seminarIds: string[]): Promise<string> {
  const repos = stack.deps.repos;
  const bySeminar = [{ field: 'seminarId', op: '==' as const, value: '' }];
  const parts: unknown[] = [];
  for (const id of seminarIds) {
    const where = [{ ...bySeminar[0]!, value: id }];
    parts.push((await repos.rsvps.list({ where })).items, (await repos.seminarEvaluations.list({ where })).items);
    parts.push((await repos.certificates.list({ where })).items);
  }
  parts.push((await repos.networkActivities.list({ where: [{ field: 'areaId', op: '==', value: AREA }] })).items);
  parts.push((await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: AREA }] })).items);
  return JSON.stringify(parts);
}

describe('When a teacher who attended, evaluated, waits for a seat and was logged in an activity deletes their data', () => {
  it('then their id is gone everywhere, the counts stay, and the next person in the queue gets the seat and a message', async () => {
    const members = await addMembers(stack, 0, 3);
    await networkOf(stack, members);
    const [leaver, stayer, waiting] = [lineId(0), lineId(1), lineId(2)];

    // A seminar today: the leaver and another teacher check in; both evaluate (the leaver with a comment).
    const held = await announced({
      startsAt: new Date(Date.now() + HOUR).toISOString(),
      endsAt: new Date(Date.now() + 4 * HOUR).toISOString(),
    });
    for (const u of [leaver, stayer]) expect(await going(held, u)).toBe('going');
    const codes = await Promise.all(
      [leaver, stayer].map(async (u) => String((await api(stack, u, 'GET', `/api/seminars/${held}/ticket`)).body.code)),
    );
    const scans = codes.map((value) => ({ clientScanId: randomUUID(), value, scannedAt: new Date().toISOString() }));
    expect((await api(stack, SUPERVISOR, 'POST', `/api/seminars/${held}/check-ins`, { scans })).status).toBe(200);
    const evaluated = await api(stack, leaver, 'PUT', `/api/seminars/${held}/evaluation`, {
      ratings,
      comment: 'ครูสมใจ โรงเรียนบ้านหนองบัว ขอบคุณค่ะ',
    });
    const certificate = evaluated.body.certificate as { verifyUrl: string };
    expect((await fetch(certificate.verifyUrl)).status).toBe(200);
    await api(stack, stayer, 'PUT', `/api/seminars/${held}/evaluation`, { ratings: { ...ratings, overall: 5 }, comment: '' });

    // A seminar next week with one seat: the leaver holds it, the third teacher waits.
    const full = await announced({ capacity: 1 });
    expect([await going(full, leaver), await going(full, waiting)]).toEqual(['going', 'waitlisted']);

    // The network log lists the leaver and the other teacher, plus one person outside the system.
    const logged = await api(stack, SUPERVISOR, 'POST', `/api/networks/${SEMINAR_NETWORK}/activities`, {
      title: 'นิเทศแบบกัลยาณมิตร',
      kind: 'school-visit',
      date: today(),
      participants: { memberIds: [members[0], members[1]], outsideCount: 1 },
    });
    expect(logged.status).toBe(201);
    const sheetBefore = (await api(stack, SUPERVISOR, 'GET', `/api/seminars/${held}/attendance`)).body;
    const dashboardBefore = (await api(stack, SUPERVISOR, 'GET', '/api/dashboard')).body.figures.headline;
    expect(dashboardBefore).toMatchObject({ seminarAttendances: 2, activityParticipants: 3, seminarEvaluationMean: 4.5 });
    await runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * HOUR) }); // earlier cards out of the way
    const waitingTexts = textsTo(stack, waiting).length;

    const res = await api(stack, leaver, 'DELETE', '/api/me');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ deleted: true, memberships: 1, seminarAnswers: { anonymised: 1, deleted: 1 }, activities: 1 });

    // Nothing stored about seminars or the log carries the leaver's LINE id (member ids embed it) or their comment.
    const stored = await storedText([held, full]);
    expect(stored).not.toContain(leaver);
    expect(stored).not.toContain('ครูสมใจ');
    expect((await fetch(certificate.verifyUrl)).status).toBe(404);

    // The attendance sheet still counts them (as an unnamed member); the evaluation's ratings stay, the certificate does not.
    const sheet = (await api(stack, SUPERVISOR, 'GET', `/api/seminars/${held}/attendance`)).body;
    expect(sheet.totals).toEqual({ ...sheetBefore.totals, certificates: sheetBefore.totals.certificates - 1 });
    expect(sheet.evaluationAverages).toEqual(sheetBefore.evaluationAverages);
    expect(sheet.rows.map((r: { name: string }) => r.name).sort()).toEqual(['ครู 1', 'สมาชิก']);

    // The activity keeps its three people: one named, two outside the system.
    const [activity] = (await api(stack, SUPERVISOR, 'GET', `/api/networks/${SEMINAR_NETWORK}/activities`)).body.activities;
    expect(activity.participants).toMatchObject({ memberIds: [members[1]], outsideCount: 2, count: 3 });
    const dashboard = (await api(stack, SUPERVISOR, 'GET', '/api/dashboard')).body.figures.headline;
    expect(dashboard).toMatchObject({
      seminarAttendances: dashboardBefore.seminarAttendances,
      activityParticipants: dashboardBefore.activityParticipants,
      seminarEvaluationMean: dashboardBefore.seminarEvaluationMean,
    });

    // The freed seat goes to the one waiting, who hears it once.
    expect(await stack.deps.repos.seminars.get(full)).toMatchObject({ goingCount: 1, waitlistCount: 0 });
    const mine = (await api(stack, waiting, 'GET', '/api/seminars')).body.seminars.find(
      (s: { seminar: { id: string } }) => s.seminar.id === full,
    );
    expect(mine.myRsvp.status).toBe('going');
    await runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * HOUR) });
    const told = textsTo(stack, waiting).slice(waitingTexts);
    expect(told.filter((t) => t.includes('มีที่นั่งว่างแล้ว'))).toHaveLength(1);

    // Gone for good: a second delete finds nobody.
    expect((await api(stack, leaver, 'DELETE', '/api/me')).status).toBe(404);
  });
});
