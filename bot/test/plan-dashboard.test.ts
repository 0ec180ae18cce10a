// The plan, dashboard, recommendations and next cycle over real HTTP: staff only, another office's records not found,
// Thai 400s that store nothing, a seminar made from an activity keeps the link, and the dashboard equals cycleFigures.
import { cycleFiguresSchema, cycleFigures, type PlanActivity } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { api, followAndRegister } from './support/people';
import { AREA } from './support/outbox-members';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const Q = '?year=2570&period=fiscal';

beforeAll(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
});
afterAll(async () => {
  await stack.stop();
});

describe('When a teacher opens the plan or the dashboard', () => {
  it('then every route refuses with a Thai message', async () => {
    for (const [method, path] of [
      ['GET', `/api/plan${Q}`],
      ['POST', `/api/plan/activities${Q}`],
      ['GET', `/api/dashboard${Q}`],
      ['GET', `/api/recommendations${Q}`],
      ['POST', `/api/recommendations${Q}`],
      ['POST', `/api/cycle/next${Q}`],
    ] as const) {
      const res = await api(stack, TEACHER, method, path, method === 'POST' ? { title: 'x', kind: 'seminar', text: 'x' } : undefined);
      expect([path, res.status, res.body.error.message]).toEqual([path, 403, 'ท่านไม่มีสิทธิ์ใช้งานส่วนนี้']);
    }
    expect(await stack.deps.repos.planActivities.count([{ field: 'areaId', op: '==', value: AREA }])).toBe(0);
  });
});

describe('When a supervisor plans an activity for a need and makes a seminar from it', () => {
  it('then the plan, the seminar link and the dashboard agree, and bad or foreign requests change nothing', async () => {
    const empty = await api(stack, SUPERVISOR, 'GET', `/api/plan${Q}`);
    expect(empty.status).toBe(200);
    expect(empty.body).toMatchObject({
      label: 'ปีงบประมาณ 2570',
      plan: null,
      activities: [],
      window: { startsOn: '2027-01-01', endsOn: '2027-04-30' },
    });

    const bad = await api(stack, SUPERVISOR, 'POST', `/api/plan/activities${Q}`, { title: '', kind: 'seminar', budget: -5 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toMatchObject({ title: 'กรุณาระบุชื่อกิจกรรม', budget: 'งบประมาณต้องไม่ติดลบ' });
    expect((await api(stack, SUPERVISOR, 'GET', `/api/plan?year=abc`)).status).toBe(400);

    const made = await api(stack, SUPERVISOR, 'POST', `/api/plan/activities${Q}`, {
      title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
      kind: 'seminar',
      answersNeeds: ['active-learning'],
      startsOn: '2027-01-20',
      budget: 12000,
    });
    expect(made.status).toBe(201);
    const activity = made.body.activity as PlanActivity;
    expect(activity).toMatchObject({ startsOn: '2027-01-20', endsOn: '2027-01-20', status: 'planned', planId: `${AREA}:2570-fiscal` });

    const seminar = await api(stack, SUPERVISOR, 'POST', '/api/seminars', {
      title: activity.title,
      startsAt: '2027-01-20T02:00:00.000Z',
      endsAt: '2027-01-20T05:00:00.000Z',
      audience: {},
      planActivityId: activity.id,
    });
    expect(seminar.status).toBe(201);
    expect(seminar.body.seminar.planActivityId).toBe(activity.id);
    const unknownLink = await api(stack, SUPERVISOR, 'POST', '/api/seminars', {
      title: 'x',
      startsAt: '2027-01-21T02:00:00.000Z',
      endsAt: '2027-01-21T05:00:00.000Z',
      audience: {},
      planActivityId: 'pa-nope',
    });
    expect([unknownLink.status, unknownLink.body.error.fields]).toEqual([400, { planActivityId: 'ไม่พบกิจกรรมนี้ในแผนของสำนักงาน' }]);

    const plan = await api(stack, SUPERVISOR, 'GET', `/api/plan${Q}`);
    expect(plan.body.activities).toEqual([
      expect.objectContaining({ id: activity.id, seminar: expect.objectContaining({ id: seminar.body.seminar.id, status: 'draft' }) }),
    ]);

    const edited = await api(stack, SUPERVISOR, 'PUT', `/api/plan/activities/${activity.id}`, { status: 'in-progress' });
    expect(edited.body.activity).toMatchObject({ status: 'in-progress', title: activity.title, budget: 12000 });

    // Another office's activity: not found, untouched.
    const foreign: PlanActivity = {
      ...activity,
      id: 'pa-foreign',
      areaId: 'other-esa',
      planId: 'other-esa:2570-fiscal',
      title: 'ของสำนักงานอื่น',
    };
    await stack.deps.repos.planActivities.put(foreign);
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/plan/activities/pa-foreign', { title: 'ของฉัน' })).status).toBe(404);
    expect((await api(stack, SUPERVISOR, 'DELETE', '/api/plan/activities/pa-foreign')).status).toBe(404);
    expect((await stack.deps.repos.planActivities.require('pa-foreign')).title).toBe('ของสำนักงานอื่น');

    const dash = await api(stack, SUPERVISOR, 'GET', `/api/dashboard${Q}`);
    expect(dash.status).toBe(200);
    const figures = cycleFiguresSchema.parse(dash.body.figures);
    expect(figures.plan).toMatchObject({ activities: 1, budgetPlanned: 12000 });
    const direct = await cycleFigures(stack.deps.repos, AREA, { yearBE: 2570, periodKind: 'fiscal' }, { clock: stack.deps.clock });
    expect({ ...figures, generatedAt: '' }).toEqual({ ...direct, generatedAt: '' });

    expect((await api(stack, SUPERVISOR, 'DELETE', `/api/plan/activities/${activity.id}`)).status).toBe(204);
    expect((await api(stack, SUPERVISOR, 'PUT', `/api/plan/activities/${activity.id}`, { status: 'done' })).status).toBe(404);
  });
});

describe('When a supervisor records recommendations and starts the next cycle', () => {
  it('then open recommendations are carried into 2571 once, however often it is pressed', async () => {
    const rec = await api(stack, SUPERVISOR, 'POST', `/api/recommendations${Q}`, {
      text: 'ขยายวงจร PLC สู่ทุกกลุ่มโรงเรียน',
      needKey: 'active-learning',
    });
    expect(rec.status).toBe(201);
    const closed = await api(stack, SUPERVISOR, 'POST', `/api/recommendations${Q}`, { text: 'จัดทำคู่มือ' });
    expect(
      (await api(stack, SUPERVISOR, 'PUT', `/api/recommendations/${closed.body.recommendation.id}`, { status: 'done' })).body.recommendation
        .status,
    ).toBe('done');
    expect((await api(stack, SUPERVISOR, 'POST', `/api/recommendations${Q}`, { text: '' })).status).toBe(400);
    expect((await api(stack, SUPERVISOR, 'PUT', '/api/recommendations/rec-nope', { status: 'done' })).status).toBe(404);

    const first = await api(stack, SUPERVISOR, 'POST', `/api/cycle/next${Q}`);
    expect(first.body).toMatchObject({ cycle: { yearBE: 2571 }, created: { plan: true, recommendations: 1 } });
    const again = await api(stack, SUPERVISOR, 'POST', `/api/cycle/next${Q}`);
    expect(again.body.created).toEqual({ plan: false, templates: 0, activities: 0, recommendations: 0 });
    const carried = await api(stack, SUPERVISOR, 'GET', '/api/recommendations?year=2571&period=fiscal');
    expect(carried.body.recommendations).toEqual([
      expect.objectContaining({ text: 'ขยายวงจร PLC สู่ทุกกลุ่มโรงเรียน', status: 'open', fromYearBE: 2570, yearBE: 2571 }),
    ]);
  });
});
