// PDPA erasure on the seminar side: a forgotten member's answers leave no id behind, while attendance totals stay right.
//
// Decision: an answer the person never came on (going, waiting, not going) is deleted — their seat goes back and the
// waiting list moves up, as if they had said "not going". An answer they checked in on stays, re-keyed to a random
// pseudonym (`forgotten-…`) with nothing else about them, so a seminar's attendance, the dashboard and the Form 3 report
// keep counting them; their evaluation keeps its ratings under the same pseudonym without its free-text comment; their
// certificate (name on it, public verification link) is deleted.
import type { Clock, IdGenerator } from '../../ports/clock';
import type { TransactionContext } from '../../ports/document-store';
import { COLLECTIONS } from '../../store/collections';
import type { Repositories } from '../../store/repositories';
import { rsvpDocId, type Rsvp, type Seminar } from '../../domain/seminar';
import { serialised } from '../../serialised';
import { firstWaitlisted, promote, seminarKey } from './rsvp';

/** Member ids given to the checked-in answers of people who asked to be forgotten. */
export const FORGOTTEN_ATTENDEE_PREFIX = 'forgotten-';
export const isForgottenAttendee = (memberId: string): boolean => memberId.startsWith(FORGOTTEN_ATTENDEE_PREFIX);

export interface ForgottenSeminarAnswers {
  /** Checked-in answers kept under a pseudonym (attendance counts unchanged). */
  anonymised: number;
  /** Answers deleted (never checked in). */
  deleted: number;
  /** People moved up from a waiting list into the seat that was freed (tell them, as for a "not going"). */
  promoted: Array<{ seminar: Seminar; rsvp: Rsvp }>;
}

/** Every answer of one member, across seminars. */
async function answersOf(repos: Repositories, memberId: string): Promise<Rsvp[]> {
  return repos.rsvps.listAll({ where: [{ field: 'memberId', op: '==', value: memberId }], limit: 200 });
}

type Outcome = { kind: 'anonymised' | 'deleted' | 'gone'; seminar: Seminar | null; promoted: Rsvp | null };

/** One answer, in one transaction serialised with the seminar's other seat changes. */
async function forgetAnswer(deps: { repos: Repositories; clock: Clock; ids: IdGenerator }, answer: Rsvp): Promise<Outcome> {
  const { repos } = deps;
  return serialised(seminarKey(answer.seminarId), () =>
    repos.store.runTransaction(async (tx: TransactionContext): Promise<Outcome> => {
      const now = deps.clock.now();
      const at = now.toISOString();
      const rsvps = repos.rsvps.inTx(tx);
      const [current, seminar, evaluation] = await Promise.all([
        rsvps.get(answer.id),
        repos.seminars.inTx(tx).get(answer.seminarId),
        repos.seminarEvaluations.inTx(tx).get(answer.id),
      ]);
      if (!current) return { kind: 'gone', seminar, promoted: null };
      const hasCertificate = (await tx.get(COLLECTIONS.certificates, answer.id)) !== null;

      if (current.checkedInAt !== null) {
        const pseudonym = `${FORGOTTEN_ATTENDEE_PREFIX}${deps.ids.newId()}`;
        const id = rsvpDocId(current.seminarId, pseudonym);
        rsvps.create({ ...current, id, memberId: pseudonym, ticket: null, updatedAt: at });
        if (evaluation) repos.seminarEvaluations.inTx(tx).create({ ...evaluation, id, memberId: pseudonym, comment: '', updatedAt: at });
        if (evaluation) tx.delete(COLLECTIONS.seminarEvaluations, answer.id);
        if (hasCertificate) tx.delete(COLLECTIONS.certificates, answer.id);
        tx.delete(COLLECTIONS.rsvps, answer.id);
        return { kind: 'anonymised', seminar, promoted: null };
      }

      // Never came: the answer goes, and so does its hold on a seat or a place in the queue.
      let promoted: Rsvp | null = null;
      if (seminar) {
        let next: Seminar = { ...seminar, updatedAt: at };
        if (current.status === 'waitlisted') next = { ...next, waitlistCount: Math.max(0, seminar.waitlistCount - 1) };
        if (current.status === 'going') {
          next = { ...next, goingCount: Math.max(0, seminar.goingCount - 1) };
          const stillAhead = seminar.status === 'announced' && now.getTime() < Date.parse(seminar.startsAt);
          const seatFree = seminar.capacity === null || next.goingCount < seminar.capacity;
          const [first] = stillAhead && seatFree ? await firstWaitlisted(tx, seminar.id, 1) : [];
          if (first) {
            promoted = promote(first, at);
            next = { ...next, goingCount: next.goingCount + 1, waitlistCount: Math.max(0, next.waitlistCount - 1) };
            rsvps.put(promoted);
          }
        }
        if (current.status !== 'not-going') repos.seminars.inTx(tx).put(next);
      }
      if (evaluation) tx.delete(COLLECTIONS.seminarEvaluations, answer.id);
      if (hasCertificate) tx.delete(COLLECTIONS.certificates, answer.id);
      tx.delete(COLLECTIONS.rsvps, answer.id);
      return { kind: 'deleted', seminar: promoted ? seminar : null, promoted };
    }),
  );
}

/** Removes a member's id from every seminar answer (see the decision at the top of this file). */
export async function forgetSeminarAnswers(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  memberId: string,
): Promise<ForgottenSeminarAnswers> {
  const result: ForgottenSeminarAnswers = { anonymised: 0, deleted: 0, promoted: [] };
  for (const answer of await answersOf(deps.repos, memberId)) {
    const outcome = await forgetAnswer(deps, answer);
    if (outcome.kind === 'anonymised') result.anonymised += 1;
    if (outcome.kind === 'deleted') result.deleted += 1;
    if (outcome.promoted && outcome.seminar) result.promoted.push({ seminar: outcome.seminar, rsvp: outcome.promoted });
  }
  return result;
}
