// The form-summary bench's round: Form 1 (the needs survey) answered by many people, built the way the server stores it.
// Answers are varied and reproducible (a PRNG per response), pass validateAnswers, and a tenth of the respondents lead
// a network and so answer the conditional section; the running totals are built with emptyAggregate/addToAggregate in
// the order submitResponse would have added them.
import {
  addToAggregate,
  aggregateState,
  COLLECTIONS,
  emptyAggregate,
  networkKinds,
  statsDocId,
  statsGroupsOf,
  formTemplateDocId,
  FORM1_NEEDS_SURVEY,
  memberRoundDocId,
  validateAnswers,
  type Aggregate,
  type Answers,
  type DocData,
  type DocumentStore,
  type FormDefinition,
  type FormResponse,
  type FormRound,
  type FormStats,
  type FormTemplate,
  type ResponseGroups,
  type TransactionContext,
} from '@nithet/shared';
import { BENCH_AREA, benchMember } from './bench-people';
import { seededRandom } from '../../bot/src/local/line-platform/random-failures';

export const ROUND_ID = 'bench-form1-round';
export const SCHOOL_COUNT = 600;
export const NETWORK_COUNT = 150;
const T0 = Date.parse('2027-01-05T01:00:00.000Z');
const OPENS = '2027-01-05T00:00:00.000Z';
const CLOSES = '2027-02-05T00:00:00.000Z';

export const schoolCodes = Array.from({ length: SCHOOL_COUNT }, (_, k) => `10400${String(10_001 + k).padStart(5, '0')}`);
export const networkIds = Array.from({ length: NETWORK_COUNT }, (_, k) => `bench-net-${String(k).padStart(3, '0')}`);
export const CHOICES = { schools: schoolCodes, networks: networkIds } as const;

/** Form 1 exactly as every office stores its version 1 (ensureBuiltInTemplates). */
export const DEFINITION: FormDefinition = { ...FORM1_NEEDS_SURVEY, version: 1 };

/** One seeded stream per response (mulberry32), so response i is the same in every process. */
const prng = seededRandom;

const PROBLEMS = [
  'ครูมีภาระงานนอกเหนือการสอนมาก ทำให้มีเวลาเตรียมการสอนและนิเทศภายในไม่เพียงพอ',
  'นักเรียนบางส่วนอ่านไม่คล่อง เขียนไม่คล่อง โดยเฉพาะชั้นประถมศึกษาปีที่ 1–3',
  'ขาดสื่อและอุปกรณ์เทคโนโลยีที่ทันสมัย อินเทอร์เน็ตในโรงเรียนไม่เสถียร',
  'ครูไม่ครบชั้น ต้องสอนหลายวิชาและหลายระดับชั้นในเวลาเดียวกัน',
  'การวัดและประเมินผลยังเน้นความรู้ความจำ ยังไม่สะท้อนสมรรถนะของผู้เรียน',
  'ผู้ปกครองส่วนใหญ่ไปทำงานต่างจังหวัด นักเรียนอยู่กับผู้สูงอายุ ขาดการดูแลเรื่องการเรียน',
  'การนิเทศภายในยังไม่ต่อเนื่อง ขาดเครื่องมือและการติดตามผลอย่างเป็นระบบ',
  'การจัดการเรียนรู้เชิงรุกยังทำได้ไม่ทั่วถึง ครูต้องการตัวอย่างและการชี้แนะ',
  'โรงเรียนขนาดเล็กมีงบประมาณจำกัด ไม่สามารถจัดอบรมเองได้',
  'การเดินทางไปอบรมไกลและใช้เวลามาก กระทบเวลาสอนของนักเรียน',
];
const WISHES = [
  'ต้องการให้เขตพื้นที่จัดอบรมเชิงปฏิบัติการในพื้นที่ใกล้โรงเรียน',
  'ขอให้มีศึกษานิเทศก์ลงพื้นที่ชี้แนะอย่างต่อเนื่องภาคเรียนละอย่างน้อย 2 ครั้ง',
  'ต้องการคลังสื่อและตัวอย่างแผนการจัดการเรียนรู้ที่ใช้ได้จริง',
  'อยากให้มีเวทีแลกเปลี่ยนเรียนรู้ระหว่างโรงเรียนในกลุ่มเครือข่าย',
  'ขอให้ลดงานเอกสารและการรายงานที่ซ้ำซ้อน',
];
const OTHER_POSITIONS = ['ครูผู้ช่วย', 'พนักงานราชการ', 'ครูอัตราจ้าง', 'บุคลากรทางการศึกษาอื่น'];
const OTHER_TOPICS = ['การสอนภาษาอังกฤษเพื่อการสื่อสาร', 'การศึกษาพิเศษ', 'วิทยาการคำนวณ'];
const ORGANISATIONS = ['องค์การบริหารส่วนตำบลหนองบัว', 'โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนน', 'วัดศรีสว่าง', 'สภาวัฒนธรรมอำเภอเมือง'];
const NETWORK_KINDS = networkKinds;
const LEVELS = ['early-childhood', 'primary', 'lower-secondary', 'upper-secondary'] as const;
const TOPICS = (DEFINITION.sections[2]!.questions.find((q) => q.id === 'topics')!.options ?? []).map((o) => o.value);
const FORMATS = ['workshop', 'seminar', 'coaching', 'plc', 'study-visit', 'online'];
const MONTHS = ['january', 'february', 'march', 'april'];
const ACTIVITIES = ['meetings', 'knowledge-sharing', 'peer-supervision', 'learning-resource', 'good-practice'];

/** The raw answers of respondent i (as a phone would send them) and who the response speaks for. */
export function form1Answers(i: number): { raw: Answers; groups: ResponseGroups } {
  const r = prng(0x5eed + i * 7919);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const n = min + Math.floor(r() * (max - min + 1));
    const pool = [...list];
    const out: T[] = [];
    while (out.length < n && pool.length) out.push(pool.splice(Math.floor(r() * pool.length), 1)[0]!);
    return out;
  };
  const p = r();
  const position =
    p < 0.8
      ? 'teacher'
      : p < 0.88
        ? 'director'
        : p < 0.93
          ? 'deputy-director'
          : p < 0.95
            ? 'supervisor'
            : p < 0.97
              ? 'agency-partner'
              : p < 0.98
                ? 'community-partner'
                : `other:${pick(OTHER_POSITIONS)}`;
  const w = r();
  const workLevel = w < 0.85 ? 'school' : w < 0.9 ? 'office' : w < 0.95 ? 'agency' : 'community';
  const school = schoolCodes[Math.floor(r() * SCHOOL_COUNT)]!;
  const levels = some(LEVELS, 1, 2);
  const role = r() < 0.1 ? 'leader' : r() < 0.7 ? 'member' : 'none';
  const raw: Answers = {
    position,
    'work-level': workLevel,
    ...(workLevel === 'school' ? { school } : {}),
    ...(workLevel === 'agency' || workLevel === 'community' ? { organisation: pick(ORGANISATIONS) } : {}),
    ...(r() < 0.9 ? { levels } : {}),
    'network-role': role,
    'network-kinds': some(NETWORK_KINDS, 1, 3),
    topics: [...some(TOPICS, 1, 4), ...(r() < 0.05 ? [`other:${pick(OTHER_TOPICS)}`] : [])],
    'topic-needs': Object.fromEntries(TOPICS.map((t) => [t, Math.min(5, 1 + Math.floor(r() * 3) + Math.floor(r() * 3))])),
    formats: some(FORMATS, 1, 3),
    months: some(MONTHS, 1, 4),
    ...(r() < 0.7 ? { days: pick(['weekdays', 'weekends', 'either']) } : {}),
    'current-problems': some(PROBLEMS, 1, 3).join(' '),
    ...(r() < 0.4 ? { 'support-from-office': pick(WISHES) } : {}),
    ...(r() < 0.2 ? { suggestions: `${pick(WISHES)} (${i % 97})` } : {}),
  };
  if (role === 'leader') {
    Object.assign(raw, {
      'led-name': `เครือข่าย${pick(['ครูวิทยาศาสตร์', 'ครูปฐมวัย', 'PLC คณิตศาสตร์', 'โรงเรียนคู่พัฒนา', 'กลุ่มโรงเรียน'])} ${1 + (i % 40)}`,
      'led-kind': pick(NETWORK_KINDS),
      'led-level': pick(['office', 'school', 'agency', 'community']),
      'led-members': 5 + Math.floor(r() * 300),
      'led-activities': [...some(ACTIVITIES, 1, 3), ...(r() < 0.1 ? ['other:ค่ายวิชาการ'] : [])],
      ...(r() < 0.5 ? { 'led-support': pick(WISHES) } : {}),
    });
  }
  // A member's networks (active memberships): none for most who are in none, one to three for the others.
  const inNetworks = role === 'none' ? (r() < 0.8 ? 0 : 1) : 1 + Math.floor(r() * (role === 'leader' ? 3 : 2));
  const groups: ResponseGroups = {
    schoolCode: workLevel === 'school' ? school : null,
    levels,
    networkIds: some(networkIds, inNetworks, inNetworks),
  };
  return { raw, groups };
}

export const respondentId = (i: number) => benchMember(i).id;

/** Response i as submitResponse stores it (a named round: `${roundId}:${memberId}`), its answers validated. */
export function form1Response(i: number): FormResponse {
  const { raw, groups } = form1Answers(i);
  const checked = validateAnswers(DEFINITION, raw, CHOICES);
  if (!checked.ok) throw new Error(`bench response ${i} is not valid: ${JSON.stringify(checked.fields)}`);
  const at = new Date(T0 + i * 7_000).toISOString(); // a steady trickle over the round's weeks
  const memberId = respondentId(i);
  return {
    id: memberRoundDocId(ROUND_ID, memberId),
    areaId: BENCH_AREA,
    roundId: ROUND_ID,
    templateVersion: 1,
    memberId,
    answers: checked.answers,
    groups,
    submissionKey: `bench-key-${i}`,
    submittedAt: at,
    createdAt: at,
    updatedAt: at,
  };
}

export function form1Template(): FormTemplate {
  return {
    id: formTemplateDocId(BENCH_AREA, DEFINITION.id, 1),
    areaId: BENCH_AREA,
    templateId: DEFINITION.id,
    version: 1,
    definition: DEFINITION,
    createdBy: 'system',
    createdAt: OPENS,
    updatedAt: OPENS,
  };
}

export function form1Round(responses: number): FormRound {
  return {
    id: ROUND_ID,
    areaId: BENCH_AREA,
    title: 'สำรวจความต้องการพัฒนาเครือข่ายการนิเทศ ปีการศึกษา 2570',
    templateId: DEFINITION.id,
    templateVersion: 1,
    audience: { networkIds: [], levels: [], schoolCodes: [], seminarId: null },
    opensAt: OPENS,
    closesAt: CLOSES,
    anonymous: false,
    status: 'open',
    openedAt: OPENS,
    responseCount: responses,
    createdBy: 'bench-supervisor',
    createdAt: OPENS,
    updatedAt: OPENS,
  };
}

const data = <T extends { id: string }>(doc: T): DocData => {
  const { id: _id, ...rest } = doc;
  return rest as unknown as DocData;
};

export interface SeedOptions {
  responses: number;
  /** Writes per transaction (Firestore takes at most 500). */
  perTx: number;
  /** Transactions in flight at once (SQLite runs them one after another anyway). */
  parallel: number;
  /** Also the respondents as members and their participation records (for roundProgress). */
  members?: boolean;
  /** Writes respondent i's member document (and memberships, at most 4 writes in all); default: benchMember(i). */
  writeMember?: (tx: TransactionContext, i: number) => void;
  onProgress?: (done: number) => void;
}

/**
 * Stores the template, the round, `responses` responses and the round's running totals through the store's
 * transactions. Returns the totals (the same as submitResponse would have left after these submissions).
 */
export async function seedForm1Round(store: DocumentStore, o: SeedOptions): Promise<Aggregate> {
  const totals = emptyAggregate(DEFINITION);
  // The per-group totals (school, level, network) submitResponse keeps beside the round's.
  const groupTotals = new Map<string, Aggregate>();
  await store.runTransaction(async (tx) => {
    tx.set(COLLECTIONS.formTemplates, form1Template().id, data(form1Template()));
    tx.set(COLLECTIONS.formRounds, ROUND_ID, data(form1Round(o.responses)));
  });
  const perResponse = o.members ? 6 : 1;
  const step = Math.floor(o.perTx / perResponse);
  const inFlight = new Set<Promise<void>>();
  let done = 0;
  for (let from = 0; from < o.responses; from += step) {
    const batch = Array.from({ length: Math.min(step, o.responses - from) }, (_, k) => form1Response(from + k));
    for (const r of batch) {
      addToAggregate(totals, r.answers, r.groups);
      for (const g of statsGroupsOf(r.groups)) {
        const id = statsDocId(ROUND_ID, g);
        if (!groupTotals.has(id)) groupTotals.set(id, emptyAggregate(DEFINITION));
        addToAggregate(groupTotals.get(id)!, r.answers, r.groups);
      }
    }
    const write = store
      .runTransaction(async (tx) => {
        for (const [k, r] of batch.entries()) {
          tx.set(COLLECTIONS.formResponses, r.id, data(r));
          if (!o.members) continue;
          const i = from + k;
          if (o.writeMember) o.writeMember(tx, i);
          else tx.set(COLLECTIONS.members, r.memberId!, data(benchMember(i)));
          tx.set(
            COLLECTIONS.formParticipation,
            r.id,
            data({
              id: r.id,
              areaId: BENCH_AREA,
              roundId: ROUND_ID,
              memberId: r.memberId!,
              submittedAt: r.submittedAt,
              submissionKey: r.submissionKey,
              createdAt: r.createdAt,
              updatedAt: r.updatedAt,
            }),
          );
        }
      })
      .then(() => {
        done += batch.length;
        o.onProgress?.(done);
      });
    inFlight.add(write);
    const settled = () => inFlight.delete(write);
    write.then(settled, settled);
    if (inFlight.size >= o.parallel) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const at = new Date(T0 + o.responses * 7_000).toISOString();
  const stats: FormStats = {
    id: ROUND_ID,
    areaId: BENCH_AREA,
    roundId: ROUND_ID,
    state: aggregateState(totals),
    createdAt: OPENS,
    updatedAt: at,
  };
  await store.set(COLLECTIONS.formStats, ROUND_ID, data(stats));
  for (const [id, group] of groupTotals) await store.set(COLLECTIONS.formStats, id, data({ ...stats, id, state: aggregateState(group) }));
  return totals;
}
