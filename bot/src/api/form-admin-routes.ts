// Form rounds for staff over HTTP: templates, rounds (create, preview, open), the response rate and non-responders,
// and the once-a-day nudge to those who have not answered.
import { createHash } from 'node:crypto';
import express, { type Request, type Router } from 'express';
import {
  AppError,
  FORM_PATHS,
  acceptsAnswers,
  assertCanManageRound,
  createRound,
  educationLevelLabels,
  listRounds,
  markRoundOpen,
  roundOfArea,
  roundProgress,
  roundAudience,
  templateVersion,
  toRoundView,
  type EducationLevel,
  type FormRound,
  type RoundNudgeResponse,
  type RoundSummaryResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireStaff } from './auth';
import { assertRoundWithinQuota, openRound, previewOpenRound } from '../forms/round-notifications';
import { roundCard } from '../forms/form-messages';
import { formsTh } from '../forms/forms-th';
import { queueOfficePush } from '../notify/office-push';
import { exportResponses } from '../forms/export-responses';
import { allResponses, questionSummary, type SummaryFilter } from '../forms/round-summary';

const path = (p: string) => p.replace(/^\/api/, '');
const id = (req: Request) => String(req.params.id);
/** ?network=…&school=…&level=… as a summary filter (blank ones left out). */
function filterOf(req: Request): SummaryFilter {
  const q = (k: string) => (typeof req.query[k] === 'string' && req.query[k] ? String(req.query[k]) : undefined);
  return Object.fromEntries(
    Object.entries({ networkId: q('network'), schoolCode: q('school'), level: q('level') }).filter(([, v]) => v),
  ) as SummaryFilter;
}
const bangkokDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(at);
export const FORM_NUDGES_COLLECTION = 'formNudges';

export function formAdminRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member = [requireLineUser(deps), requireMember(deps)];
  /** Responses so far: counted from the participation records, never kept on the round (a hot document). */
  const withCount = async (round: FormRound) => ({
    ...toRoundView(round),
    responseCount: await deps.repos.formParticipation.count([{ field: 'roundId', op: '==', value: round.id }]),
  });
  const managed = async (req: Request) => {
    const round = await roundOfArea(deps.repos, req.actor!.areaId, id(req));
    assertCanManageRound(req.actor!, round);
    return round;
  };

  const labels = async (areaId: string) => {
    const [schools, networks] = await Promise.all([
      deps.repos.schools.list({ where: [{ field: 'areaId', op: '==', value: areaId }] }),
      deps.repos.networks.list({ where: [{ field: 'areaId', op: '==', value: areaId }] }),
    ]);
    return { school: new Map(schools.items.map((s) => [s.code, s.name])), network: new Map(networks.items.map((n) => [n.id, n.name])) };
  };

  r.get(path(FORM_PATHS.rounds), ...member, requireStaff, async (req, res) => {
    const rounds = await listRounds(deps.repos, req.actor!);
    res.json({
      rounds: await Promise.all(
        rounds.map(async (r) => ({ ...(await withCount(r)), audienceSize: (await roundAudience(deps.repos, r)).length })),
      ),
    });
  });

  r.post(path(FORM_PATHS.rounds), ...member, async (req, res) => {
    res.status(201).json({ round: toRoundView(await createRound(deps, req.actor!, req.body)) });
  });

  r.get('/form-rounds/:id/open-preview', ...member, async (req, res) => {
    res.json(await previewOpenRound(deps, await managed(req)));
  });

  r.post('/form-rounds/:id/open', ...member, async (req, res) => {
    const draft = await managed(req);
    if (draft.status === 'draft') await assertRoundWithinQuota(deps, draft);
    const round = await markRoundOpen(deps, req.actor!, draft.id);
    res.json({ ...(await openRound(deps, round)), round: toRoundView(round) });
  });

  r.get('/form-rounds/:id/summary', ...member, async (req, res) => {
    const round = await managed(req);
    const [p, names, answers] = await Promise.all([
      roundProgress(deps.repos, round),
      labels(round.areaId),
      questionSummary(deps, round, filterOf(req)),
    ]);
    const body: RoundSummaryResponse = {
      round: await withCount(round),
      audience: p.audience,
      answered: p.answered,
      bySchool: p.bySchool.map((x) => ({ ...x, label: names.school.get(x.key) ?? formsTh.noSchool })),
      byLevel: p.byLevel.map((x) => ({ ...x, label: educationLevelLabels[x.key as EducationLevel] ?? x.key })),
      byNetwork: p.byNetwork.map((x) => ({ ...x, label: names.network.get(x.key) ?? x.key })),
      notAnswered: p.notAnswered.map((x) => ({
        memberId: x.memberId,
        name: x.name,
        schoolName: names.school.get(x.schoolCode ?? '') ?? '',
      })),
      ...answers,
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.get('/form-rounds/:id/export', ...member, async (req, res) => {
    const round = await managed(req);
    const format = req.query.format === 'csv' ? 'csv' : 'xlsx';
    const [template, responses, names] = await Promise.all([
      templateVersion(deps.repos, round.areaId, round.templateId, round.templateVersion),
      allResponses(deps, round.id),
      labels(round.areaId),
    ]);
    const identify = req.query.names === '1';
    const ids = identify ? responses.flatMap((x) => (x.memberId ? [x.memberId] : [])) : [];
    const members = new Map((await deps.repos.members.getMany(ids)).flatMap((m) => (m ? [[m.id, m] as const] : [])));
    const file = await exportResponses({
      round,
      definition: template.definition,
      responses,
      members,
      schoolNames: names.school,
      format,
      identify,
    });
    res
      .set('content-type', file.contentType)
      .set('content-disposition', file.disposition)
      .set('cache-control', 'no-store')
      .send(file.bytes);
  });

  r.post('/form-rounds/:id/nudges', ...member, async (req, res) => {
    const round = await managed(req);
    if (!acceptsAnswers(round, deps.clock.now())) throw new AppError('form/closed', `Round ${round.id} does not take answers`);
    const day = bangkokDay(deps.clock.now());
    const waiting = (await roundProgress(deps.repos, round)).notAnswered.map((x) => x.memberId);
    // One record per person, round and Bangkok day, created only once: two taps at once nudge nobody twice.
    const fresh: string[] = [];
    for (const memberId of waiting) {
      const created = await deps.repos.store.create(FORM_NUDGES_COLLECTION, `${round.id}:${memberId}:${day}`, {
        roundId: round.id,
        memberId,
        day,
        at: deps.clock.now().toISOString(),
      });
      if (created) fresh.push(memberId);
    }
    let queued = { reachable: 0, skippedUnreachable: 0 };
    if (fresh.length > 0) {
      const key = createHash('sha256').update(fresh.join('\n')).digest('hex').slice(0, 16);
      queued = await queueOfficePush(deps, {
        areaId: round.areaId,
        memberIds: fresh,
        messages: [{ type: 'text', text: formsTh.nudge(round.title) }, roundCard(round, deps.config.LIFF_URL)],
        reason: 'form-nudge',
        dedupeKey: `form-nudge:${round.id}:${day}:${key}`,
      });
    }
    const body: RoundNudgeResponse = {
      nudged: queued.reachable,
      alreadyToday: waiting.length - fresh.length,
      unreachable: queued.skippedUnreachable,
    };
    res.json(body);
  });

  return r;
}
