// Check-in: a scan (already verified by the adapter) marks the attendee present once; replays and late syncs are safe.
import type { Actor } from '../../auth/policy';
import type { CheckInOutcome } from '../../api/attendance-contracts';
import type { Clock } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { memberDisplayName } from '../../domain/member';
import { rsvpDocId, type Rsvp, type Seminar } from '../../domain/seminar';
import { assertCanManageSeminar, seminarOfArea } from './seminar-policy';

const MIN = 60_000;
/** The doors open three hours before the start; check-in closes two hours after the end. */
export const CHECK_IN_OPENS_BEFORE_MS = 180 * MIN;
export const CHECK_IN_CLOSES_AFTER_MS = 120 * MIN;
/** A phone may sync scans made offline up to three days earlier; clocks may run five minutes fast. */
export const OFFLINE_SYNC_MAX_AGE_MS = 3 * 24 * 60 * MIN;
const CLOCK_SKEW_MS = 5 * MIN;

/** A scan after the adapter has checked its token or code: who it names, or why it names nobody. */
export interface ResolvedScan {
  clientScanId: string;
  scannedAt: string;
  method: 'qr' | 'code';
  memberId: string | null;
  failure: Exclude<CheckInOutcome, 'checked-in' | 'already-checked-in'> | null;
}

export interface CheckInRecord {
  clientScanId: string;
  outcome: CheckInOutcome;
  name: string | null;
  checkedInAt: string | null;
}

/** Whether a scan time is within the seminar's check-in window and believable given the server's clock. */
export function checkInWindowOutcome(s: Pick<Seminar, 'startsAt' | 'endsAt'>, scannedAt: Date, now: Date): 'ok' | 'outside-window' {
  const t = scannedAt.getTime();
  if (t > now.getTime() + CLOCK_SKEW_MS || t < now.getTime() - OFFLINE_SYNC_MAX_AGE_MS) return 'outside-window';
  if (t < Date.parse(s.startsAt) - CHECK_IN_OPENS_BEFORE_MS || t > Date.parse(s.endsAt) + CHECK_IN_CLOSES_AFTER_MS) return 'outside-window';
  return 'ok';
}

async function checkInOne(
  deps: { repos: Repositories; clock: Clock },
  actor: Actor,
  seminar: Seminar,
  scan: ResolvedScan,
): Promise<CheckInRecord> {
  const base = { clientScanId: scan.clientScanId, name: null, checkedInAt: null };
  if (scan.failure || !scan.memberId) return { ...base, outcome: scan.failure ?? 'invalid' };
  const memberId = scan.memberId;
  const member = await deps.repos.members.get(memberId);
  const name = member && member.areaId === seminar.areaId ? memberDisplayName(member) : null;
  if (!name) return { ...base, outcome: 'invalid' };
  return deps.repos.store.runTransaction(async (tx): Promise<CheckInRecord> => {
    const rsvps = deps.repos.rsvps.inTx(tx);
    const rsvp = await rsvps.get(rsvpDocId(seminar.id, memberId));
    if (rsvp?.checkedInAt) return { ...base, name, outcome: 'already-checked-in', checkedInAt: rsvp.checkedInAt };
    if (!rsvp || rsvp.status !== 'going') return { ...base, name, outcome: 'not-going' };
    if (checkInWindowOutcome(seminar, new Date(scan.scannedAt), deps.clock.now()) !== 'ok')
      return { ...base, name, outcome: 'outside-window' };
    const next: Rsvp = {
      ...rsvp,
      checkedInAt: scan.scannedAt,
      checkedInBy: actor.memberId,
      checkInMethod: scan.method,
      updatedAt: deps.clock.now().toISOString(),
    };
    rsvps.put(next);
    return { ...base, name, outcome: 'checked-in', checkedInAt: scan.scannedAt };
  });
}

/** Applies scans in order; the same person scanned twice (or a batch synced twice) is checked in once. */
export async function recordCheckIns(
  deps: { repos: Repositories; clock: Clock },
  actor: Actor,
  seminarId: string,
  scans: readonly ResolvedScan[],
): Promise<{ results: CheckInRecord[]; checkedIn: number; going: number }> {
  const seminar = await seminarOfArea(deps.repos, actor.areaId, seminarId);
  assertCanManageSeminar(actor, seminar);
  const results: CheckInRecord[] = [];
  for (const scan of scans) results.push(await checkInOne(deps, actor, seminar, scan));
  const going = await goingRsvps(deps.repos, seminarId);
  return { results, checkedIn: going.filter((r) => r.checkedInAt !== null).length, going: going.length };
}

/** Every answer to a seminar (going, waiting, not going), in no particular order. */
export async function seminarRsvps(repos: Repositories, seminarId: string): Promise<Rsvp[]> {
  return repos.rsvps.listAll({ where: [{ field: 'seminarId', op: '==', value: seminarId }] });
}

const goingRsvps = async (repos: Repositories, seminarId: string) =>
  (await seminarRsvps(repos, seminarId)).filter((r) => r.status === 'going');
