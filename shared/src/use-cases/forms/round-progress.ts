// Who a round is for and who has answered: the response rate overall and by school, level and network, and the
// people who have not answered yet, a page at a time. Read from the running totals kept since opening
// (round-progress-totals.ts); a round opened before they existed (or a draft) is counted from the audience as it is now.
import { AppError } from '../../errors';
import { decodeCursor, encodeCursor } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import { memberDisplayName } from '../../domain/member';
import { memberRoundDocId, type FormRound, type RateCount } from '../../domain/form-rounds';
import { resolveAudience } from '../seminars/audience';
import { seminarRsvps } from '../seminars/check-in';

/** The round's audience now: its networks, levels and schools; for a seminar's round, only those who checked in. */
export async function roundAudience(repos: Repositories, round: FormRound): Promise<string[]> {
  const ids = await resolveAudience(repos, round);
  if (!round.audience.seminarId) return ids;
  const came = new Set((await seminarRsvps(repos, round.audience.seminarId)).filter((r) => r.checkedInAt).map((r) => r.memberId));
  return ids.filter((i) => came.has(i));
}

export type RateRow = RateCount;
export type NotAnsweredPerson = { memberId: string; name: string; schoolCode: string | null };

export interface NotAnsweredPage {
  people: NotAnsweredPerson[];
  /** Pass as `after` for the next page; null on the last one. */
  next: string | null;
}

export interface RoundProgress {
  audience: number;
  answered: number;
  bySchool: RateRow[];
  byLevel: RateRow[];
  byNetwork: RateRow[];
  /** Not answered yet, in all (the list itself comes a page at a time). */
  notAnsweredCount: number;
  /** The first page of those who have not answered, in Thai name order. */
  notAnswered: NotAnsweredPage;
  /** `opening`: counted when the round was opened (kept as answers come); `now`: the audience as it is today. */
  countedAt: 'opening' | 'now';
}

/** People shown per page of the "not answered" list. */
export const NOT_ANSWERED_PAGE = 50;
const LIVE_CURSOR_ID = 'live-offset';
const thaiOrder = new Intl.Collator('th').compare;

async function keptProgress(repos: Repositories, roundId: string) {
  const kept = await repos.formProgress.get(roundId);
  return kept?.state === 'ready' ? kept : null;
}

/** One page of the waiting list written at opening, in its Thai name order. */
async function waitingPage(repos: Repositories, round: FormRound, limit: number, after?: string): Promise<NotAnsweredPage> {
  if (after && decodeCursor(after).id === LIVE_CURSOR_ID) throw new AppError('validation/invalid-input', 'Cursor of another list');
  const page = await repos.formWaiting.list({
    where: [{ field: 'roundId', op: '==', value: round.id }],
    orderBy: [{ field: 'rank' }],
    limit,
    ...(after ? { after } : {}),
  });
  return {
    people: page.items.map((w) => ({ memberId: w.memberId, name: w.name, schoolCode: w.groups.schoolCode })),
    next: page.nextCursor ?? null,
  };
}

function tally(rows: Map<string, RateRow>, key: string, answered: boolean): void {
  const row = rows.get(key) ?? { key, audience: 0, answered: 0 };
  row.audience += 1;
  if (answered) row.answered += 1;
  rows.set(key, row);
}

/** Everything counted from the audience as it is now (every member, answer and membership read): the fallback. */
async function liveProgress(repos: Repositories, round: FormRound) {
  const ids = await roundAudience(repos, round);
  const [members, participation, active] = await Promise.all([
    repos.members.getMany(ids),
    repos.formParticipation.getMany(ids.map((id) => memberRoundDocId(round.id, id))),
    // One read of the office's active memberships rather than one query per person.
    repos.memberships.list({
      where: [
        { field: 'areaId', op: '==', value: round.areaId },
        { field: 'status', op: '==', value: 'active' },
      ],
    }),
  ]);
  const networksOf = new Map<string, string[]>();
  for (const ms of active.items) networksOf.set(ms.memberId, [...(networksOf.get(ms.memberId) ?? []), ms.networkId]);
  const bySchool = new Map<string, RateRow>();
  const byLevel = new Map<string, RateRow>();
  const byNetwork = new Map<string, RateRow>();
  const notAnswered: NotAnsweredPerson[] = [];
  ids.forEach((id, i) => {
    const m = members[i];
    const answered = participation[i] !== null;
    tally(bySchool, m?.profile?.schoolCode ?? '', answered);
    for (const level of new Set(m?.profile?.levels ?? [])) tally(byLevel, level, answered);
    for (const networkId of new Set(networksOf.get(id) ?? [])) tally(byNetwork, networkId, answered);
    if (!answered && m) notAnswered.push({ memberId: id, name: memberDisplayName(m), schoolCode: m.profile?.schoolCode ?? null });
  });
  const rows = (map: Map<string, RateRow>) => [...map.values()].sort((a, b) => a.key.localeCompare(b.key));
  return {
    audience: ids.length,
    answered: participation.filter((p) => p !== null).length,
    bySchool: rows(bySchool),
    byLevel: rows(byLevel),
    byNetwork: rows(byNetwork),
    everyoneWaiting: notAnswered.sort((a, b) => thaiOrder(a.name, b.name) || (a.memberId < b.memberId ? -1 : 1)),
  };
}

function livePage(everyone: readonly NotAnsweredPerson[], limit: number, after?: string): NotAnsweredPage {
  let from = 0;
  if (after) {
    const { v, id } = decodeCursor(after);
    if (id !== LIVE_CURSOR_ID || typeof v[0] !== 'number') throw new AppError('validation/invalid-input', 'Cursor of another list');
    from = v[0];
  }
  const to = from + limit;
  return { people: everyone.slice(from, to), next: to < everyone.length ? encodeCursor([to], LIVE_CURSOR_ID) : null };
}

/** The round's response rate and the first page of who has not answered. */
export async function roundProgress(repos: Repositories, round: FormRound, limit = NOT_ANSWERED_PAGE): Promise<RoundProgress> {
  const kept = await keptProgress(repos, round.id);
  if (kept) {
    const { audience, answered, bySchool, byLevel, byNetwork } = kept;
    const notAnswered = audience > answered ? await waitingPage(repos, round, limit) : { people: [], next: null };
    return { audience, answered, bySchool, byLevel, byNetwork, notAnsweredCount: audience - answered, notAnswered, countedAt: 'opening' };
  }
  const { everyoneWaiting, ...live } = await liveProgress(repos, round);
  return { ...live, notAnsweredCount: everyoneWaiting.length, notAnswered: livePage(everyoneWaiting, limit), countedAt: 'now' };
}

/** The next page of who has not answered, after the cursor of the previous one. */
export async function notAnsweredPage(
  repos: Repositories,
  round: FormRound,
  after: string,
  limit = NOT_ANSWERED_PAGE,
): Promise<NotAnsweredPage> {
  if (await keptProgress(repos, round.id)) return waitingPage(repos, round, limit, after);
  return livePage((await liveProgress(repos, round)).everyoneWaiting, limit, after);
}

/** The audience size and answers so far as a list of rounds shows them (the running totals when kept). */
export async function roundCounts(repos: Repositories, round: FormRound): Promise<{ audience: number; answered: number }> {
  const kept = await keptProgress(repos, round.id);
  if (kept) return { audience: kept.audience, answered: kept.answered };
  const [ids, answered] = await Promise.all([
    roundAudience(repos, round),
    repos.formParticipation.count([{ field: 'roundId', op: '==', value: round.id }]),
  ]);
  return { audience: ids.length, answered };
}

/**
 * Everyone in the audience today who has not answered (for a nudge or the closing reminder, a deliberate action): it
 * reads the audience, so it also reaches those who joined the round's networks after opening.
 */
export async function waitingMemberIds(repos: Repositories, round: FormRound): Promise<string[]> {
  const ids = await roundAudience(repos, round);
  const waiting: string[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const slice = ids.slice(i, i + 1000);
    const answered = await repos.formParticipation.getMany(slice.map((id) => memberRoundDocId(round.id, id)));
    slice.forEach((id, k) => answered[k] === null && waiting.push(id));
  }
  return waiting.sort();
}
