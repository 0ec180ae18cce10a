// The form bench's audience: person i in the directory (a Thai name, the school and levels of their Form 1 answer —
// none without a school — and active memberships of its networks), and the round's kept response rate (the totals and
// the waiting list) as opening the round and then each first answer would have left them.
import {
  COLLECTIONS,
  memberDisplayName,
  memberRoundDocId,
  membershipDocId,
  type DocData,
  type DocumentStore,
  type FormProgress,
  type FormWaiting,
  type Member,
  type Membership,
  type RateCount,
  type ResponseGroups,
  type TransactionContext,
} from '@nithet/shared';
import { BENCH_AREA, benchMember } from './bench-people';
import { form1Answers, ROUND_ID } from './form1-responses';
import { seededRandom } from '../../bot/src/local/line-platform/random-failures';

const T = '2027-01-05T00:00:00.000Z';
const TITLES = ['นาย', 'นาง', 'นางสาว'] as const;
const FIRST = [
  'สมชาย',
  'สมหญิง',
  'เกศินี',
  'ไพโรจน์',
  'อรุณี',
  'โสภา',
  'บุญมี',
  'ฉัตรชัย',
  'แสงเดือน',
  'ปราณี',
  'วิไล',
  'ณัฐพล',
  'กมล',
  'ธีระ',
  'อัญชลี',
  'ประเสริฐ',
];
const LAST = ['ใจดี', 'ศรีสุข', 'แก้วมณี', 'บุญเรือง', 'ทองดี', 'สายสุวรรณ', 'พรหมมา', 'อินทร์แก้ว', 'เพชรรัตน์', 'วงศ์ใหญ่', 'เอี่ยมสอาด', 'โพธิ์ทอง'];

/** The groups the opening counts person i in (from the directory, not from an answer). */
export function audienceGroups(i: number): ResponseGroups {
  const g = form1Answers(i).groups;
  return { schoolCode: g.schoolCode, levels: g.schoolCode ? g.levels : [], networkIds: g.networkIds };
}

/** Person i as registered: a profile with a Thai name at a school, or none (office, agency, community people). */
export function audienceMember(i: number): Member {
  const g = audienceGroups(i);
  const r = seededRandom(0xa0d1 + i * 31);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
  const profile = g.schoolCode
    ? {
        title: pick(TITLES),
        firstName: pick(FIRST),
        lastName: pick(LAST),
        schoolCode: g.schoolCode,
        position: 'teacher' as const,
        subjects: [],
        levels: g.levels,
      }
    : null;
  return { ...benchMember(i), profile };
}

function audienceMemberships(i: number, memberId: string): Membership[] {
  return audienceGroups(i).networkIds.map((networkId) => ({
    id: membershipDocId(networkId, memberId),
    areaId: BENCH_AREA,
    networkId,
    memberId,
    role: 'member',
    status: 'active',
    joinedAt: T,
    createdAt: T,
    updatedAt: T,
  }));
}

const data = <D extends { id: string }>(doc: D): DocData => {
  const { id: _id, ...rest } = doc;
  return rest as unknown as DocData;
};

/** Person i's member document and active memberships (at most 4 writes). */
export function writeAudienceMember(tx: TransactionContext, i: number): void {
  const m = audienceMember(i);
  tx.set(COLLECTIONS.members, m.id, data(m));
  for (const ms of audienceMemberships(i, m.id)) tx.set(COLLECTIONS.memberships, ms.id, data(ms));
}

/** Runs `write` for each index in transactions of about `perTx` writes, `parallel` at once. */
async function inTransactions(
  store: DocumentStore,
  indexes: number[],
  o: { perTx: number; parallel: number },
  write: (tx: TransactionContext, i: number) => void,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  for (let k = 0; k < indexes.length; k += o.perTx) {
    const slice = indexes.slice(k, k + o.perTx);
    const p = store.runTransaction(async (tx) => slice.forEach((i) => write(tx, i)));
    inFlight.add(p);
    const settled = () => inFlight.delete(p);
    p.then(settled, settled);
    if (inFlight.size >= o.parallel) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

/** People `from`..`from+count-1`, in the audience and not answering: their member documents and memberships. */
export async function seedNonRespondents(store: DocumentStore, from: number, count: number, o: { perTx: number; parallel: number }) {
  await inTransactions(store, range(from, count), { ...o, perTx: Math.floor(o.perTx / 4) }, writeAudienceMember);
}

function tally(rows: Map<string, RateCount>, key: string, answered: boolean): void {
  const row = rows.get(key) ?? { key, audience: 0, answered: 0 };
  row.audience += 1;
  if (answered) row.answered += 1;
  rows.set(key, row);
}

/**
 * The round's running totals (everyone 0..respondents+waiting-1 counted at opening, the first `respondents` answered)
 * and the waiting list of the others in Thai name order, written to the store. Returns the totals.
 */
export async function seedKeptProgress(
  store: DocumentStore,
  o: { respondents: number; waiting: number; perTx: number; parallel: number },
): Promise<FormProgress> {
  const rows = { bySchool: new Map<string, RateCount>(), byLevel: new Map<string, RateCount>(), byNetwork: new Map<string, RateCount>() };
  for (let i = 0; i < o.respondents + o.waiting; i += 1) {
    const g = audienceGroups(i);
    const answered = i < o.respondents;
    tally(rows.bySchool, g.schoolCode ?? '', answered);
    for (const l of new Set(g.levels)) tally(rows.byLevel, l, answered);
    for (const n of new Set(g.networkIds)) tally(rows.byNetwork, n, answered);
  }
  const sorted = (m: Map<string, RateCount>) => [...m.values()].sort((a, b) => a.key.localeCompare(b.key));
  const progress: FormProgress = {
    id: ROUND_ID,
    areaId: BENCH_AREA,
    roundId: ROUND_ID,
    state: 'ready',
    audience: o.respondents + o.waiting,
    answered: o.respondents,
    bySchool: sorted(rows.bySchool),
    byLevel: sorted(rows.byLevel),
    byNetwork: sorted(rows.byNetwork),
    createdAt: T,
    updatedAt: T,
  };
  const thai = new Intl.Collator('th').compare;
  const waiting = range(o.respondents, o.waiting)
    .map((i) => ({ i, m: audienceMember(i) }))
    .map(({ i, m }) => ({ i, id: m.id, name: memberDisplayName(m) }))
    .sort((a, b) => thai(a.name, b.name) || (a.id < b.id ? -1 : 1));
  const entries: FormWaiting[] = waiting.map((w, rank) => ({
    id: memberRoundDocId(ROUND_ID, w.id),
    areaId: BENCH_AREA,
    roundId: ROUND_ID,
    memberId: w.id,
    name: w.name,
    groups: audienceGroups(w.i),
    rank,
    createdAt: T,
    updatedAt: T,
  }));
  await inTransactions(store, range(0, entries.length), o, (tx, k) => tx.set(COLLECTIONS.formWaiting, entries[k]!.id, data(entries[k]!)));
  await store.set(COLLECTIONS.formProgress, ROUND_ID, data(progress));
  return progress;
}
