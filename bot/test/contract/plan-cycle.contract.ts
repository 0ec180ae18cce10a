// The plan and the cycle on both real stores: plan ↔ need links, default days in January–April, another office refused,
// the dashboard's figures from a seeded ปีงบประมาณ 2570 (exact numbers), and the roll-over into 2571 (twice = once).
import { randomUUID } from 'node:crypto';
import {
  AppError,
  ManualClock,
  createPlanActivity,
  createRepositories,
  createSeminar,
  cycleFigures,
  planView,
  startNextCycle,
  updatePlanActivity,
  type Actor,
  type Repositories,
} from '@nithet/shared';
import { storeFactories } from '../support/store-factories';
import { CYCLE, NOW, seedCycle, type Seeded } from '../support/cycle-seed';

jest.setTimeout(120_000);

const clock = () => new ManualClock(new Date(NOW));
const ids = () => {
  let n = 0;
  return { newId: () => `${randomUUID().slice(0, 8)}${(n += 1)}` };
};
const code = async (p: Promise<unknown>) => {
  try {
    await p;
    return 'ok';
  } catch (e) {
    return e instanceof AppError ? `${e.code}${e.fields ? ` ${Object.keys(e.fields).join(',')}` : ''}` : String(e);
  }
};

describe.each(storeFactories)('The plan and the cycle on $name', (factory) => {
  let repos: Repositories;
  let seeded: Seeded;
  beforeAll(async () => {
    repos = createRepositories(factory.open());
    seeded = await seedCycle(repos, `area-${randomUUID().slice(0, 8)}`);
  });
  afterAll(() => repos.store.close());

  it('When a supervisor plans activities for the needs, then the plan lists them beside the Form 1 needs and days default into January–April', async () => {
    const view = await planView(repos, seeded.supervisor, CYCLE);
    expect(view.label).toBe('ปีงบประมาณ 2570');
    expect(view.window).toEqual({ startsOn: '2027-01-01', endsOn: '2027-04-30' });
    expect(view.needs.respondents).toBe(6);
    expect(view.needs.top.map((n) => [n.key, n.count, n.share, n.mean])).toEqual([
      ['active-learning', 4, 66.67, 3.5],
      ['assessment', 3, 50, 3.17],
      ['reading-writing', 2, 33.33, 2.83],
    ]);
    expect(view.needs.byNetworkKind.map((g) => [g.key, g.respondents, g.needs[0]!.key, g.needs[0]!.count])).toEqual([
      ['teacher-community', 5, 'active-learning', 4],
      // One each: the higher level of need (reading-writing 3.5) comes first.
      ['classroom-school', 2, 'reading-writing', 1],
    ]);
    expect(view.needs.bySchool.map((g) => [g.key, g.respondents])).toEqual([
      ['1040010001', 4],
      ['1040010002', 2],
    ]);
    const byId = new Map(view.activities.map((a) => [a.id, a]));
    expect(byId.get(seeded.activities.a1)).toMatchObject({
      answersNeeds: ['active-learning'],
      startsOn: '2027-01-20',
      endsOn: '2027-01-20',
    });
    expect(byId.get(seeded.activities.a1)!.seminar).toMatchObject({ id: seeded.seminars.s1, status: 'finished' });
    // Made in December with no days: the window's first day.
    expect(byId.get(seeded.activities.a2)).toMatchObject({
      answersNeeds: ['assessment', 'active-learning'],
      startsOn: '2027-01-01',
      endsOn: '2027-01-01',
    });
    // Made inside the window: today.
    const c = new ManualClock(new Date('2027-02-14T03:00:00.000Z'));
    const made = await createPlanActivity({ repos, clock: c, ids: ids() }, seeded.supervisor, CYCLE, {
      title: 'แลกเปลี่ยนเรียนรู้',
      kind: 'knowledge-exchange',
    });
    expect([made.startsOn, made.endsOn]).toEqual(['2027-02-14', '2027-02-14']);
    const { items: audit } = await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: seeded.areaId }] });
    const mine = audit.filter((e) => e.entityId === made.id);
    expect(mine).toEqual([
      expect.objectContaining({ entity: 'planActivity', action: 'create', actorMemberId: seeded.supervisor.memberId }),
    ]);
    expect(audit.filter((e) => e.entity === 'plan' && e.action === 'create')).toHaveLength(1);
    expect(audit.filter((e) => e.entityId === seeded.activities.a1).map((e) => e.action)).toEqual(['create', 'status']);
    // Bad input: a 4xx naming the field, nothing stored.
    expect(await code(createPlanActivity({ repos, clock: c, ids: ids() }, seeded.supervisor, CYCLE, { title: '', kind: 'party' }))).toBe(
      'validation/invalid-input title,kind',
    );
    expect(
      await code(
        createPlanActivity({ repos, clock: c, ids: ids() }, seeded.supervisor, CYCLE, {
          title: 'x',
          kind: 'plc-cycle',
          startsOn: '2027-03-02',
          endsOn: '2027-03-01',
        }),
      ),
    ).toBe('validation/invalid-input endsOn');
    await repos.store.runTransaction(async (tx) => tx.delete('planActivities', made.id));
  });

  it('When someone of another office names this office’s activity, network or plan, then it is not found and nothing changes', async () => {
    const other: Actor = { memberId: 'other-sup', areaId: `other-${randomUUID().slice(0, 6)}`, roles: ['supervisor'], coordinatorOf: [] };
    const deps = { repos, clock: clock(), ids: ids() };
    expect(await code(updatePlanActivity(deps, other, seeded.activities.a1, { title: 'ของฉัน' }))).toBe('plan/not-found');
    const networkId = `${seeded.areaId}-tc`;
    expect(await code(createPlanActivity(deps, other, CYCLE, { title: 'x', kind: 'seminar', networkIds: [networkId] }))).toBe(
      'validation/invalid-input networkIds',
    );
    expect(
      await code(
        createSeminar(deps, other, {
          title: 'สัมมนา',
          startsAt: '2027-02-01T02:00:00.000Z',
          endsAt: '2027-02-01T05:00:00.000Z',
          audience: {},
          planActivityId: seeded.activities.a1,
        }),
      ),
    ).toBe('validation/invalid-input planActivityId');
    expect((await planView(repos, other, CYCLE)).activities).toEqual([]);
    expect((await repos.planActivities.require(seeded.activities.a1)).title).toBe('สัมมนาการจัดการเรียนรู้เชิงรุก');
    const teacher: Actor = { memberId: 't', areaId: seeded.areaId, roles: ['teacher'], coordinatorOf: [] };
    expect(await code(createPlanActivity(deps, teacher, CYCLE, { title: 'x', kind: 'seminar' }))).toBe('auth/forbidden');
  });

  it('When the dashboard counts ปีงบประมาณ 2570, then every figure matches the seeded records', async () => {
    const f = await cycleFigures(repos, seeded.areaId, CYCLE, { clock: clock() });
    expect(f.period).toEqual({ yearBE: 2570, kind: 'fiscal', label: 'ปีงบประมาณ 2570', startsOn: '2026-10-01', endsOn: '2027-09-30' });
    expect(f.office.name).toBe('สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ');
    // Networks at the end: net-tc (m0–m5) and net-cs (m4–m7; m8 left); net-old was archived before.
    expect(f.networks).toMatchObject({ total: 2, members: 8, coordinators: 1 });
    expect(f.networks.byKind.filter((k) => k.networks > 0)).toEqual([
      { key: 'teacher-community', label: 'เครือข่ายในรูปชุมชน (ชุมชนครู)', networks: 1, members: 6 },
      { key: 'classroom-school', label: 'เครือข่ายห้องเรียน/สถานศึกษา', networks: 1, members: 4 },
    ]);
    expect(f.networks.byLevel.map((l) => [l.key, l.networks, l.members])).toEqual([
      ['office', 1, 6],
      ['school', 1, 4],
      ['agency', 0, 0],
      ['community', 0, 0],
    ]);
    expect(
      f.participation.months.map((m) => [
        m.month,
        m.members,
        m.seminars,
        m.seminarAttendances,
        m.networkActivities,
        m.activityParticipants,
      ]),
    ).toEqual([
      ['2026-10', 7, 0, 0, 0, 0],
      ['2026-11', 9, 0, 0, 0, 0],
      ['2026-12', 8, 0, 0, 0, 0],
      ['2027-01', 8, 1, 3, 0, 0],
      ['2027-02', 8, 1, 2, 1, 5],
      ['2027-03', 8, 0, 0, 1, 1],
      ['2027-04', 8, 0, 0, 0, 0],
      ['2027-05', 8, 0, 0, 0, 0],
      ['2027-06', 0, 0, 0, 0, 0],
      ['2027-07', 0, 0, 0, 0, 0],
      ['2027-08', 0, 0, 0, 0, 0],
      ['2027-09', 0, 0, 0, 0, 0],
    ]);
    expect(f.participation.months[0]!.label).toBe('ต.ค. 2569');
    expect(f.participation.totals).toEqual({ networkActivities: 2, activityParticipants: 6, seminars: 2, seminarAttendances: 5 });

    expect(f.needs.rounds).toEqual([expect.objectContaining({ title: 'สำรวจความต้องการ 2570', respondents: 6 })]);
    expect(
      f.needs.top.map((n) => ({
        key: n.key,
        open: n.open,
        evaluation: n.evaluation,
        activities: n.activities.map((a) => [a.title, a.status, a.seminarId]),
      })),
    ).toEqual([
      {
        key: 'active-learning',
        open: false,
        evaluation: { n: 3, mean: 4.33, sd: 0.58 },
        activities: [
          ['อบรมการวัดและประเมินผล', 'planned', null],
          ['สัมมนาการจัดการเรียนรู้เชิงรุก', 'done', seeded.seminars.s1],
        ],
      },
      { key: 'assessment', open: true, evaluation: null, activities: [['อบรมการวัดและประเมินผล', 'planned', null]] },
      // Done, but an open recommendation still names it.
      { key: 'reading-writing', open: true, evaluation: null, activities: [['วงจร PLC การอ่านเขียน', 'done', null]] },
    ]);
    expect([f.needs.answered, f.needs.open]).toEqual([1, 2]);
    expect(f.needs.byEducationLevel.map((g) => [g.key, g.respondents])).toEqual([['primary', 6]]);

    expect(f.plan).toMatchObject({ activities: 4, budgetPlanned: 20000, activitiesWithBudget: 2 });
    expect(f.plan.byStatus.map((s) => [s.key, s.count])).toEqual([
      ['planned', 1],
      ['in-progress', 0],
      ['done', 2],
      ['dropped', 1],
    ]);
    expect(f.plan.byKind.map((s) => [s.key, s.count])).toEqual([
      ['seminar', 1],
      ['workshop', 1],
      ['school-visit', 1],
      ['knowledge-exchange', 0],
      ['plc-cycle', 1],
    ]);

    expect(f.evaluation.form2.rounds).toBe(1);
    expect(f.evaluation.form2.overall).toEqual({ n: 3, mean: 4, sd: 1 });
    const scored = (gs: { key: string; n: number; mean: number | null; sd: number | null }[]) =>
      gs.filter((g) => g.n > 0).map((g) => [g.key, g.n, g.mean, g.sd]);
    expect(scored(f.evaluation.form2.byNetworkKind)).toEqual([
      ['teacher-community', 3, 4, 1],
      ['classroom-school', 1, 3, null],
    ]);
    expect(f.evaluation.seminars.overall).toEqual({ n: 4, mean: 4, sd: 0.82 });
    expect(scored(f.evaluation.seminars.byNetworkKind)).toEqual([
      ['teacher-community', 3, 4.33, 0.58],
      ['classroom-school', 1, 3, null],
    ]);
    expect(scored(f.evaluation.seminars.byNetworkLevel)).toEqual([
      ['office', 3, 4.33, 0.58],
      ['school', 1, 3, null],
    ]);
    expect(f.recommendations.map((r) => [r.status, r.needKey, r.fromYearBE])).toEqual([
      ['open', 'reading-writing', 2570],
      ['done', null, 2570],
    ]);
    expect(f.headline).toEqual({
      yearBE: 2570,
      networks: 2,
      members: 8,
      seminars: 2,
      seminarAttendances: 5,
      networkActivities: 2,
      activityParticipants: 6,
      needsRespondents: 6,
      needsAnswered: 1,
      needsOpen: 2,
      planActivities: 4,
      planActivitiesDone: 2,
      evaluationMean: 4,
      seminarEvaluationMean: 4,
      recommendationsOpen: 1,
    });
    // 2569 has only September's network activity of its own: its headline is there for year-over-year.
    expect(f.previous).toEqual({
      yearBE: 2569,
      networks: 2,
      members: 7,
      seminars: 0,
      seminarAttendances: 0,
      networkActivities: 1,
      activityParticipants: 2,
      needsRespondents: 0,
      needsAnswered: 0,
      needsOpen: 0,
      planActivities: 0,
      planActivitiesDone: 0,
      evaluationMean: null,
      seminarEvaluationMean: null,
      recommendationsOpen: 0,
    });
  });

  it('When the supervisor starts the next cycle twice, then 2571 gets the forms, the plan skeleton and the open recommendation once', async () => {
    const deps = { repos, clock: clock(), ids: ids() };
    const first = await startNextCycle(deps, seeded.supervisor, CYCLE);
    expect(first).toMatchObject({
      cycle: { yearBE: 2571, periodKind: 'fiscal' },
      created: { plan: true, templates: 2, activities: 3, recommendations: 1 },
    });
    const again = await startNextCycle(deps, seeded.supervisor, CYCLE);
    expect(again.created).toEqual({ plan: false, templates: 0, activities: 0, recommendations: 0 });

    const next = { yearBE: 2571, periodKind: 'fiscal' } as const;
    const view = await planView(repos, seeded.supervisor, next);
    expect(view.plan).toMatchObject({ title: 'แผนส่งเสริมและสนับสนุนเครือข่ายการนิเทศ ปีงบประมาณ 2571', status: 'draft' });
    expect(view.activities.map((a) => [a.title, a.startsOn, a.endsOn, a.status, a.answersNeeds])).toEqual([
      ['อบรมการวัดและประเมินผล', '2028-01-01', '2028-01-01', 'planned', ['assessment', 'active-learning']],
      ['สัมมนาการจัดการเรียนรู้เชิงรุก', '2028-01-20', '2028-01-20', 'planned', ['active-learning']],
      ['วงจร PLC การอ่านเขียน', '2028-03-01', '2028-03-31', 'planned', ['reading-writing']],
    ]);
    const templates = await repos.formTemplates.list({ where: [{ field: 'areaId', op: '==', value: seeded.areaId }] });
    expect(templates.items.map((t) => `${t.templateId} v${t.version}`).sort()).toEqual([
      'eval-test v1',
      'eval-test-2571 v1',
      'form1-needs-survey v1',
      'form1-needs-survey-2571 v1',
    ]);
    const f = await cycleFigures(repos, seeded.areaId, next, { clock: clock() });
    expect(f.recommendations).toEqual([expect.objectContaining({ status: 'open', needKey: 'reading-writing', fromYearBE: 2570 })]);
    expect(f.previous).toMatchObject({ yearBE: 2570, needsRespondents: 6, planActivities: 4, seminarEvaluationMean: 4 });
    const { items: audit } = await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: seeded.areaId }] });
    expect(audit.filter((e) => e.entityId === first.planId).map((e) => e.summary)).toEqual([
      'เริ่มรอบปีงบประมาณ 2571 จากปีงบประมาณ 2570: แบบฟอร์ม 2 ชุด กิจกรรม 3 รายการ ข้อเสนอแนะที่ยกมา 1 ข้อ',
    ]);
    // Another office starting its own next cycle copies nothing of this one.
    const other: Actor = { memberId: 'o', areaId: `other-${randomUUID().slice(0, 6)}`, roles: ['supervisor'], coordinatorOf: [] };
    expect((await startNextCycle(deps, other, CYCLE)).created).toEqual({ plan: true, templates: 0, activities: 0, recommendations: 0 });
  });
});
