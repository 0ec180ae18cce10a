// One due seminar reminder (or follow-up): skipped and recorded when no longer useful, else queued once to the
// people it is for (going; or, after the session, those who came and have not evaluated) and recorded as sent.
import {
  goingMemberIds,
  quietHoursDelay,
  reminderUsefulness,
  rsvpDocId,
  seminarRsvps,
  slotUsefulness,
  type DocData,
  type DocumentStore,
  type QuietHours,
  type Seminar,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { Logger } from '../logger';
import { enqueueMulticast } from '../outbox';
import { seminarFollowUpMessage, seminarReminderMessage } from '../replies/seminar-replies';

export const SEMINAR_REMINDERS_COLLECTION = 'seminarReminders';
const MIN = 60_000;
/** A follow-up delayed by downtime is still worth sending within two days of its due time. */
const FOLLOW_UP_TOLERANCE_MS = 2 * 24 * 60 * MIN;

export interface SeminarReminderRecord {
  seminarId: string;
  version: number;
  offsetMinutes: number;
  dueAt: string;
  status: 'sent' | 'skipped';
  /** Why skipped (e.g. `event-started`), or `nobody` for a follow-up with no one to send to. */
  reason: string | null;
  recipients: number;
  lateMs: number;
  at: string;
}

/** A follow-up is about the session that happened, so an edit afterwards (a new version) does not send it again. */
const versionOf = (version: number, offsetMinutes: number) => (offsetMinutes < 0 ? 0 : version);
export const seminarReminderId = (seminarId: string, version: number, offsetMinutes: number) =>
  `${seminarId}:v${versionOf(version, offsetMinutes)}:${offsetMinutes}`;
export const seminarReminderKey = (seminarId: string, version: number, offsetMinutes: number) =>
  `seminar:${seminarId}:v${versionOf(version, offsetMinutes)}:reminder:${offsetMinutes}`;

export interface DueReminder {
  seminar: Seminar;
  offset: number;
  dueAt: Date;
  id: string;
  /** Late enough that the next reminder of the same seminar is nearer: recorded as skipped, not sent. */
  superseded: boolean;
}

/** The reminders of these seminars due at or before `asOf` and not older than the look-back. */
export function dueReminders(seminars: readonly Seminar[], asOf: Date, lookBackMs: number): DueReminder[] {
  const out: DueReminder[] = [];
  for (const seminar of seminars) {
    if (seminar.status !== 'announced' || seminar.cancelledAt !== null) continue;
    const startsAt = Date.parse(seminar.startsAt);
    const all = [...new Set(seminar.reminderOffsetsMinutes)].filter((o) => o !== 0);
    const offsets = all.filter((o) => o > 0);
    for (const offset of all) {
      const dueAt = new Date(offset > 0 ? startsAt - offset * MIN : Date.parse(seminar.endsAt) - offset * MIN);
      if (dueAt > asOf || dueAt.getTime() < asOf.getTime() - lookBackMs) continue;
      // Late (after downtime), a reminder nearer in time to the next one's due time is left to that one.
      const lateMs = asOf.getTime() - dueAt.getTime();
      const superseded = offset > 0 && offsets.some((o) => o < offset && lateMs > startsAt - o * MIN - asOf.getTime());
      out.push({ seminar, offset, dueAt, id: seminarReminderId(seminar.id, seminar.version, offset), superseded });
    }
  }
  return out;
}

const record = (store: DocumentStore, id: string, r: SeminarReminderRecord) =>
  store.create(SEMINAR_REMINDERS_COLLECTION, id, JSON.parse(JSON.stringify(r)) as DocData);

/** Those who came; when the seminar asks for an evaluation, only those who have not answered it yet. */
async function followUpMemberIds(deps: BotDeps, seminar: Seminar): Promise<string[]> {
  const came = (await seminarRsvps(deps.repos, seminar.id)).filter((r) => r.checkedInAt !== null);
  if (!seminar.requireEvaluation) return came.map((r) => r.memberId);
  const answered = await deps.repos.seminarEvaluations.getMany(came.map((r) => rsvpDocId(seminar.id, r.memberId)));
  return came.filter((_, i) => answered[i] === null).map((r) => r.memberId);
}

export type DueOutcome = 'sent' | 'queued-before' | 'skipped' | 'skipped-before' | 'nobody-going' | 'nobody-came';

export async function sendDueReminder(
  deps: BotDeps,
  d: DueReminder,
  ctx: { log: Logger; quietHours: (areaId: string) => Promise<QuietHours> },
): Promise<DueOutcome> {
  const store = deps.repos.store;
  const now = deps.clock.now();
  const base = { seminarId: d.seminar.id, version: d.seminar.version, offsetMinutes: d.offset, dueAt: d.dueAt.toISOString() };
  const startsAt = new Date(d.seminar.startsAt);
  const followUp = d.offset < 0;
  const useful = followUp ? slotUsefulness(d.dueAt, now, FOLLOW_UP_TOLERANCE_MS) : reminderUsefulness({ dueAt: d.dueAt, startsAt, now });
  const use = d.superseded && useful.run ? { run: false as const, reason: 'superseded' as const, lateMs: useful.lateMs } : useful;
  if (!use.run) {
    const created = await record(store, d.id, {
      ...base,
      status: 'skipped',
      reason: use.reason,
      recipients: 0,
      lateMs: use.lateMs,
      at: now.toISOString(),
    });
    if (!created) return 'skipped-before';
    ctx.log.warn({ seminarId: d.seminar.id, offset: d.offset, reason: use.reason, lateMs: use.lateMs }, 'seminar reminder skipped');
    return 'skipped';
  }
  const ids = followUp ? await followUpMemberIds(deps, d.seminar) : await goingMemberIds(deps.repos, d.seminar.id);
  if (ids.length === 0 && followUp) {
    await record(store, d.id, { ...base, status: 'sent', reason: 'nobody', recipients: 0, lateMs: use.lateMs, at: now.toISOString() });
    return 'nobody-came';
  }
  // Nobody going yet: look again next run (someone may still answer before the start).
  if (ids.length === 0) return 'nobody-going';
  // On time, the phrase says the offset ("พรุ่งนี้"); late, it says the time actually left.
  const minutesLeft = use.lateMs > 10 * MIN ? (startsAt.getTime() - now.getTime()) / MIN : d.offset;
  // Held back during quiet hours, unless that would hold a reminder past the start.
  const quiet = quietHoursDelay(now, await ctx.quietHours(d.seminar.areaId));
  const notBefore = quiet && (followUp || quiet < startsAt) ? quiet : undefined;
  const queued = await enqueueMulticast(deps, {
    areaId: d.seminar.areaId,
    reason: 'seminar-reminder',
    recipientMemberIds: ids,
    messages: [followUp ? seminarFollowUpMessage(d.seminar, deps.config.LIFF_URL) : seminarReminderMessage(d.seminar, minutesLeft)],
    // The key makes the reminder once even when two schedulers race before the record below exists.
    dedupeKey: seminarReminderKey(d.seminar.id, d.seminar.version, d.offset),
    ...(notBefore ? { notBefore } : {}),
  });
  await record(store, d.id, {
    ...base,
    status: 'sent',
    reason: null,
    recipients: queued.reachable,
    lateMs: use.lateMs,
    at: now.toISOString(),
  });
  return queued.created ? 'sent' : 'queued-before';
}
