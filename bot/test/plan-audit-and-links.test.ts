// Two gaps in the evidence, over real HTTP: every change to the plan and its recommendations leaves one audit
// line a supervisor reads (a no-op or refused change none), and the network log may only name a planned activity of its
// own office.
import { memberDocId, type PlanActivity } from '@nithet/shared';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { api, followAndRegister } from './support/people';
import { AREA } from './support/outbox-members';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const Q = '?year=2570&period=fiscal';
const SUP_NAME = 'นางวิภาวรรณ ศรีสุข';

beforeAll(async () => {
  stack = await startTestStack();
  await followAndRegister(stack, TEACHER);
});
afterAll(async () => {
  await stack.stop();
});

interface Entry {
  entity: string;
  entityId: string;
  action: string;
  summary: string;
  actorName: string;
  changes: Array<{ field: string; from: string | null; to: string | null }>;
}
const log = async (entity: string): Promise<Entry[]> => {
  const res = await api(stack, SUPERVISOR, 'GET', `/api/supervisor/audit?entity=${entity}`);
  expect(res.status).toBe(200);
  return [...(res.body.entries as Entry[])].reverse(); // oldest first, as the changes were made
};

describe('When a supervisor changes the plan and its recommendations', () => {
  it('then add, edit, status, delete each leave one line with who and which fields; a no-op or refused change none', async () => {
    const made = await api(stack, SUPERVISOR, 'POST', `/api/plan/activities${Q}`, {
      title: 'อบรมการวัดและประเมินผล',
      kind: 'workshop',
      answersNeeds: ['assessment'],
      startsOn: '2027-02-01',
    });
    expect(made.status).toBe(201);
    const id = (made.body.activity as PlanActivity).id;
    const edit = (body: unknown) => api(stack, SUPERVISOR, 'PUT', `/api/plan/activities/${id}`, body);
    expect((await edit({ title: 'อบรมการวัดและประเมินผลตามสภาพจริง', budget: 8000 })).status).toBe(200);
    expect((await edit({ budget: 8000 })).status).toBe(200); // the same value: nothing changes, nothing is logged
    expect((await edit({ status: 'done' })).status).toBe(200);
    expect((await edit({ budget: -1 })).status).toBe(400);
    expect((await api(stack, TEACHER, 'PUT', `/api/plan/activities/${id}`, { title: 'ของครู' })).status).toBe(403);
    expect((await api(stack, SUPERVISOR, 'DELETE', `/api/plan/activities/${id}`)).status).toBe(204);

    const plan = (await log('planActivity')).filter((e) => e.entityId === id);
    expect(plan.map((e) => [e.action, e.summary, e.actorName])).toEqual([
      ['create', 'เพิ่มกิจกรรม "อบรมการวัดและประเมินผล" ในแผน', SUP_NAME],
      ['update', 'แก้ไขกิจกรรม "อบรมการวัดและประเมินผล"', SUP_NAME],
      ['status', 'แก้ไขกิจกรรม "อบรมการวัดและประเมินผลตามสภาพจริง"', SUP_NAME],
      ['delete', 'ลบกิจกรรม "อบรมการวัดและประเมินผลตามสภาพจริง" ออกจากแผน', SUP_NAME],
    ]);
    expect(plan[1]!.changes).toEqual([
      { field: 'title', from: 'อบรมการวัดและประเมินผล', to: 'อบรมการวัดและประเมินผลตามสภาพจริง' },
      { field: 'budget', from: null, to: '8000' },
    ]);
    expect(plan[2]!.changes).toEqual([{ field: 'status', from: 'planned', to: 'done' }]);

    const rec = await api(stack, SUPERVISOR, 'POST', `/api/recommendations${Q}`, {
      text: 'ขยายผล PLC ทุกกลุ่มโรงเรียน',
      needKey: 'assessment',
    });
    expect(rec.status).toBe(201);
    const recId = String(rec.body.recommendation.id);
    expect((await api(stack, SUPERVISOR, 'PUT', `/api/recommendations/${recId}`, { status: 'done' })).status).toBe(200);
    expect((await api(stack, SUPERVISOR, 'PUT', `/api/recommendations/${recId}`, { status: 'done' })).status).toBe(200);
    expect((await log('recommendation')).map((e) => [e.entityId, e.action, e.actorName])).toEqual([
      [recId, 'create', SUP_NAME],
      [recId, 'status', SUP_NAME],
    ]);
  });
});

describe('When the network log names the planned activity it carried out', () => {
  it('then an activity of the office links, and an unknown or another office’s one is a Thai 400 that stores nothing', async () => {
    const planned = await api(stack, SUPERVISOR, 'POST', `/api/plan/activities${Q}`, {
      title: 'นิเทศโรงเรียนในกลุ่มเครือข่าย',
      kind: 'school-visit',
      networkIds: ['net-science1'],
    });
    const own = (planned.body.activity as PlanActivity).id;
    await stack.deps.repos.planActivities.put({
      ...(planned.body.activity as PlanActivity),
      id: 'pa-other-office',
      areaId: 'other-esa',
      planId: 'other-esa:2570-fiscal',
    });
    const options = await api(stack, SUPERVISOR, 'GET', '/api/networks/net-science1/activity-options');
    expect(options.body.planActivities).toEqual([{ id: own, title: 'นิเทศโรงเรียนในกลุ่มเครือข่าย' }]);

    const record = (planActivityId: string) =>
      api(stack, SUPERVISOR, 'POST', '/api/networks/net-science1/activities', {
        title: 'นิเทศโรงเรียนบ้านหนองบัว',
        kind: 'school-visit',
        date: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
        planActivityId,
        participants: { memberIds: [memberDocId(AREA, TEACHER)] },
      });
    for (const bad of ['pa-nope', 'pa-other-office']) {
      const res = await record(bad);
      expect([bad, res.status, res.body.error.fields]).toEqual([bad, 400, { planActivityId: 'ไม่พบกิจกรรมในแผนที่เลือก กรุณาเลือกใหม่ค่ะ' }]);
    }
    const ok = await record(own);
    expect(ok.status).toBe(201);
    expect(ok.body.activity).toMatchObject({ planActivityId: own, participants: { count: 1 } });
    const listed = await api(stack, SUPERVISOR, 'GET', '/api/networks/net-science1/activities');
    expect(listed.body.activities.map((a: { planActivityId: string }) => a.planActivityId)).toEqual([own]);
  });
});
