// Filling form rounds over HTTP: members list their open rounds, open one, save drafts, submit (idempotent).
import express, { type Request, type Router } from 'express';
import {
  FORM_PATHS,
  canReceivePush,
  myOpenRounds,
  roundForMember,
  saveDraft,
  submitResponse,
  templateVersion,
  toRoundView,
  type MyRoundsResponse,
  type RoundForMemberResponse,
  type SubmitResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember } from './auth';
import { anonymousResponseIdWith } from '../forms/anonymous-id';
import { answersSummaryText } from '../forms/form-messages';
import { retryKeyFor } from '../line/messenger';
import { signingSecret } from '../config';

const path = (p: string) => p.replace(/^\/api/, '');
const id = (req: Request) => String(req.params.id);

export function formRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member = [requireLineUser(deps), requireMember(deps)];
  const fillDeps = { ...deps, anonymousResponseId: anonymousResponseIdWith(signingSecret(deps.config)) };
  r.get(path(FORM_PATHS.mine), ...member, async (req, res) => {
    const rounds = await myOpenRounds(deps, req.member!);
    const body: MyRoundsResponse = {
      rounds: rounds.map((x) => ({ round: toRoundView(x.round), answered: x.answered, title: x.round.title })),
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.get('/form-rounds/:id', ...member, async (req, res) => {
    const f = await roundForMember(fillDeps, req.member!, id(req));
    const body: RoundForMemberResponse = {
      round: toRoundView(f.round),
      definition: f.definition,
      draft: f.draft?.answers ?? null,
      draftUpdatedAt: f.draft?.updatedAt ?? null,
      submitted: f.submitted ? { answers: f.submitted.answers, submittedAt: f.submitted.updatedAt } : null,
      prefill: f.prefill,
      open: f.open,
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.put('/form-rounds/:id/draft', ...member, async (req, res) => {
    const draft = await saveDraft(fillDeps, req.member!, id(req), req.body);
    res.json({ savedAt: draft.updatedAt });
  });

  r.post('/form-rounds/:id/responses', ...member, async (req, res) => {
    const m = req.member!;
    const [schools, networks] = await Promise.all([
      deps.repos.schools.list({ where: [{ field: 'areaId', op: '==', value: m.areaId }] }),
      deps.repos.networks.list({ where: [{ field: 'areaId', op: '==', value: m.areaId }] }),
    ]);
    const choices = { schools: schools.items.map((s) => s.code), networks: networks.items.map((n) => n.id) };
    const outcome = await submitResponse({ ...fillDeps, choices }, m, id(req), req.body);
    if (!outcome.duplicate && canReceivePush(m)) {
      // The summary arrives in the chat once per accepted submission (its key makes a retried push a no-op).
      const { definition } = await templateVersion(
        deps.repos,
        outcome.round.areaId,
        outcome.round.templateId,
        outcome.round.templateVersion,
      );
      const text = answersSummaryText(outcome.round, definition, outcome.response.answers, !outcome.first);
      const sent = await deps.messenger.push(
        m.lineUserId,
        [{ type: 'text', text }],
        retryKeyFor(`form:${outcome.round.id}:${m.id}:${outcome.response.submissionKey}`),
      );
      if (!sent.ok) req.log.warn({ status: sent.status }, 'form summary push failed');
    }
    const body: SubmitResponse = {
      submittedAt: outcome.response.updatedAt,
      editableUntil: outcome.round.closesAt,
      duplicate: outcome.duplicate,
    };
    res.status(outcome.duplicate ? 200 : 201).json(body);
  });

  return r;
}
