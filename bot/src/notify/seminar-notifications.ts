// Seminar pushes, all through the outbox and held back during quiet hours: announce, edits, cancellation, promotion.
import {
  AppError,
  monthlyQuotaCheck,
  quietHoursDelay,
  quietHoursOf,
  registeredMemberIds,
  resolveAudience,
  type AnnouncePreviewResponse,
  type Rsvp,
  type Seminar,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { calendarLink } from '../seminars/calendar';
import type { LineMessage } from '../line/messenger';
import { enqueueMulticast, previewMulticast, type EnqueueResult } from '../outbox';
import { cancelledText, promotedText, seminarCard, updatedText } from '../replies/seminar-replies';

const REASON = 'seminar';

/** The office's quiet hours now: when a push asked for now may go out. */
async function quiet(deps: BotDeps, areaId: string): Promise<AnnouncePreviewResponse['quietHours'] & { notBefore?: Date }> {
  const hours = quietHoursOf(await deps.repos.areas.get(areaId));
  const until = quietHoursDelay(deps.clock.now(), hours);
  return {
    startHour: hours.startHour,
    endHour: hours.endHour,
    delayedUntil: until?.toISOString() ?? null,
    ...(until ? { notBefore: until } : {}),
  };
}

async function send(deps: BotDeps, seminar: Seminar, ids: string[], messages: LineMessage[], dedupeKey: string): Promise<EnqueueResult> {
  const { notBefore } = await quiet(deps, seminar.areaId);
  return enqueueMulticast(deps, {
    areaId: seminar.areaId,
    reason: REASON,
    recipientMemberIds: ids,
    messages,
    dedupeKey,
    ...(notBefore ? { notBefore } : {}),
  });
}

/** The card, with an add-to-calendar button when the server knows its public address. */
export const seminarCardFor = (deps: BotDeps, s: Seminar): LineMessage =>
  seminarCard(
    s,
    deps.config.LIFF_URL,
    deps.config.PUBLIC_BASE_URL ? calendarLink(deps.config.PUBLIC_BASE_URL, deps.config.LINE_CHANNEL_SECRET, s.id) : undefined,
  );

const announceMessages = (deps: BotDeps, s: Seminar): LineMessage[] => [seminarCardFor(deps, s)];

/** This month's quota against a send's cost: the office's own budget and LINE's count, the lower limit wins. */
async function monthlyQuota(deps: BotDeps, areaId: string, cost: number): Promise<AnnouncePreviewResponse['monthlyQuota']> {
  const [area, line] = await Promise.all([deps.repos.areas.get(areaId), deps.messenger.getQuota()]);
  return monthlyQuotaCheck({ officeLimit: area?.monthlyMessageQuota ?? null, line, cost });
}

/** Who would get the announcement, what it costs against this month's quota, and whether quiet hours would hold it back. */
export async function previewAnnouncement(deps: BotDeps, seminar: Seminar): Promise<AnnouncePreviewResponse> {
  const ids = await resolveAudience(deps.repos, seminar);
  const p = await previewMulticast(deps, { areaId: seminar.areaId, recipientMemberIds: ids, messages: announceMessages(deps, seminar) });
  const { notBefore: _n, ...quietHours } = await quiet(deps, seminar.areaId);
  return { ...pickCost(p), quietHours, monthlyQuota: await monthlyQuota(deps, seminar.areaId, p.quotaCost) };
}

const pickCost = (p: { recipients: number; reachable: number; skippedUnreachable: number; requests: number; quotaCost: number }) => ({
  recipients: p.recipients,
  reachable: p.reachable,
  skippedUnreachable: p.skippedUnreachable,
  requests: p.requests,
  quotaCost: p.quotaCost,
});

/** Refuses a send that would pass this month's quota (before anything is queued or marked announced). */
export async function assertWithinQuota(deps: BotDeps, seminar: Seminar): Promise<void> {
  const { monthlyQuota: q, quotaCost } = await previewAnnouncement(deps, seminar);
  if (q.exceeds)
    throw new AppError('outbox/quota-exceeded', `Announcing ${seminar.id} costs ${quotaCost}; ${q.used ?? '?'} of ${q.limit} used`);
}

/** One multicast per seminar version: announcing the same version twice queues nothing new. */
export async function announce(deps: BotDeps, seminar: Seminar): Promise<AnnouncePreviewResponse & { created: boolean }> {
  const ids = await resolveAudience(deps.repos, seminar);
  const queued = await send(deps, seminar, ids, announceMessages(deps, seminar), `seminar:${seminar.id}:announce:v${seminar.version}`);
  const { notBefore: _n, ...quietHours } = await quiet(deps, seminar.areaId);
  return {
    ...pickCost(queued),
    quietHours,
    created: queued.created,
    monthlyQuota: await monthlyQuota(deps, seminar.areaId, queued.quotaCost),
  };
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
