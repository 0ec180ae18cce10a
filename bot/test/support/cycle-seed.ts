// One office's ปีงบประมาณ 2570 with known numbers (networks, a Form 1 and a Form 2 round answered through the real use
// case, a plan, seminars with check-ins and evaluations, network activities, recommendations) for the cycle tests.
import {
  FORM1_NEEDS_SURVEY,
  ManualClock,
  createPlanActivity,
  createRecommendation,
  createRound,
  ensureBuiltInTemplates,
  formDefinitionSchema,
  markRoundOpen,
  memberDocId,
  membershipDocId,
  newArea,
  newNetwork,
  newSeminar,
  rsvpDocId,
  submitResponse,
  updatePlanActivity,
  type Actor,
  type Member,
  type Membership,
  type NetworkActivity,
  type Repositories,
} from '@nithet/shared';
import { anonymousResponseIdWith } from '../../src/forms/anonymous-id';
import { FORM1_TOPICS } from './form1-answers';

export const CYCLE = { yearBE: 2570, periodKind: 'fiscal' } as const;
/** "Today" for the figures: after the January–April window of ปีงบประมาณ 2570. */
export const NOW = '2027-05-20T03:00:00.000Z';
const SCHOOLS = ['1040010001', '1040010002'];

export const EVALUATION = formDefinitionSchema.parse({
  id: 'eval-test',
  version: 1,
  kind: 'evaluation',
  title: 'แบบติดตามและประเมินผล (ทดสอบ)',
  sections: [{ id: 's', title: 'ผลการประเมิน', questions: [{ id: 'overall', kind: 'rating', label: 'ภาพรวม', required: true }] }],
});

export const userOf = (areaId: string, i: number) => `U${(0xc00000 + i + (areaId.length % 7) * 1000).toString(16).padStart(32, '0')}`;

function member(areaId: string, i: number, roles: Member['roles'] = ['teacher']): Member {
  const lineUserId = userOf(areaId, i);
  const T = '2026-01-01T00:00:00.000Z';
  return {
    id: memberDocId(areaId, lineUserId),
    areaId,
    lineUserId,
    displayName: `ครู ${i}`,
    status: 'following',
    roles,
    profile: {
      title: 'นาง',
      firstName: `สมใจ${i}`,
      lastName: 'ทดสอบ',
      schoolCode: SCHOOLS[i % 2]!,
      position: 'teacher',
      subjects: [],
      levels: ['primary'],
    },
    registeredAt: T,
    profileConfirmedAt: T,
    consents: [{ purpose: 'network-contact', granted: true, noticeVersion: '2026-01', at: T }],
    followedAt: T,
    createdAt: T,
    updatedAt: T,
  };
}

/** A complete Form 1 answer choosing `topics`, rating them as given and every other topic 2. */
function form1Answers(schoolCode: string, topics: Record<string, number>) {
  return {
    position: 'teacher',
    'work-level': 'school',
    school: schoolCode,
    'network-role': 'member',
    'network-kinds': ['teacher-community'],
    topics: Object.keys(topics),
    'topic-needs': Object.fromEntries(FORM1_TOPICS.map((t) => [t, topics[t] ?? 2])),
    formats: ['workshop'],
    months: ['january'],
    'current-problems': 'ครูต้องการแนวทางการจัดการเรียนรู้',
  };
}

export type Seeded = {
  areaId: string;
  supervisor: Actor;
  members: Member[];
  activities: { a1: string; a2: string; a3: string; a4: string };
  seminars: { s1: string; s2: string };
  recommendations: { open: string; done: string };
};

/** Stores the whole cycle; every number the tests expect is derived in the comments beside them. */
export async function seedCycle(repos: Repositories, areaId: string): Promise<Seeded> {
  const clock = new ManualClock(new Date('2026-01-01T00:00:00.000Z'));
  let seq = 0;
  const ids = { newId: () => `${areaId.slice(-6)}${(seq += 1).toString(36)}` };
  const deps = { repos, clock, ids };
  await repos.areas.put(
    newArea({ id: areaId, name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ', kind: 'primary', province: 'ขอนแก่น' }, clock.now().toISOString()),
  );
  const members = Array.from({ length: 10 }, (_, i) => member(areaId, i));
  const sup = member(areaId, 99, ['supervisor']);
  for (const m of [...members, sup]) await repos.members.put(m);
  const supervisor: Actor = { memberId: sup.id, areaId, roles: ['supervisor'], coordinatorOf: [] };

  // Networks: two counted; net-old was archived before the cycle.
  const net = (
    id: string,
    kind: 'teacher-community' | 'classroom-school' | 'community',
    level: 'office' | 'school' | 'community',
    code: string,
  ) =>
    newNetwork(
      { id: `${areaId}-${id}`, areaId, name: `เครือข่าย ${id}`, kind, level, joinCode: code, joinPolicy: 'open' },
      '2026-01-01T00:00:00.000Z',
    );
  const tc = net('tc', 'teacher-community', 'office', 'TCNET');
  const cs = net('cs', 'classroom-school', 'school', 'CSNET');
  const old = { ...net('old', 'community', 'community', 'OLDNET'), status: 'archived' as const, updatedAt: '2026-06-01T00:00:00.000Z' };
  for (const n of [tc, cs, old]) await repos.networks.put(n);
  const join = (networkId: string, m: Member, joinedAt: string, extra: Partial<Membership> = {}): Membership => ({
    id: membershipDocId(networkId, m.id),
    areaId,
    networkId,
    memberId: m.id,
    role: 'member',
    status: 'active',
    joinedAt,
    createdAt: joinedAt,
    updatedAt: joinedAt,
    ...extra,
  });
  const ms: Membership[] = [
    ...members.slice(0, 6).map((m, i) => join(tc.id, m, '2026-09-01T00:00:00.000Z', i === 0 ? { role: 'coordinator' } : {})),
    ...members.slice(4, 8).map((m) => join(cs.id, m, '2026-11-15T00:00:00.000Z')),
    join(cs.id, members[8]!, '2026-09-01T00:00:00.000Z', { status: 'left', updatedAt: '2026-12-10T00:00:00.000Z' }),
    join(old.id, members[9]!, '2026-01-01T00:00:00.000Z'),
  ];
  for (const m of ms) await repos.memberships.put(m);

  // Form 1 (the real template) and a small Form 2, answered through the real use case (running totals kept).
  await ensureBuiltInTemplates(repos, areaId, [FORM1_NEEDS_SURVEY, EVALUATION], clock.now().toISOString());
  const fill = async (templateId: string, opensAt: string, answers: [number, Record<string, unknown>][]) => {
    clock.set(opensAt);
    const draft = await createRound(deps, supervisor, {
      title: templateId === 'eval-test' ? 'ติดตามและประเมินผล 2570' : 'สำรวจความต้องการ 2570',
      templateId,
      audience: {},
      opensAt,
      closesAt: new Date(Date.parse(opensAt) + 20 * 86_400_000).toISOString(),
    });
    await markRoundOpen(deps, supervisor, draft.id);
    clock.advance(3_600_000);
    for (const [i, a] of answers)
      await submitResponse(
        { ...deps, anonymousResponseId: anonymousResponseIdWith('seed'), choices: { schools: SCHOOLS, networks: [tc.id, cs.id] } },
        members[i]!,
        draft.id,
        { answers: a, idempotencyKey: `k-${templateId}-${i}` },
      );
  };
  const school = (i: number) => SCHOOLS[i % 2]!;
  await fill('form1-needs-survey', '2026-11-20T02:00:00.000Z', [
    [0, form1Answers(school(0), { 'active-learning': 5, assessment: 4 })],
    [1, form1Answers(school(1), { 'active-learning': 5, 'reading-writing': 4 })],
    [2, form1Answers(school(2), { 'active-learning': 4 })],
    [3, form1Answers(school(3), { assessment: 5 })],
    [4, form1Answers(school(4), { 'active-learning': 3, assessment: 4 })],
    [6, form1Answers(school(6), { 'reading-writing': 5 })],
  ]);
  await fill('eval-test', '2027-04-20T02:00:00.000Z', [
    [0, { overall: 4 }],
    [1, { overall: 5 }],
    [4, { overall: 3 }],
  ]);

  // The plan, made in December (outside the window: an undated activity starts on 1 January).
  clock.set('2026-12-01T02:00:00.000Z');
  const a1 = await createPlanActivity(deps, supervisor, CYCLE, {
    title: 'สัมมนาการจัดการเรียนรู้เชิงรุก',
    kind: 'seminar',
    answersNeeds: ['active-learning'],
    networkIds: [tc.id],
    startsOn: '2027-01-20',
    budget: 15000,
  });
  const a2 = await createPlanActivity(deps, supervisor, CYCLE, {
    title: 'อบรมการวัดและประเมินผล',
    kind: 'workshop',
    answersNeeds: ['assessment', 'active-learning'],
  });
  const a3 = await createPlanActivity(deps, supervisor, CYCLE, {
    title: 'วงจร PLC การอ่านเขียน',
    kind: 'plc-cycle',
    answersNeeds: ['reading-writing'],
    startsOn: '2027-03-01',
    endsOn: '2027-03-31',
    budget: 5000,
  });
  const a4 = await createPlanActivity(deps, supervisor, CYCLE, { title: 'นิเทศโรงเรียนขนาดเล็ก', kind: 'school-visit', status: 'dropped' });
  clock.set('2027-04-30T02:00:00.000Z');
  await updatePlanActivity(deps, supervisor, a1.id, { status: 'done' });
  await updatePlanActivity(deps, supervisor, a3.id, { status: 'done' });

  // Seminars: S1 made from A1 (finished), S2 (announced); a cancelled and a draft one are not counted.
  const seminar = (
    id: string,
    startsAt: string,
    networkId: string,
    status: 'finished' | 'announced' | 'cancelled' | 'draft',
    planActivityId?: string,
  ) =>
    newSeminar(
      {
        id: `${areaId}-${id}`,
        areaId,
        createdBy: sup.id,
        title: `สัมมนา ${id}`,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
        audience: { networkIds: [networkId] },
        status,
        ...(planActivityId ? { planActivityId } : {}),
      },
      '2026-12-15T00:00:00.000Z',
    );
  const s1 = seminar('s1', '2027-01-20T02:00:00.000Z', tc.id, 'finished', a1.id);
  const s2 = seminar('s2', '2027-02-10T02:00:00.000Z', cs.id, 'announced');
  for (const s of [
    s1,
    s2,
    seminar('s3', '2027-02-12T02:00:00.000Z', cs.id, 'cancelled'),
    seminar('s4', '2027-03-12T02:00:00.000Z', cs.id, 'draft'),
  ])
    await repos.seminars.put(s);
  const attend = async (seminarId: string, i: number, overall: number) => {
    const m = members[i]!;
    const at = '2027-02-11T00:00:00.000Z';
    await repos.rsvps.put({
      id: rsvpDocId(seminarId, m.id),
      areaId,
      seminarId,
      memberId: m.id,
      status: 'going',
      ticket: null,
      promotedAt: null,
      checkedInAt: at,
      checkedInBy: sup.id,
      checkInMethod: 'qr',
      createdAt: at,
      updatedAt: at,
    });
    const r = { content: overall, speakers: overall, classroom: overall, arrangements: overall, overall };
    await repos.seminarEvaluations.put({
      id: `${seminarId}:${m.id}`,
      areaId,
      seminarId,
      memberId: m.id,
      ratings: r,
      comment: '',
      submittedAt: at,
      createdAt: at,
      updatedAt: at,
    });
  };
  await attend(s1.id, 0, 5);
  await attend(s1.id, 1, 4);
  await attend(s1.id, 2, 4);
  await attend(s2.id, 4, 3);
  // Checked in at S2 without evaluating.
  await repos.rsvps.put({
    ...(await repos.rsvps.require(rsvpDocId(s2.id, members[4]!.id))),
    id: rsvpDocId(s2.id, members[6]!.id),
    memberId: members[6]!.id,
  });

  // Network activities (step 4): two in the cycle, one in the September before.
  const activity = (id: string, networkId: string, date: string, memberIds: string[], outsideCount: number): NetworkActivity => ({
    id: `${areaId}-${id}`,
    areaId,
    networkId,
    title: `กิจกรรม ${id}`,
    kind: 'knowledge-exchange',
    date,
    planActivityId: null,
    participants: { memberIds, seminarId: null, outsideCount },
    notes: '',
    evidence: [],
    libraryItemIds: [],
    recordedBy: sup.id,
    createdAt: `${date}T10:00:00.000Z`,
    updatedAt: `${date}T10:00:00.000Z`,
  });
  await repos.networkActivities.put(activity('na1', tc.id, '2027-02-05', [members[0]!.id, members[1]!.id], 3));
  await repos.networkActivities.put(activity('na2', cs.id, '2027-03-10', [members[4]!.id], 0));
  await repos.networkActivities.put(activity('na3', cs.id, '2026-09-15', [members[4]!.id, members[5]!.id], 0));

  const open = await createRecommendation(deps, supervisor, CYCLE, {
    text: 'ต่อยอดวงจร PLC การอ่านเขียนทุกกลุ่มโรงเรียน',
    needKey: 'reading-writing',
  });
  const done = await createRecommendation(deps, supervisor, CYCLE, { text: 'จัดทำคู่มือการนิเทศภายใน', status: 'done' });
  return {
    areaId,
    supervisor,
    members,
    activities: { a1: a1.id, a2: a2.id, a3: a3.id, a4: a4.id },
    seminars: { s1: s1.id, s2: s2.id },
    recommendations: { open: open.id, done: done.id },
  };
}
