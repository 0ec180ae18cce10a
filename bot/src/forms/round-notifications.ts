// Opening a round pushes its card to everyone in scope, through the outbox, after the same preview as announcements.
import { roundAudience, type AnnouncePreviewResponse, type FormRound } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { assertPushWithinQuota, previewOfficePush, sendOfficePush, type OfficePush } from '../notify/office-push';
import { roundCard } from './form-messages';

const opening = async (deps: BotDeps, round: FormRound): Promise<OfficePush> => ({
  areaId: round.areaId,
  memberIds: await roundAudience(deps.repos, round),
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
