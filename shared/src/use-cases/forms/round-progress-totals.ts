// A round's response rate kept as it goes: at opening, the audience by school, level and network and a waiting list
// (one entry per person, in Thai name order); at each first answer, in the same transaction, the waiting entry goes and
// the answered counts go up. A view then reads one document and one page of names, whatever the audience.
import { AppError } from '../../errors';
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import { memberDisplayName } from '../../domain/member';
import {
  WAITING_KEEP_DAYS,
  memberRoundDocId,
  type FormProgress,
  type FormRound,
  type FormWaiting,
  type ResponseGroups,
} from '../../domain/form-rounds';
import { roundAudience } from './round-progress';

/** Entries written per transaction at opening (Firestore takes at most 500) and transactions in flight at once. */
const WRITES_PER_TX = 400;
const IN_FLIGHT = 4;
/** An opening that has been writing the waiting list this long is taken to have died; the next opening starts over. */
export const SNAPSHOT_STALE_MS = 10 * 60_000;
const thaiOrder = new Intl.Collator('th').compare;

type Dimension = 'bySchool' | 'byLevel' | 'byNetwork';

/** The groups a person counts in: their school ('' when none), each level and each network once. */
function rateKeys(groups: ResponseGroups): Array<[Dimension, string]> {
  return [
    ['bySchool', groups.schoolCode ?? ''],
    ...[...new Set(groups.levels)].map((k): [Dimension, string] => ['byLevel', k]),
    ...[...new Set(groups.networkIds)].map((k): [Dimension, string] => ['byNetwork', k]),
  ];
}

/** Adds people (audience) and answers (answered) to a group's row, adding the row when new; rows stay in key order. */
function bump(progress: FormProgress, groups: ResponseGroups, audience: number, answered: number): void {
  for (const [dimension, key] of rateKeys(groups)) {
    const rows = progress[dimension];
    let row = rows.find((r) => r.key === key);
    if (!row) {
      row = { key, audience: 0, answered: 0 };
      rows.push(row);
      rows.sort((a, b) => a.key.localeCompare(b.key));
    }
    row.audience += audience;
    row.answered += answered;
  }
  progress.audience += audience;
  progress.answered += answered;
}

/** Active networks per member of the office, a page of memberships at a time. */
async function activeNetworksOf(repos: Repositories, areaId: string): Promise<Map<string, string[]>> {
  const networksOf = new Map<string, string[]>();
  let after: string | undefined;
  do {
    const page = await repos.memberships.list({
      where: [
        { field: 'areaId', op: '==', value: areaId },
        { field: 'status', op: '==', value: 'active' },
      ],
      limit: 2000,
      ...(after ? { after } : {}),
    });
    for (const ms of page.items) networksOf.set(ms.memberId, [...(networksOf.get(ms.memberId) ?? []), ms.networkId]);
    after = page.nextCursor;
  } while (after);
  return networksOf;
}

/** Runs `work` over `items` in slices, a few slices at once. */
async function inSlices<T>(items: readonly T[], size: number, work: (slice: readonly T[]) => Promise<void>): Promise<void> {
  const slices: T[][] = [];
  for (let i = 0; i < items.length; i += size) slices.push(items.slice(i, i + size));
  for (let i = 0; i < slices.length; i += IN_FLIGHT) await Promise.all(slices.slice(i, i + IN_FLIGHT).map(work));
}

/** Claims the right to write the round's snapshot; null when it is already written. */
async function claimSnapshot(repos: Repositories, round: FormRound, now: Date): Promise<FormProgress | null> {
  const at = now.toISOString();
  const building: FormProgress = {
    id: round.id,
    areaId: round.areaId,
    roundId: round.id,
    state: 'building',
    audience: 0,
    answered: 0,
    bySchool: [],
    byLevel: [],
    byNetwork: [],
    createdAt: at,
    updatedAt: at,
  };
  if (await repos.formProgress.create(building)) return building;
  const found = await repos.formProgress.get(round.id);
  if (found?.state === 'ready') return null;
  if (found && now.getTime() - Date.parse(found.updatedAt) < SNAPSHOT_STALE_MS)
    throw new AppError('store/conflict', `Round ${round.id} is being opened`, { thai: 'กำลังเปิดรอบนี้อยู่ กรุณารอสักครู่แล้วลองใหม่ค่ะ' });
  await repos.formProgress.put(building);
  return building;
}

/**
 * Counts the round's audience as it is now and writes its waiting list, before the round is marked open (so no answer
 * can arrive meanwhile). Once written it stays: opening again changes nothing. Returns the round's running totals.
 */
export async function snapshotRoundAudience(repos: Repositories, round: FormRound, now: Date): Promise<FormProgress> {
  const progress = await claimSnapshot(repos, round, now);
  if (!progress) return (await repos.formProgress.require(round.id)) as FormProgress;
  try {
    return await writeSnapshot(repos, round, progress, now);
  } catch (err) {
    // The round stays a draft; the next opening starts over at once instead of waiting for the claim to go stale.
    await repos.store.delete(repos.formProgress.collection, round.id).catch(() => undefined);
    throw err;
  }
}

async function writeSnapshot(repos: Repositories, round: FormRound, progress: FormProgress, now: Date): Promise<FormProgress> {
  const at = now.toISOString();
  const [ids, networksOf] = await Promise.all([roundAudience(repos, round), activeNetworksOf(repos, round.areaId)]);
  const people: Array<Pick<FormWaiting, 'memberId' | 'name' | 'groups'>> = [];
  for (let i = 0; i < ids.length; i += 500) {
    for (const m of await repos.members.getMany(ids.slice(i, i + 500))) {
      if (!m) continue;
      const groups = {
        schoolCode: m.profile?.schoolCode ?? null,
        levels: [...(m.profile?.levels ?? [])],
        networkIds: networksOf.get(m.id) ?? [],
      };
      people.push({ memberId: m.id, name: memberDisplayName(m), groups });
    }
  }
  people.sort((a, b) => thaiOrder(a.name, b.name) || (a.memberId < b.memberId ? -1 : 1));
  const entries: FormWaiting[] = people.map((p, rank) => ({
    id: memberRoundDocId(round.id, p.memberId),
    areaId: round.areaId,
    roundId: round.id,
    ...p,
    rank,
    expireAt: new Date(Date.parse(round.closesAt) + WAITING_KEEP_DAYS * 86_400_000).toISOString(),
    createdAt: at,
    updatedAt: at,
  }));
  const rows = { bySchool: new Map<string, number>(), byLevel: new Map<string, number>(), byNetwork: new Map<string, number>() };
  for (const e of entries) for (const [dimension, key] of rateKeys(e.groups)) rows[dimension].set(key, (rows[dimension].get(key) ?? 0) + 1);
  const asRows = (counts: Map<string, number>) =>
    [...counts].map(([key, audience]) => ({ key, audience, answered: 0 })).sort((a, b) => a.key.localeCompare(b.key));
  await inSlices(entries, WRITES_PER_TX, (slice) =>
    repos.store.runTransaction(async (tx) => {
      const waiting = repos.formWaiting.inTx(tx);
      for (const e of slice) waiting.put(e);
    }),
  );
  const ready: FormProgress = {
    ...progress,
    state: 'ready',
    audience: entries.length,
    bySchool: asRows(rows.bySchool),
    byLevel: asRows(rows.byLevel),
    byNetwork: asRows(rows.byNetwork),
  };
  await repos.formProgress.put(ready);
  return ready;
}

/** What a first answer needs from the running totals, read inside its transaction before any write. */
export interface FirstAnswerReads {
  progress: FormProgress | null;
  waiting: FormWaiting | null;
}

export async function readForFirstAnswer(
  repos: Repositories,
  tx: TransactionContext,
  roundId: string,
  memberId: string,
): Promise<FirstAnswerReads> {
  const [progress, waiting] = await Promise.all([
    repos.formProgress.inTx(tx).get(roundId),
    repos.formWaiting.inTx(tx).get(memberRoundDocId(roundId, memberId)),
  ]);
  return { progress, waiting };
}

/**
 * Counts a first answer in the running totals (writes only): someone on the waiting list is counted in the groups
 * they were counted in at opening; someone who joined the audience after opening is added to it now, answered, in
 * their groups of today (so no rate passes 100 %). A round opened before the totals existed has none to update.
 */
export function countFirstAnswer(
  repos: Repositories,
  tx: TransactionContext,
  reads: FirstAnswerReads,
  input: { groups: ResponseGroups; at: string },
): void {
  const { progress, waiting } = reads;
  if (progress?.state !== 'ready') return;
  const next: FormProgress = {
    ...progress,
    bySchool: progress.bySchool.map((r) => ({ ...r })),
    byLevel: progress.byLevel.map((r) => ({ ...r })),
    byNetwork: progress.byNetwork.map((r) => ({ ...r })),
    updatedAt: input.at,
  };
  if (waiting) {
    bump(next, waiting.groups, 0, 1);
    tx.delete(repos.formWaiting.collection, waiting.id);
  } else bump(next, input.groups, 1, 1);
  repos.formProgress.inTx(tx).put(next);
}
