// The data-quality board's reminders: a word's people (or people chosen on the board), at most once a day each,
// through the office push (count, quota and quiet hours shown first; refused past the quota).
import { createHash } from 'node:crypto';
import {
  THAI_TZ,
  canReceivePush,
  nudgeTargets,
  nudgedToday,
  type Member,
  type NudgePreviewResponse,
  type NudgeSendResponse,
  type NudgeTargetRequest,
  type QualityWord,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { LineMessage } from '../line/messenger';
import { runOutbox } from '../outbox';
import { registerCard } from '../replies/welcome-replies';
import { th } from '../replies/th';
import { assertPushWithinQuota, previewOfficePush, sendOfficePush } from './office-push';

const TEXT: Record<QualityWord | 'chosen', string> = {
  accurate: th.nudgeAccurate,
  complete: th.nudgeComplete,
  current: th.nudgeCurrent,
  chosen: th.nudge,
};

const messagesFor = (deps: BotDeps, what: QualityWord | 'chosen', registered: boolean): LineMessage[] => [
  { type: 'text', text: TEXT[what] },
  registerCard(deps.config.LIFF_URL, registered),
];

/** The people asked about: a word's targets worked out here, or the chosen ids that belong to the office. */
async function asked(deps: BotDeps, areaId: string, req: NudgeTargetRequest, now: Date): Promise<Member[]> {
  if ('memberIds' in req) {
    const found = await deps.repos.members.getMany([...new Set(req.memberIds)]);
    return found.filter((m): m is Member => m !== null && m.areaId === areaId);
  }
  const [area, members] = await Promise.all([
    deps.repos.areas.get(areaId),
    deps.repos.members.list({ where: [{ field: 'areaId', op: '==', value: areaId }] }),
  ]);
  return nudgeTargets(req.word, { now, staleDays: area?.profileStaleDays ?? 180, members: members.items });
}

const whatOf = (req: NudgeTargetRequest): QualityWord | 'chosen' => ('word' in req ? req.word : 'chosen');

export async function previewNudges(deps: BotDeps, areaId: string, req: NudgeTargetRequest): Promise<NudgePreviewResponse> {
  const now = deps.clock.now();
  const people = await asked(deps, areaId, req, now);
  const fresh = people.filter((m) => !nudgedToday(m, now));
  // The card's button label differs by registration only; the cost is per recipient, so one preview prices both.
  const preview = await previewOfficePush(deps, {
    areaId,
    memberIds: fresh.map((m) => m.id),
    messages: messagesFor(deps, whatOf(req), true),
  });
  return { ...preview, asked: people.length, alreadyToday: people.length - fresh.length };
}

export async function sendNudges(deps: BotDeps, areaId: string, req: NudgeTargetRequest): Promise<NudgeSendResponse> {
  const now = deps.clock.now();
  const what = whatOf(req);
  const people = await asked(deps, areaId, req, now);
  const result: NudgeSendResponse = { sent: 0, skippedRecently: 0, skippedUnreachable: 0 };
  const fresh = people.filter((m) => !nudgedToday(m, now) && canReceivePush(m));
  if (fresh.length > 0)
    await assertPushWithinQuota(deps, { areaId, memberIds: fresh.map((m) => m.id), messages: messagesFor(deps, what, true) }, 'Nudge');
  const claimed: Member[] = [];
  // Requests naming someone outside the office, or unknown, count as unreachable (no leak of who exists).
  if ('memberIds' in req) result.skippedUnreachable += new Set(req.memberIds).size - people.length;
  for (const p of people) {
    // Claim the nudge first, in a transaction, so two supervisors pressing at once send it once.
    const outcome = await deps.repos.store.runTransaction(async (tx) => {
      const members = deps.repos.members.inTx(tx);
      const m = await members.get(p.id);
      if (!m || m.areaId !== areaId || !canReceivePush(m)) return 'unreachable' as const;
      if (nudgedToday(m, now)) return 'recent' as const;
      members.put({ ...m, lastNudgedAt: now.toISOString() });
      return m;
    });
    if (outcome === 'unreachable') result.skippedUnreachable += 1;
    else if (outcome === 'recent') result.skippedRecently += 1;
    else claimed.push(outcome);
  }
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: THAI_TZ }).format(now); // YYYY-MM-DD in Bangkok
  for (const registered of [true, false]) {
    const group = claimed.filter((m) => (m.registeredAt !== null) === registered);
    if (group.length === 0) continue;
    const key = createHash('sha256')
      .update(group.map((m) => m.id).join('\n'))
      .digest('hex')
      .slice(0, 16);
    const queued = await sendOfficePush(deps, {
      areaId,
      memberIds: group.map((m) => m.id),
      messages: messagesFor(deps, what, registered),
      reason: 'nudge',
      dedupeKey: `nudge:${areaId}:${day}:${what}:${registered}:${key}`,
    });
    result.sent += queued.reachable;
    result.skippedUnreachable += queued.skippedUnreachable;
    if (queued.quietHours.delayedUntil) result.delayedUntil = queued.quietHours.delayedUntil;
  }
  if (claimed.length > 0 && !result.delayedUntil) await runOutbox(deps);
  return result;
}
