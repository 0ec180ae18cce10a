// RSVP: going / not going under a seat limit; a full seminar queues people in arrival order and promotes them.
import { AppError } from '../../errors';
import type { Clock } from '../../ports/clock';
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import { COLLECTIONS } from '../../store/collections';
import type { Member } from '../../domain/member';
import { registrationClosesAt, rsvpDocId, rsvpSchema, type Rsvp, type Seminar } from '../../domain/seminar';
import { isInAudience } from './audience';
import { seminarOfArea } from './seminar-policy';
import { serialised } from '../../serialised';

/** The serialisation key of everything that changes a seminar's seat counters. */
export const seminarKey = (seminarId: string) => `seminar:${seminarId}`;

export type RsvpAnswer = 'going' | 'not-going';

export interface RsvpResult {
  seminar: Seminar;
  rsvp: Rsvp;
  /** False when the answer was already the same. */
  changed: boolean;
  /** Place on the waiting list (1 = next), when waitlisted. */
  position: number | null;
  /** Who took the seat this answer freed (tell them). */
  promoted: Rsvp | null;
}

/** The first `n` waitlisted answers, oldest ticket first (read inside the transaction). */
export async function firstWaitlisted(tx: TransactionContext, seminarId: string, n: number): Promise<Rsvp[]> {
  if (n <= 0) return [];
  const page = await tx.query(COLLECTIONS.rsvps, {
    where: [
      { field: 'seminarId', op: '==', value: seminarId },
      { field: 'status', op: '==', value: 'waitlisted' },
    ],
    orderBy: [{ field: 'ticket' }],
    limit: n,
  });
  return page.docs.map((d) => rsvpSchema.parse({ ...d.data, id: d.id }));
}

export const promote = (r: Rsvp, now: string): Rsvp => ({ ...r, status: 'going', ticket: null, promotedAt: now, updatedAt: now });

/** Refuses answers to seminars that are not open (draft, cancelled, finished, past the deadline). */
export function assertOpenForAnswers(s: Seminar, now: Date): void {
  if (s.status === 'cancelled') throw new AppError('seminar/cancelled', `Seminar ${s.id} is cancelled`);
  if (s.status === 'draft') throw new AppError('seminar/not-announced', `Seminar ${s.id} is a draft`);
  if (s.status === 'finished' || now.getTime() > Date.parse(registrationClosesAt(s)))
    throw new AppError('seminar/closed', `Registration for ${s.id} is closed`);
}

/** Where a waitlisted answer stands: 1 + those with an earlier ticket. */
export async function waitlistPosition(repos: Repositories, rsvp: Rsvp): Promise<number | null> {
  if (rsvp.status !== 'waitlisted' || rsvp.ticket === null) return null;
  return repos.rsvps.count([
    { field: 'seminarId', op: '==', value: rsvp.seminarId },
    { field: 'status', op: '==', value: 'waitlisted' },
    { field: 'ticket', op: '<=', value: rsvp.ticket },
  ]);
}

export async function rsvp(
  deps: { repos: Repositories; clock: Clock },
  seminarId: string,
  member: Member,
  answer: RsvpAnswer,
): Promise<RsvpResult> {
  if (member.registeredAt === null) throw new AppError('member/not-registered', 'Member must register before answering');
  const found = await seminarOfArea(deps.repos, member.areaId, seminarId);
  if (!(await isInAudience(deps.repos, found, member)))
    throw new AppError('seminar/not-in-audience', `Member ${member.id} is not in the audience of ${seminarId}`);
  const id = rsvpDocId(seminarId, member.id);
  // Presses on one seminar queue in this process: they would only abort each other on its seat counter.
  const result = await serialised(seminarKey(seminarId), () =>
    deps.repos.store.runTransaction(async (tx): Promise<RsvpResult> => {
      const now = deps.clock.now();
      const at = now.toISOString();
      const seminars = deps.repos.seminars.inTx(tx);
      const rsvps = deps.repos.rsvps.inTx(tx);
      const s = await seminars.get(seminarId);
      if (!s) throw new AppError('seminar/not-found', `No seminar ${seminarId}`);
      assertOpenForAnswers(s, now);
      const existing = await rsvps.get(id);
      const base: Rsvp = existing ?? {
        id,
        areaId: s.areaId,
        seminarId,
        memberId: member.id,
        status: 'not-going',
        ticket: null,
        promotedAt: null,
        checkedInAt: null,
        checkedInBy: null,
        checkInMethod: null,
        createdAt: at,
        updatedAt: at,
      };
      const current = existing?.status ?? null;
      const same = answer === 'going' ? current === 'going' || current === 'waitlisted' : current === 'not-going';
      if (same) return { seminar: s, rsvp: base, changed: false, position: null, promoted: null };

      let next: Seminar = { ...s, updatedAt: at };
      let mine: Rsvp;
      let promoted: Rsvp | null = null;
      let position: number | null = null;
      if (answer === 'going') {
        if (s.capacity === null || s.goingCount < s.capacity) {
          mine = { ...base, status: 'going', ticket: null, updatedAt: at };
          next = { ...next, goingCount: s.goingCount + 1 };
        } else {
          mine = { ...base, status: 'waitlisted', ticket: s.ticketSeq + 1, updatedAt: at };
          next = { ...next, ticketSeq: s.ticketSeq + 1, waitlistCount: s.waitlistCount + 1 };
          position = next.waitlistCount;
        }
      } else {
        mine = { ...base, status: 'not-going', ticket: null, updatedAt: at };
        if (current === 'waitlisted') next = { ...next, waitlistCount: Math.max(0, s.waitlistCount - 1) };
        if (current === 'going') {
          next = { ...next, goingCount: Math.max(0, s.goingCount - 1) };
          const seatFree = s.capacity === null || next.goingCount < s.capacity;
          const [first] = seatFree ? await firstWaitlisted(tx, seminarId, 1) : [];
          if (first) {
            promoted = promote(first, at);
            next = { ...next, goingCount: next.goingCount + 1, waitlistCount: Math.max(0, next.waitlistCount - 1) };
            rsvps.put(promoted);
          }
        }
      }
      rsvps.put(mine);
      seminars.put(next);
      return { seminar: next, rsvp: mine, changed: true, position, promoted };
    }),
  );
  if (!result.changed && result.rsvp.status === 'waitlisted')
    return { ...result, position: await waitlistPosition(deps.repos, result.rsvp) };
  return result;
}
