// Opening a round pushes its card to everyone in scope, through the outbox, after the same preview as announcements.
import { resolveAudience, seminarRsvps, type AnnouncePreviewResponse, type FormRound } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { assertPushWithinQuota, previewOfficePush, sendOfficePush, type OfficePush } from '../notify/office-push';
import { roundCard } from './form-messages';

/** The round's audience: its networks, levels and schools; for a seminar's round, only those who checked in. */
export async function roundAudience(deps: BotDeps, round: FormRound): Promise<string[]> {
  const ids = await resolveAudience(deps.repos, round);
  if (!round.audience.seminarId) return ids;
  const came = new Set((await seminarRsvps(deps.repos, round.audience.seminarId)).filter((r) => r.checkedInAt).map((r) => r.memberId));
  return ids.filter((i) => came.has(i));
}

const opening = async (deps: BotDeps, round: FormRound): Promise<OfficePush> => ({
  areaId: round.areaId,
  memberIds: await roundAudience(deps, round),
  messages: [roundCard(round, deps.config.LIFF_URL)],
});

export async function previewOpenRound(deps: BotDeps, round: FormRound): Promise<AnnouncePreviewResponse> {
  return previewOfficePush(deps, await opening(deps, round));
}

/** Refuses opening when the card would pass this month's quota (checked before the round is marked open). */
export async function assertRoundWithinQuota(deps: BotDeps, round: FormRound): Promise<void> {
  await assertPushWithinQuota(deps, await opening(deps, round), `Opening round ${round.id}`);
}

/** One card per round: opening twice queues nothing new. */
export async function openRound(deps: BotDeps, round: FormRound): Promise<AnnouncePreviewResponse & { created: boolean }> {
  return sendOfficePush(deps, { ...(await opening(deps, round)), reason: 'form-round', dedupeKey: `form-round:${round.id}:open` });
}
