// Filling a round: what a member sees (definition, draft, own answer, prefill), drafts, and the idempotent submit.
import { AppError } from '../../errors';
import type { Clock } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import type { Member } from '../../domain/member';
import { rsvpDocId } from '../../domain/seminar';
import {
  memberRoundDocId,
  type FormDraft,
  type FormParticipation,
  type FormResponse,
  type FormRound,
  type ResponseGroups,
} from '../../domain/form-rounds';
import type { Answers, FormDefinition } from '../../forms/definition';
import { validateAnswers } from '../../forms/validate-answers';
import { prefillFromPrevious, prefillFromProfile } from '../../forms/versioning';
import { serialised } from '../../serialised';
import { updateRoundStats } from './round-stats';
import { countFirstAnswer, readForFirstAnswer } from './round-progress-totals';
import { draftRequestSchema, submitRequestSchema } from '../../api/form-contracts';
import { parseOrThrow } from '../../validation';
import { isInAudience } from '../seminars/audience';
import { acceptsAnswers, roundOfArea } from './form-rounds';
import { templateVersion } from './form-templates';

/** Where an anonymous round keeps a member's response: a keyed id the adapter computes (no member on the record). */
export type AnonymousResponseId = (roundId: string, memberId: string) => string;
type Deps = { repos: Repositories; clock: Clock; anonymousResponseId: AnonymousResponseId };

export const responseDocId = (round: Pick<FormRound, 'id' | 'anonymous'>, memberId: string, anonymousId: AnonymousResponseId) =>
  round.anonymous ? anonymousId(round.id, memberId) : memberRoundDocId(round.id, memberId);

/** Whether the member is among the round's audience (a forwarded link lets nobody else in). */
export async function isInRoundAudience(repos: Repositories, round: FormRound, member: Member): Promise<boolean> {
  if (!(await isInAudience(repos, round, member))) return false;
  if (!round.audience.seminarId) return true;
  return (await repos.rsvps.get(rsvpDocId(round.audience.seminarId, member.id)))?.checkedInAt != null;
}

export interface RoundForMember {
  round: FormRound;
  definition: FormDefinition;
  draft: FormDraft | null;
  submitted: FormResponse | null;
  prefill: Answers;
  open: boolean;
}

/** My answer in the previous cycle (the latest earlier round of the same form), where the questions are the same. */
async function previousCyclePrefill(deps: Deps, round: FormRound, definition: FormDefinition, member: Member): Promise<Answers> {
  const { items } = await deps.repos.formRounds.list({ where: [{ field: 'areaId', op: '==', value: round.areaId }] });
  const previous = items
    .filter((r) => r.templateId === round.templateId && r.id !== round.id && r.createdAt < round.createdAt && r.status !== 'draft')
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  if (!previous) return {};
  const answer = await deps.repos.formResponses.get(responseDocId(previous, member.id, deps.anonymousResponseId));
  if (!answer) return {};
  const before = await templateVersion(deps.repos, previous.areaId, previous.templateId, previous.templateVersion);
  return prefillFromPrevious(definition, before.definition, answer.answers);
}

async function loadForMember(deps: Deps, member: Member, roundId: string): Promise<{ round: FormRound; definition: FormDefinition }> {
  const round = await roundOfArea(deps.repos, member.areaId, roundId);
  if (round.status === 'draft') throw new AppError('form/not-open', `Round ${roundId} is a draft`);
  if (!(await isInRoundAudience(deps.repos, round, member))) throw new AppError('form/not-in-audience', `${member.id} not in ${roundId}`);
  const { definition } = await templateVersion(deps.repos, round.areaId, round.templateId, round.templateVersion);
  return { round, definition };
}

export async function roundForMember(deps: Deps, member: Member, roundId: string): Promise<RoundForMember> {
  const { round, definition } = await loadForMember(deps, member, roundId);
  const [draft, submitted] = await Promise.all([
    deps.repos.formDrafts.get(memberRoundDocId(round.id, member.id)),
    deps.repos.formResponses.get(responseDocId(round, member.id, deps.anonymousResponseId)),
  ]);
  const profile = member.profile ?? {};
  const prefill = { ...(await previousCyclePrefill(deps, round, definition, member)), ...prefillFromProfile(definition, profile) };
  return { round, definition, draft, submitted, prefill, open: acceptsAnswers(round, deps.clock.now()) };
}

function assertAccepting(round: FormRound, now: Date): void {
  if (now.getTime() >= Date.parse(round.closesAt) || round.status === 'closed')
    throw new AppError('form/closed', `Round ${round.id} closed`);
  if (!acceptsAnswers(round, now)) throw new AppError('form/not-open', `Round ${round.id} not open yet`);
}

/** Saves a partial answer as my draft (checked like the answer, without the required rule). */
export async function saveDraft(deps: Deps, member: Member, roundId: string, body: unknown): Promise<FormDraft> {
  const { answers } = parseOrThrow(draftRequestSchema, body, 'Draft body');
  const { round, definition } = await loadForMember(deps, member, roundId);
  const now = deps.clock.now();
  assertAccepting(round, now);
  const checked = validateAnswers(definition, answers, { partial: true });
  const id = memberRoundDocId(round.id, member.id);
  const at = now.toISOString();
  const previous = await deps.repos.formDrafts.get(id);
  const draft: FormDraft = {
    id,
    areaId: round.areaId,
    roundId: round.id,
    memberId: member.id,
    // A draft keeps what was typed even where it is not valid yet: the person is still writing.
    answers: checked.ok ? checked.answers : answers,
    createdAt: previous?.createdAt ?? at,
    updatedAt: at,
  };
  await deps.repos.formDrafts.put(draft);
  return draft;
}

async function groupsOf(repos: Repositories, member: Member): Promise<ResponseGroups> {
  const { items } = await repos.memberships.list({ where: [{ field: 'memberId', op: '==', value: member.id }] });
  return {
    schoolCode: member.profile?.schoolCode ?? null,
    levels: [...(member.profile?.levels ?? [])],
    networkIds: items.filter((m) => m.status === 'active').map((m) => m.networkId),
  };
}

export interface SubmitOutcome {
  round: FormRound;
  response: FormResponse;
  /** The same key was accepted before: nothing changed. */
  duplicate: boolean;
  /** First answer of this member to this round (not an edit). */
  first: boolean;
}

/**
 * Submits or edits my answers until the round closes. The participation record (round, member) and the response
 * are written in one transaction; a submission key seen before changes nothing, so a double tap, a retry or an
 * offline queue sending twice makes one response.
 */
export async function submitResponse(
  deps: Deps & { choices: { schools: readonly string[]; networks: readonly string[] } },
  member: Member,
  roundId: string,
  body: unknown,
): Promise<SubmitOutcome> {
  const { answers: raw, idempotencyKey } = parseOrThrow(submitRequestSchema, body, 'Response body');
  const { round, definition } = await loadForMember(deps, member, roundId);
  const now = deps.clock.now();
  assertAccepting(round, now);
  const checked = validateAnswers(definition, raw, deps.choices);
  if (!checked.ok) throw new AppError('form/invalid-answers', `Answers to ${roundId} failed validation`, { fields: checked.fields });
  const groups = await groupsOf(deps.repos, member);
  const at = now.toISOString();
  const participationId = memberRoundDocId(round.id, member.id);
  const responseId = responseDocId(round, member.id, deps.anonymousResponseId);
  // Submissions to one round queue in this process: they share the round's running totals.
  return serialised(`form-round:${round.id}`, () =>
    deps.repos.store.runTransaction(async (tx) => {
      const participations = deps.repos.formParticipation.inTx(tx);
      const responses = deps.repos.formResponses.inTx(tx);
      const [seen, existing] = await Promise.all([participations.get(participationId), responses.get(responseId)]);
      if (seen?.submissionKey === idempotencyKey && existing) return { round, response: existing, duplicate: true, first: false };
      // A first answer also moves the response rate's running totals (read here: every read before the first write).
      const rate = seen ? null : await readForFirstAnswer(deps.repos, tx, round.id, member.id);
      const response: FormResponse = {
        id: responseId,
        areaId: round.areaId,
        roundId: round.id,
        templateVersion: round.templateVersion,
        memberId: round.anonymous ? null : member.id,
        answers: checked.answers,
        groups,
        submissionKey: idempotencyKey,
        submittedAt: existing?.submittedAt ?? at,
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
      };
      const participation: FormParticipation = {
        id: participationId,
        areaId: round.areaId,
        roundId: round.id,
        memberId: member.id,
        submittedAt: seen?.submittedAt ?? at,
        submissionKey: idempotencyKey,
        createdAt: seen?.createdAt ?? at,
        updatedAt: at,
      };
      await updateRoundStats(deps.repos, tx, { round, definition, before: existing, after: response, at });
      if (rate) countFirstAnswer(deps.repos, tx, rate, { groups, at });
      responses.put(response);
      participations.put(participation);
      tx.delete(deps.repos.formDrafts.collection, participationId);
      return { round, response, duplicate: false, first: !seen };
    }),
  );
}

/** Rounds open now that are meant for me, with whether I have answered. */
export async function myOpenRounds(
  deps: Pick<Deps, 'repos' | 'clock'>,
  member: Member,
): Promise<Array<{ round: FormRound; answered: boolean }>> {
  const { items } = await deps.repos.formRounds.list({
    where: [
      { field: 'areaId', op: '==', value: member.areaId },
      { field: 'status', op: '==', value: 'open' },
    ],
  });
  const now = deps.clock.now();
  const mine: FormRound[] = [];
  for (const r of items) if (acceptsAnswers(r, now) && (await isInRoundAudience(deps.repos, r, member))) mine.push(r);
  const answered = await deps.repos.formParticipation.getMany(mine.map((r) => memberRoundDocId(r.id, member.id)));
  return mine
    .map((round, i) => ({ round, answered: answered[i] !== null }))
    .sort((a, b) => a.round.closesAt.localeCompare(b.round.closesAt));
}
