// Seminar pushes, all through the outbox and held back during quiet hours: announce, edits, cancellation, promotion.
import { registeredMemberIds, resolveAudience, type AnnouncePreviewResponse, type Rsvp, type Seminar } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { calendarLink } from '../seminars/calendar';
import type { LineMessage } from '../line/messenger';
import type { EnqueueResult } from '../outbox';
import { assertPushWithinQuota, previewOfficePush, queueOfficePush, sendOfficePush } from './office-push';
import { cancelledText, promotedText, seminarCard, updatedText } from '../replies/seminar-replies';
import { signingSecret } from '../config';

const REASON = 'seminar';

const send = (deps: BotDeps, seminar: Seminar, ids: string[], messages: LineMessage[], dedupeKey: string): Promise<EnqueueResult> =>
  queueOfficePush(deps, { areaId: seminar.areaId, memberIds: ids, messages, reason: REASON, dedupeKey });

/** The card, with an add-to-calendar button when the server knows its public address. */
export const seminarCardFor = (deps: BotDeps, s: Seminar): LineMessage =>
  seminarCard(
    s,
    deps.config.LIFF_URL,
    deps.config.PUBLIC_BASE_URL ? calendarLink(deps.config.PUBLIC_BASE_URL, signingSecret(deps.config), s.id) : undefined,
  );

const announceMessages = (deps: BotDeps, s: Seminar): LineMessage[] => [seminarCardFor(deps, s)];

const announcement = async (deps: BotDeps, seminar: Seminar) => ({
  areaId: seminar.areaId,
  memberIds: await resolveAudience(deps.repos, seminar),
  messages: announceMessages(deps, seminar),
});

/** Who would get the announcement, what it costs against this month's quota, and whether quiet hours would hold it back. */
export async function previewAnnouncement(deps: BotDeps, seminar: Seminar): Promise<AnnouncePreviewResponse> {
  return previewOfficePush(deps, await announcement(deps, seminar));
}

/** Refuses a send that would pass this month's quota (before anything is queued or marked announced). */
export async function assertWithinQuota(deps: BotDeps, seminar: Seminar): Promise<void> {
  await assertPushWithinQuota(deps, await announcement(deps, seminar), `Announcing ${seminar.id}`);
}

/** One multicast per seminar version: announcing the same version twice queues nothing new. */
export async function announce(deps: BotDeps, seminar: Seminar): Promise<AnnouncePreviewResponse & { created: boolean }> {
  return sendOfficePush(deps, {
    ...(await announcement(deps, seminar)),
    reason: REASON,
    dedupeKey: `seminar:${seminar.id}:announce:v${seminar.version}`,
  });
}

/** Those going or waiting hear about an edit (once per version) or the cancellation (once). */
export async function notifyRegistered(deps: BotDeps, seminar: Seminar, what: 'updated' | 'cancelled'): Promise<void> {
  if (seminar.announcedAt === null) return;
  const ids = await registeredMemberIds(deps.repos, seminar.id);
  if (ids.length === 0) return;
  const messages: LineMessage[] =
    what === 'cancelled'
      ? [{ type: 'text', text: cancelledText(seminar) }]
      : [{ type: 'text', text: updatedText(seminar) }, seminarCardFor(deps, seminar)];
  const key = what === 'cancelled' ? `seminar:${seminar.id}:cancelled` : `seminar:${seminar.id}:updated:v${seminar.version}`;
  await send(deps, seminar, ids, messages, key);
}

/** A promoted person gets one push; the key comes from the RSVP's promotion, so a retry never sends twice. */
export async function notifyPromoted(deps: BotDeps, seminar: Seminar, promoted: readonly Rsvp[]): Promise<void> {
  for (const r of promoted) {
    const messages: LineMessage[] = [{ type: 'text', text: promotedText(seminar) }, seminarCardFor(deps, seminar)];
    await send(deps, seminar, [r.memberId], messages, `rsvp:${r.id}:promoted:${r.promotedAt ?? r.updatedAt}`);
  }
}
