// The seminar evaluation: attendees who checked in answer it (and may edit their answer for 30 days after the end).
import { AppError } from '../../errors';
import type { Clock } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import type { Member } from '../../domain/member';
import { rsvpDocId, type Seminar } from '../../domain/seminar';
import { seminarEvaluationInputSchema, type SeminarEvaluation } from '../../domain/seminar-evaluation';
import { parseOrThrow } from '../../validation';
import { seminarOfArea } from './seminar-policy';

const DAY = 24 * 3600_000;
export const EVALUATION_OPEN_DAYS_AFTER_END = 30;

export interface EvaluationState {
  seminar: Seminar;
  evaluation: SeminarEvaluation | null;
  blockedReason: 'not-checked-in' | null;
}

export async function evaluationState(repos: Repositories, member: Member, seminarId: string): Promise<EvaluationState> {
  const seminar = await seminarOfArea(repos, member.areaId, seminarId);
  const id = rsvpDocId(seminarId, member.id);
  const [rsvp, evaluation] = await Promise.all([repos.rsvps.get(id), repos.seminarEvaluations.get(id)]);
  return { seminar, evaluation, blockedReason: rsvp?.checkedInAt ? null : 'not-checked-in' };
}

/** Saves my answer (the first submission time is kept); refused before check-in and after the answer window. */
export async function submitSeminarEvaluation(
  deps: { repos: Repositories; clock: Clock },
  member: Member,
  seminarId: string,
  body: unknown,
): Promise<{ seminar: Seminar; evaluation: SeminarEvaluation }> {
  const input = parseOrThrow(seminarEvaluationInputSchema, body, 'Evaluation body');
  const state = await evaluationState(deps.repos, member, seminarId);
  if (state.blockedReason) throw new AppError('seminar/not-checked-in', `Member ${member.id} has not checked in to ${seminarId}`);
  const now = deps.clock.now();
  if (now.getTime() > Date.parse(state.seminar.endsAt) + EVALUATION_OPEN_DAYS_AFTER_END * DAY)
    throw new AppError('seminar/evaluation-closed', `Evaluation of ${seminarId} closed`);
  const at = now.toISOString();
  const previous = state.evaluation;
  const evaluation: SeminarEvaluation = {
    ...input,
    id: rsvpDocId(seminarId, member.id),
    areaId: member.areaId,
    seminarId,
    memberId: member.id,
    submittedAt: previous?.submittedAt ?? at,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  await deps.repos.seminarEvaluations.put(evaluation);
  return { seminar: state.seminar, evaluation };
}
