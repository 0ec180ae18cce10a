// A cycle's figures as the dashboard would compute them for a mid-sized office, for the report writers' tests
// (the integration tests use figures computed from seeded data instead).
import {
  cycleFiguresSchema,
  cycleMonths,
  networkKindLabels,
  networkKinds,
  networkLevelLabels,
  networkLevels,
  planActivityKindLabels,
  planActivityKinds,
  planActivityStatusLabels,
  planActivityStatuses,
  type CycleFigures,
  type ReportDataQuality,
} from '@nithet/shared';

const NEEDS = [
  ['active-learning', 'การจัดการเรียนรู้เชิงรุก (Active Learning)'],
  ['assessment', 'การวัดและประเมินผลตามสภาพจริง'],
  ['reading', 'การแก้ปัญหาการอ่านออกเขียนได้'],
  ['coding', 'วิทยาการคำนวณและโค้ดดิ้ง'],
  ['plc', 'ชุมชนการเรียนรู้ทางวิชาชีพ (PLC)'],
  ['research', 'การวิจัยในชั้นเรียน'],
] as const;

const thaiMonth = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

export function sampleFigures(over: Partial<CycleFigures> = {}): CycleFigures {
  const cycle = { yearBE: 2569, periodKind: 'academic' as const };
  const months = cycleMonths(cycle).map((month, i) => ({
    month,
    label: `${thaiMonth[Number(month.slice(5)) - 1]} ${Number(month.slice(0, 4)) + 543}`,
    members: 3000 + i * 40,
    activityParticipants: 120 + i * 7,
    networkActivities: 10 + (i % 4),
    seminarAttendances: i % 3 === 0 ? 1234 + i : 310 + i * 3,
    seminars: 1 + (i % 3),
  }));
  const sum = (k: 'activityParticipants' | 'networkActivities' | 'seminarAttendances' | 'seminars') => months.reduce((a, m) => a + m[k], 0);
  const top = NEEDS.map(([key, label], i) => ({
    key,
    label,
    count: 1800 - i * 210,
    share: Math.round(((1800 - i * 210) / 3650) * 10000) / 100,
    mean: Math.round((4.41 - i * 0.17) * 100) / 100,
    activities:
      i < 3
        ? [
            {
              id: `act-${i}`,
              title: `อบรมเชิงปฏิบัติการ${label}`,
              kind: 'workshop' as const,
              status: i === 2 ? ('in-progress' as const) : ('done' as const),
              startsOn: '2027-01-15',
              seminarId: `sem-${i}`,
            },
          ]
        : [],
    evaluation: i < 2 ? { n: 240 - i * 20, mean: 4.32 - i * 0.1, sd: 0.61 } : null,
    open: i >= 2,
  }));
  const scores = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
    keys.map((key, i) => ({
      key,
      label: labels[key],
      n: i === keys.length - 1 ? 0 : 120 + i * 13,
      mean: i === keys.length - 1 ? null : 3.9 + (i % 4) * 0.21,
      sd: i === keys.length - 1 ? null : 0.55,
    }));
  const headline = {
    yearBE: 2569,
    networks: 60,
    members: 3650,
    seminars: sum('seminars'),
    seminarAttendances: sum('seminarAttendances'),
    networkActivities: sum('networkActivities'),
    activityParticipants: sum('activityParticipants'),
    needsRespondents: 3650,
    needsAnswered: 2,
    needsOpen: 4,
    planActivities: 24,
    planActivitiesDone: 15,
    evaluationMean: 4.18,
    seminarEvaluationMean: 4.36,
    recommendationsOpen: 2,
  };
  return cycleFiguresSchema.parse({
    office: { areaId: 'demo-esa', name: 'สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1' },
    period: { ...cycle, kind: 'academic', label: 'ปีการศึกษา 2569', startsOn: '2026-05-16', endsOn: '2027-05-15' },
    generatedAt: '2027-04-30T03:00:00.000Z',
    headline,
    networks: {
      total: 60,
      members: 3650,
      coordinators: 71,
      byKind: networkKinds.map((key, i) => ({ key, label: networkKindLabels[key], networks: 4 + i * 2, members: 300 + i * 97 })),
      byLevel: networkLevels.map((key, i) => ({ key, label: networkLevelLabels[key], networks: 30 - i * 7, members: 2100 - i * 500 })),
    },
    participation: {
      months,
      totals: {
        networkActivities: sum('networkActivities'),
        activityParticipants: sum('activityParticipants'),
        seminars: sum('seminars'),
        seminarAttendances: sum('seminarAttendances'),
      },
    },
    needs: {
      rounds: [{ id: 'rnd-1', title: 'สำรวจความต้องการ ปีการศึกษา 2569', respondents: 3650 }],
      respondents: 3650,
      top,
      byNetworkKind: [],
      byNetworkLevel: [],
      byEducationLevel: [],
      answered: 2,
      open: 4,
    },
    plan: {
      planId: 'demo-esa:2569-academic',
      activities: 24,
      byStatus: planActivityStatuses.map((key, i) => ({ key, label: planActivityStatusLabels[key], count: [5, 3, 15, 1][i]! })),
      byKind: planActivityKinds.map((key, i) => ({ key, label: planActivityKindLabels[key], count: [8, 6, 4, 4, 2][i] ?? 0 })),
      budgetPlanned: 452500,
      activitiesWithBudget: 18,
    },
    evaluation: {
      form2: {
        rounds: 2,
        overall: { n: 1480, mean: 4.18, sd: 0.64 },
        byNetworkKind: scores(networkKinds, networkKindLabels),
        byNetworkLevel: scores(networkLevels, networkLevelLabels),
      },
      seminars: {
        overall: { n: 2210, mean: 4.36, sd: 0.58 },
        byNetworkKind: scores(networkKinds, networkKindLabels),
        byNetworkLevel: scores(networkLevels, networkLevelLabels),
      },
    },
    recommendations: [
      {
        id: 'rec-1',
        text: 'ขยายเครือข่ายครูแกนนำด้านการอ่านให้ครบทุกกลุ่มโรงเรียน',
        status: 'open',
        needKey: 'reading',
        networkKind: 'individual',
        fromYearBE: 2568,
      },
      {
        id: 'rec-2',
        text: 'จัดเวทีแลกเปลี่ยนเรียนรู้ PLC ข้ามกลุ่มโรงเรียนภาคเรียนละครั้ง',
        status: 'open',
        needKey: 'plc',
        networkKind: 'school-cluster',
        fromYearBE: 2569,
      },
      {
        id: 'rec-3',
        text: 'ติดตามการนำความรู้จากการอบรมไปใช้ในห้องเรียนภายในหนึ่งเดือน',
        status: 'done',
        needKey: null,
        networkKind: null,
        fromYearBE: 2569,
      },
    ],
    previous: {
      ...headline,
      yearBE: 2568,
      networks: 52,
      members: 3120,
      seminars: 14,
      seminarAttendances: 5320,
      networkActivities: 98,
      evaluationMean: 4.02,
    },
    ...over,
  });
}

export const sampleDataQuality = (): ReportDataQuality => ({
  asOf: '2027-04-30T03:00:00.000Z',
  buddhistYear: 2570,
  accurate: {
    percent: 97.3,
    total: 3650,
    good: 3552,
    problems: 98,
    validationFailures: 41,
    duplicates: { membersSameNameSchool: 12, schoolsSameName: 1, networksSameName: 2, lineAccountTwice: 0 },
  },
  complete: { percent: 88.6, total: 4250, good: 3766, problems: 484, missingProfiles: 212, expectedResponses: 600, missingResponses: 272 },
  current: { percent: 91.2, total: 3710, good: 3383, problems: 327, staleProfiles: 318, networksNotUpdated: 9 },
});
