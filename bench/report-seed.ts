// The report bench's office: 300 schools, 4,000 registered members in 60 networks, 200 network activities, seminars
// with check-ins and evaluations, a plan, recommendations, and 20,000 form responses (Form 1 and Form 2, this cycle
// and the one before) submitted through the real use case, so the running totals are the ones the server keeps.
import {
  FORM1_NEEDS_SURVEY,
  FORM2_MONITORING_EVALUATION,
  ManualClock,
  createPlanActivity,
  createRecommendation,
  createRound,
  ensureBuiltInTemplates,
  markRoundOpen,
  memberDocId,
  membershipDocId,
  networkKinds,
  networkLevels,
  newArea,
  newNetwork,
  newSeminar,
  rsvpDocId,
  submitResponse,
  type Actor,
  type Cycle,
  type Member,
  type Membership,
  type NetworkActivity,
  type Repositories,
  type School,
} from '@nithet/shared';
import { anonymousResponseIdWith } from '../bot/src/forms/anonymous-id';
import { seededRandom } from '../bot/src/local/line-platform/random-failures';

export const REPORT_AREA = 'bench-report-esa';
export const REPORT_CYCLE: Cycle = { yearBE: 2570, periodKind: 'fiscal' };
/** "Now" for the figures: after the cycle's January–April window. */
export const REPORT_NOW = '2027-05-20T03:00:00.000Z';
export const SIZE = {
  schools: 300,
  members: Number(process.env.BENCH_REPORT_MEMBERS ?? 4000),
  networks: 60,
  activities: 200,
  seminars: 24,
  checkInsPerSeminar: 120,
};

const T = '2026-06-01T00:00:00.000Z';
const LEVELS = ['early-childhood', 'primary', 'lower-secondary', 'upper-secondary'] as const;
const TOPICS = FORM1_NEEDS_SURVEY.sections
  .flatMap((s) => s.questions)
  .find((q) => q.id === 'topics')!
  .options!.map((o) => o.value);
const FIRST = ['สมชาย', 'สมหญิง', 'เกศินี', 'ไพโรจน์', 'อรุณี', 'โสภา', 'บุญมี', 'ฉัตรชัย', 'แสงเดือน', 'ปราณี', 'วิไล', 'ณัฐพล'];
const LAST = ['ใจดี', 'ศรีสุข', 'มั่นคง', 'รักเรียน', 'แก้วมณี', 'ทองดี', 'บุญเรือง', 'พรหมมา'];

export const schoolCode = (k: number) => `1040${String(20_001 + k).padStart(6, '0')}`;
const lineUserId = (i: number) => `U${(0xd00000 + i).toString(16).padStart(32, '0')}`;
export const networkId = (k: number) => `bench-rnet-${String(k).padStart(2, '0')}`;

function member(i: number, roles: Member['roles'] = ['teacher']): Member {
  const r = seededRandom(0x7e9017 + i);
  return {
    id: memberDocId(REPORT_AREA, lineUserId(i)),
    areaId: REPORT_AREA,
    lineUserId: lineUserId(i),
    displayName: `ครู ${i}`,
    status: 'following',
    roles,
    profile: {
      title: r() < 0.6 ? 'นาง' : 'นาย',
      firstName: FIRST[Math.floor(r() * FIRST.length)]!,
      lastName: `${LAST[Math.floor(r() * LAST.length)]!}${i}`,
      schoolCode: schoolCode(i % SIZE.schools),
      position: 'teacher',
      subjects: [],
      levels: [LEVELS[i % 4]!],
    },
    registeredAt: T,
    profileConfirmedAt: r() < 0.85 ? '2027-01-10T00:00:00.000Z' : T,
    consents: [{ purpose: 'network-contact', granted: true, noticeVersion: '2026-01', at: T }],
    followedAt: T,
    createdAt: T,
    updatedAt: T,
  };
}

/** Writes documents in transactions of `chunk`. */
async function putAll<D>(
  repos: Repositories,
  docs: D[],
  put: (tx: Parameters<Parameters<Repositories['store']['runTransaction']>[0]>[0], d: D) => void,
  chunk = 500,
) {
  for (let i = 0; i < docs.length; i += chunk)
    await repos.store.runTransaction(async (tx) => docs.slice(i, i + chunk).forEach((d) => put(tx, d)));
}

function form1(i: number) {
  const r = seededRandom(0xf0a1 + i * 31);
  const topics = TOPICS.filter(() => r() < 0.3);
  if (topics.length === 0) topics.push(TOPICS[i % TOPICS.length]!);
  return {
    position: 'teacher',
    'work-level': 'school',
    school: schoolCode(i % SIZE.schools),
    levels: [LEVELS[i % 4]],
    'network-role': 'member',
    'network-kinds': [networkKinds[i % networkKinds.length]],
    topics,
    'topic-needs': Object.fromEntries(TOPICS.map((t) => [t, topics.includes(t) ? 3 + Math.floor(r() * 3) : 1 + Math.floor(r() * 3)])),
    formats: ['workshop', 'plc'].filter(() => r() < 0.7).concat(['coaching']),
    months: ['january', 'february'],
    'current-problems': 'ครูต้องการแนวทางการจัดการเรียนรู้เชิงรุกและการวัดผลตามสภาพจริง',
  };
}

const grid = (items: string[], r: () => number) => Object.fromEntries(items.map((k) => [k, 3 + Math.floor(r() * 3)]));
const PROCESS = [
  'information',
  'needs',
  'plan',
  'meetings',
  'activities',
  'knowledge-sharing',
  'evaluation',
  'use-of-results',
  'reporting',
];
const OUTCOMES = ['collaboration', 'policy-goals', 'teaching', 'learning-resource', 'participation'];

function form2(i: number) {
  const r = seededRandom(0xe7a1 + i * 17);
  return {
    'network-level': 'office',
    network: networkId(i % SIZE.networks),
    'evaluator-role': 'member',
    process: grid(PROCESS, r),
    outcomes: grid(OUTCOMES, r),
    overall: 3 + Math.floor(r() * 3),
    strengths: 'สมาชิกช่วยเหลือกันและแลกเปลี่ยนเรียนรู้สม่ำเสมอ',
    improvements: 'ควรติดตามผลการนำไปใช้ในห้องเรียนอย่างต่อเนื่อง',
  };
}

/** Stores the whole office and its two cycles; returns the supervisor who generates the report. */
export async function seedReportOffice(
  repos: Repositories,
  log: (m: string) => void,
): Promise<{ supervisor: Actor; supervisorMember: Member }> {
  const clock = new ManualClock(new Date(T));
  let seq = 0;
  const ids = { newId: () => `b${(seq += 1).toString(36)}` };
  const deps = { repos, clock, ids };
  await repos.areas.put(
    newArea({ id: REPORT_AREA, name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบสมรรถนะ เขต 1', kind: 'primary', province: 'ขอนแก่น' }, T),
  );

  const schools: School[] = Array.from({ length: SIZE.schools }, (_, k) => ({
    id: `${REPORT_AREA}:${schoolCode(k)}`,
    areaId: REPORT_AREA,
    code: schoolCode(k),
    name: `โรงเรียนบ้านทดสอบ ${k + 1}`,
    district: `อำเภอ ${1 + (k % 12)}`,
    cluster: `กลุ่มโรงเรียน ${1 + (k % 20)}`,
    levels: ['primary'],
    createdAt: T,
    updatedAt: T,
  }));
  await putAll(repos, schools, (tx, s) => repos.schools.inTx(tx).put(s));
  const members = Array.from({ length: SIZE.members }, (_, i) => member(i));
  const supMember = member(SIZE.members, ['supervisor']);
  await putAll(repos, [...members, supMember], (tx, m) => repos.members.inTx(tx).put(m));
  const supervisor: Actor = { memberId: supMember.id, areaId: REPORT_AREA, roles: ['supervisor'], coordinatorOf: [] };
  log(`${SIZE.schools} schools, ${SIZE.members} members`);

  const networks = Array.from({ length: SIZE.networks }, (_, k) =>
    newNetwork(
      {
        id: networkId(k),
        areaId: REPORT_AREA,
        name: `เครือข่าย${['ครูแกนนำ', 'ชุมชนครูวิทยาศาสตร์', 'ปฐมวัย', 'ภูมิปัญญาท้องถิ่น', 'ห้องเรียนคุณภาพ', 'โรงเรียนคู่พัฒนา', 'กลุ่มโรงเรียน'][k % 7]} ${k + 1}`,
        kind: networkKinds[k % networkKinds.length]!,
        level: networkLevels[k % networkLevels.length]!,
        joinCode: `RN${String(k).padStart(4, '0')}`,
        joinPolicy: 'open',
      },
      '2026-01-01T00:00:00.000Z',
    ),
  );
  await putAll(repos, networks, (tx, n) => repos.networks.inTx(tx).put(n));
  // Each member in two networks (one of them the "home" network of their school), joined before the cycle.
  const memberships: Membership[] = members.flatMap((m, i) =>
    [i % SIZE.networks, (i * 7 + 3) % SIZE.networks].map((k, j) => ({
      id: membershipDocId(networkId(k), m.id),
      areaId: REPORT_AREA,
      networkId: networkId(k),
      memberId: m.id,
      role: i < SIZE.networks && j === 0 ? ('coordinator' as const) : ('member' as const),
      status: 'active' as const,
      joinedAt: '2026-08-01T00:00:00.000Z',
      createdAt: '2026-08-01T00:00:00.000Z',
      updatedAt: '2026-08-01T00:00:00.000Z',
    })),
  );
  await putAll(repos, memberships, (tx, m) => repos.memberships.inTx(tx).put(m));
  log(`${SIZE.networks} networks, ${memberships.length} memberships`);

  // 20,000 responses: Form 1 twice and Form 2 once this cycle, Form 1 and Form 2 the cycle before, 4,000 each.
  await ensureBuiltInTemplates(repos, REPORT_AREA, [FORM1_NEEDS_SURVEY, FORM2_MONITORING_EVALUATION], T);
  const choices = { schools: schools.map((s) => s.code), networks: networks.map((n) => n.id) };
  const fill = async (templateId: string, title: string, opensAt: string, answers: (i: number) => Record<string, unknown>) => {
    clock.set(opensAt);
    const draft = await createRound(deps, supervisor, {
      title,
      templateId,
      audience: {},
      opensAt,
      closesAt: new Date(Date.parse(opensAt) + 30 * 86_400_000).toISOString(),
    });
    await markRoundOpen(deps, supervisor, draft.id);
    clock.advance(3_600_000);
    const started = Date.now();
    for (let i = 0; i < SIZE.members; i++)
      await submitResponse({ ...deps, anonymousResponseId: anonymousResponseIdWith('bench'), choices }, members[i]!, draft.id, {
        answers: answers(i),
        idempotencyKey: `k-${draft.id}-${i}`,
      });
    log(`${title}: ${SIZE.members} responses in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await fill('form1-needs-survey', 'สำรวจความต้องการ ปีงบประมาณ 2569', '2025-11-10T02:00:00.000Z', form1);
  await fill('form2-monitoring-evaluation', 'ติดตามและประเมินผล ปีงบประมาณ 2569', '2026-04-20T02:00:00.000Z', form2);
  await fill('form1-needs-survey', 'สำรวจความต้องการ ระดับเขตพื้นที่ 2570', '2026-11-10T02:00:00.000Z', form1);
  await fill('form1-needs-survey', 'สำรวจความต้องการ ระดับสถานศึกษา 2570', '2026-12-01T02:00:00.000Z', (i) => form1(i + 7));
  await fill('form2-monitoring-evaluation', 'ติดตามและประเมินผล ปีงบประมาณ 2570', '2027-04-20T02:00:00.000Z', form2);

  // The plan: 24 activities answering the needs, most done by May.
  clock.set('2026-12-05T02:00:00.000Z');
  const kinds = ['seminar', 'workshop', 'school-visit', 'knowledge-exchange', 'plc-cycle'] as const;
  for (let k = 0; k < 24; k++)
    await createPlanActivity(deps, supervisor, REPORT_CYCLE, {
      title: `กิจกรรมพัฒนาเครือข่าย ครั้งที่ ${k + 1}`,
      kind: kinds[k % kinds.length]!,
      answersNeeds: [TOPICS[k % TOPICS.length]!],
      networkIds: [networkId(k % SIZE.networks)],
      startsOn: `2027-0${1 + (k % 4)}-${String(5 + (k % 20)).padStart(2, '0')}`,
      budget: k % 3 === 0 ? null : 5000 + k * 1000,
      status: k % 5 === 4 ? 'planned' : 'done',
    });
  for (let k = 0; k < 8; k++)
    await createRecommendation(deps, supervisor, REPORT_CYCLE, {
      text: `ขยายผลแนวปฏิบัติที่ดีของเครือข่ายสู่กลุ่มโรงเรียน ข้อ ${k + 1}`,
      needKey: TOPICS[k]!,
      status: k < 3 ? 'done' : 'open',
    });

  // Seminars of the window, each with check-ins and evaluations.
  for (let s = 0; s < SIZE.seminars; s++) {
    const startsAt = new Date(Date.parse('2027-01-08T02:00:00.000Z') + s * 4 * 86_400_000).toISOString();
    const seminar = newSeminar(
      {
        id: `bench-sem-${s}`,
        areaId: REPORT_AREA,
        createdBy: supMember.id,
        title: `สัมมนาเครือข่ายการนิเทศ ครั้งที่ ${s + 1}`,
        startsAt,
        endsAt: new Date(Date.parse(startsAt) + 3 * 3_600_000).toISOString(),
        audience: { networkIds: [networkId(s % SIZE.networks), networkId((s + 30) % SIZE.networks)] },
        status: 'finished',
      },
      '2026-12-20T00:00:00.000Z',
    );
    await repos.seminars.put(seminar);
    const who = Array.from({ length: SIZE.checkInsPerSeminar }, (_, j) => members[(s * 97 + j * 13) % SIZE.members]!);
    await repos.store.runTransaction(async (tx) => {
      for (const [j, m] of who.entries()) {
        repos.rsvps.inTx(tx).put({
          id: rsvpDocId(seminar.id, m.id),
          areaId: REPORT_AREA,
          seminarId: seminar.id,
          memberId: m.id,
          status: 'going',
          ticket: null,
          promotedAt: null,
          checkedInAt: startsAt,
          checkedInBy: supMember.id,
          checkInMethod: 'qr',
          createdAt: startsAt,
          updatedAt: startsAt,
        });
        const v = 3 + ((s + j) % 3);
        repos.seminarEvaluations.inTx(tx).put({
          id: `${seminar.id}:${m.id}`,
          areaId: REPORT_AREA,
          seminarId: seminar.id,
          memberId: m.id,
          ratings: { content: v, speakers: v, classroom: v, arrangements: v, overall: v },
          comment: '',
          submittedAt: startsAt,
          createdAt: startsAt,
          updatedAt: startsAt,
        });
      }
    });
  }

  // 200 network activities (step 4) across the cycle's months.
  const activities: NetworkActivity[] = Array.from({ length: SIZE.activities }, (_, k) => {
    const date = new Date(Date.parse('2026-10-03T00:00:00.000Z') + k * 1.6 * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `bench-act-${k}`,
      areaId: REPORT_AREA,
      networkId: networkId(k % SIZE.networks),
      title: `กิจกรรมแลกเปลี่ยนเรียนรู้ ครั้งที่ ${k + 1}`,
      kind: 'knowledge-exchange',
      date,
      planActivityId: null,
      participants: {
        memberIds: Array.from({ length: 12 }, (_, j) => members[(k * 19 + j) % SIZE.members]!.id),
        seminarId: null,
        outsideCount: k % 4,
      },
      notes: '',
      evidence: [],
      libraryItemIds: [],
      recordedBy: supMember.id,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
    };
  });
  await putAll(repos, activities, (tx, a) => repos.networkActivities.inTx(tx).put(a));
  log(`${SIZE.seminars} seminars × ${SIZE.checkInsPerSeminar} check-ins, ${SIZE.activities} network activities, 24 plan activities`);
  return { supervisor, supervisorMember: supMember };
}
