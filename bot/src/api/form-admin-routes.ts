// Form rounds for staff over HTTP: templates, rounds (create, preview, open), the response rate and non-responders
// (a page at a time), the once-a-day nudge to those who have not answered, and the streamed export.
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
  notAnsweredPage,
  roundCounts,
  roundOfArea,
  roundProgress,
  templateVersion,
  toRoundView,
  waitingMemberIds,
  type DirectoryFileFormat,
  type EducationLevel,
  type FormRound,
  type NotAnsweredPageResponse,
  type NotAnsweredPerson,
  type RoundNudgeResponse,
  type RoundSummaryResponse,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireStaff } from './auth';
import { assertRoundWithinQuota, openRound, previewOpenRound } from '../forms/round-notifications';
import { roundCard } from '../forms/form-messages';
import { formsTh } from '../forms/forms-th';
import { queueOfficePush } from '../notify/office-push';
import { exportFile, streamResponses } from '../forms/export-responses';
import { questionSummary, type SummaryFilter } from '../forms/round-summary';

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
/** Nudge records checked per read and created at once. */
const NUDGE_SLICE = 500;
const NUDGE_IN_FLIGHT = 50;

export function formAdminRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member = [requireLineUser(deps), requireMember(deps)];
  /** Responses so far: from the round's running totals (or the participation records), never kept on the round (a hot document). */
  const participationCount = (round: FormRound) => deps.repos.formParticipation.count([{ field: 'roundId', op: '==', value: round.id }]);
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
        rounds.map(async (r) => {
          const counts = await roundCounts(deps.repos, r);
          return { ...toRoundView(r), responseCount: counts.answered, audienceSize: counts.audience };
        }),
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

  const people = (list: NotAnsweredPerson[], school: ReadonlyMap<string, string>) =>
    list.map((x) => ({ memberId: x.memberId, name: x.name, schoolName: school.get(x.schoolCode ?? '') ?? '' }));

  r.get('/form-rounds/:id/summary', ...member, async (req, res) => {
    const round = await managed(req);
    const [p, names, answers] = await Promise.all([
      roundProgress(deps.repos, round),
      labels(round.areaId),
      questionSummary(deps, round, filterOf(req)),
    ]);
    // Kept totals count every first answer; a round counted from today's audience asks the participation records.
    const responseCount = p.countedAt === 'opening' ? p.answered : await participationCount(round);
    const body: RoundSummaryResponse = {
      round: { ...toRoundView(round), responseCount },
      audience: p.audience,
      answered: p.answered,
      bySchool: p.bySchool.map((x) => ({ ...x, label: names.school.get(x.key) ?? formsTh.noSchool })),
      byLevel: p.byLevel.map((x) => ({ ...x, label: educationLevelLabels[x.key as EducationLevel] ?? x.key })),
      byNetwork: p.byNetwork.map((x) => ({ ...x, label: names.network.get(x.key) ?? x.key })),
      notAnswered: people(p.notAnswered.people, names.school),
      notAnsweredCount: p.notAnsweredCount,
      notAnsweredNext: p.notAnswered.next,
      countedAt: p.countedAt,
      ...answers,
    };
    res.set('cache-control', 'no-store').json(body);
  });

  r.get('/form-rounds/:id/not-answered', ...member, async (req, res) => {
    const round = await managed(req);
    const after = typeof req.query.after === 'string' ? req.query.after : '';
    if (!after || after.length > 1000)
      throw new AppError('validation/invalid-input', 'Missing or oversized cursor', { thai: formsTh.badPageCursor });
    const [page, names] = await Promise.all([notAnsweredPage(deps.repos, round, after), labels(round.areaId)]);
    const body: NotAnsweredPageResponse = { people: people(page.people, names.school), next: page.next };
    res.set('cache-control', 'no-store').json(body);
  });

  r.get('/form-rounds/:id/export', ...member, async (req, res) => {
    const round = await managed(req);
    const format: DirectoryFileFormat = req.query.format === 'csv' ? 'csv' : 'xlsx';
    const [template, names] = await Promise.all([
      templateVersion(deps.repos, round.areaId, round.templateId, round.templateVersion),
      labels(round.areaId),
    ]);
    const file = exportFile(round, format);
    res.set('content-type', file.contentType).set('content-disposition', file.disposition).set('cache-control', 'no-store');
    const input = {
      repos: deps.repos,
      round,
      definition: template.definition,
      schoolNames: names.school,
      format,
      identify: req.query.names === '1',
    };
    try {
      await streamResponses(input, res);
    } catch (err) {
      // Part of the file may be out already: cut the download so it cannot pass for a complete one.
      if (res.headersSent) res.destroy();
      throw err;
    }
  });

  r.post('/form-rounds/:id/nudges', ...member, async (req, res) => {
    const round = await managed(req);
    if (!acceptsAnswers(round, deps.clock.now())) throw new AppError('form/closed', `Round ${round.id} does not take answers`);
    const day = bangkokDay(deps.clock.now());
    // Everyone in the audience today who has not answered, also those who joined after opening (a deliberate action).
    const waiting = await waitingMemberIds(deps.repos, round);
    // One record per person, round and Bangkok day, created only once: two taps at once nudge nobody twice.
    const fresh: string[] = [];
    const at = deps.clock.now().toISOString();
    for (let i = 0; i < waiting.length; i += NUDGE_SLICE) {
      const slice = waiting.slice(i, i + NUDGE_SLICE);
      const recordId = (memberId: string) => `${round.id}:${memberId}:${day}`;
      const seen = await deps.repos.store.getMany(FORM_NUDGES_COLLECTION, slice.map(recordId));
      const unseen = slice.filter((_, k) => seen[k] === null);
      for (let k = 0; k < unseen.length; k += NUDGE_IN_FLIGHT) {
        const batch = unseen.slice(k, k + NUDGE_IN_FLIGHT);
        const created = await Promise.all(
          batch.map((memberId) =>
            deps.repos.store.create(FORM_NUDGES_COLLECTION, recordId(memberId), { roundId: round.id, memberId, day, at }),
          ),
        );
        batch.forEach((memberId, n) => created[n] && fresh.push(memberId));
      }
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
