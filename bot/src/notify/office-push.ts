// Pushes from the office to many people, one way for every feature: the preview (who, what it costs against this
// month's quota, whether quiet hours hold it back), the refusal past the quota, and the send through the outbox.
import { AppError, monthlyQuotaCheck, quietHoursDelay, quietHoursOf, type AnnouncePreviewResponse } from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { LineMessage } from '../line/messenger';
import { enqueueMulticast, previewMulticast, type EnqueueResult } from '../outbox';

export interface OfficePush {
  areaId: string;
  memberIds: string[];
  messages: LineMessage[];
}

/** The office's quiet hours now: when a push asked for now may go out. */
export async function quietNow(deps: BotDeps, areaId: string): Promise<AnnouncePreviewResponse['quietHours'] & { notBefore?: Date }> {
  const hours = quietHoursOf(await deps.repos.areas.get(areaId));
  const until = quietHoursDelay(deps.clock.now(), hours);
  return {
    startHour: hours.startHour,
    endHour: hours.endHour,
    delayedUntil: until?.toISOString() ?? null,
    ...(until ? { notBefore: until } : {}),
  };
}

/** This month's quota against a send's cost: the office's own budget and LINE's count, the lower limit wins. */
async function monthlyQuota(deps: BotDeps, areaId: string, cost: number): Promise<AnnouncePreviewResponse['monthlyQuota']> {
  const [area, line] = await Promise.all([deps.repos.areas.get(areaId), deps.messenger.getQuota()]);
  return monthlyQuotaCheck({ officeLimit: area?.monthlyMessageQuota ?? null, line, cost });
}

const pickCost = (p: { recipients: number; reachable: number; skippedUnreachable: number; requests: number; quotaCost: number }) => ({
  recipients: p.recipients,
  reachable: p.reachable,
  skippedUnreachable: p.skippedUnreachable,
  requests: p.requests,
  quotaCost: p.quotaCost,
});

export async function previewOfficePush(deps: BotDeps, push: OfficePush): Promise<AnnouncePreviewResponse> {
  const p = await previewMulticast(deps, { areaId: push.areaId, recipientMemberIds: push.memberIds, messages: push.messages });
  const { notBefore: _n, ...quietHours } = await quietNow(deps, push.areaId);
  return { ...pickCost(p), quietHours, monthlyQuota: await monthlyQuota(deps, push.areaId, p.quotaCost) };
}

/** Refuses a send that would pass this month's quota (before anything is queued). */
export async function assertPushWithinQuota(deps: BotDeps, push: OfficePush, what: string): Promise<void> {
  const { monthlyQuota: q, quotaCost } = await previewOfficePush(deps, push);
  if (q.exceeds) throw new AppError('outbox/quota-exceeded', `${what} costs ${quotaCost}; ${q.used ?? '?'} of ${q.limit} used`);
}

/** Queues the push once per dedupe key, held back to the end of quiet hours. */
export async function queueOfficePush(deps: BotDeps, push: OfficePush & { reason: string; dedupeKey: string }): Promise<EnqueueResult> {
  return queueWith(deps, push, await quietNow(deps, push.areaId));
}

function queueWith(deps: BotDeps, push: OfficePush & { reason: string; dedupeKey: string }, quiet: { notBefore?: Date }) {
  return enqueueMulticast(deps, {
    areaId: push.areaId,
    reason: push.reason,
    recipientMemberIds: push.memberIds,
    messages: push.messages,
    dedupeKey: push.dedupeKey,
    ...(quiet.notBefore ? { notBefore: quiet.notBefore } : {}),
  });
}

/** Queues it and reports like the preview, with whether anything new was queued (the office read once). */
export async function sendOfficePush(
  deps: BotDeps,
  push: OfficePush & { reason: string; dedupeKey: string },
): Promise<AnnouncePreviewResponse & { created: boolean }> {
  const { notBefore, ...quietHours } = await quietNow(deps, push.areaId);
  const queued = await queueWith(deps, push, notBefore ? { notBefore } : {});
  return {
    ...pickCost(queued),
    quietHours,
    created: queued.created,
    monthlyQuota: await monthlyQuota(deps, push.areaId, queued.quotaCost),
  };
}
