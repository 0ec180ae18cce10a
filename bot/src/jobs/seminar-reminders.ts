// Seminar reminders: every 5 minutes, each due (seminar, version, offset) is sent once to those going, late while
// the session has not started, or recorded as skipped once it has (seminarReminders/{seminar}:v{version}:{offset}).
// Negative offsets are follow-ups after the end, to those who checked in (and have not evaluated yet).
import {
  COLLECTIONS,
  goingMemberIds,
  quietHoursDelay,
  quietHoursOf,
  reminderUsefulness,
  rsvpDocId,
  seminarRsvps,
  seminarSchema,
  slotUsefulness,
  type DocData,
  type DocumentStore,
  type QuietHours,
  type Seminar,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import { enqueueMulticast } from '../outbox';
import { seminarFollowUpMessage, seminarReminderMessage } from '../replies/seminar-replies';
import type { ScheduledJob } from './scheduled-job';

export const SEMINAR_REMINDERS_COLLECTION = 'seminarReminders';
const MIN = 60_000;

export interface SeminarRemindersOptions {
  /** Reminders due further back than this are left alone (default 2 days). */
  lookBackMs?: number;
  /** Seminars read per page (default 200). */
  pageSize?: number;
}

export interface SeminarReminderRecord {
  seminarId: string;
  version: number;
  offsetMinutes: number;
  dueAt: string;
  status: 'sent' | 'skipped';
  /** Why skipped (e.g. `event-started`). */
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
/** A follow-up delayed by downtime is still worth sending within two days of its due time. */
const FOLLOW_UP_TOLERANCE_MS = 2 * 24 * 60 * MIN;

interface Due {
  seminar: Seminar;
  offset: number;
  dueAt: Date;
  id: string;
  /** Late enough that the next reminder of the same seminar is nearer: recorded as skipped, not sent. */
  superseded: boolean;
}

/** The reminders of these seminars due at or before `asOf` and not older than the look-back. */
function dueReminders(seminars: readonly Seminar[], asOf: Date, lookBackMs: number): Due[] {
  const out: Due[] = [];
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

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const record = (store: DocumentStore, id: string, r: SeminarReminderRecord) =>
  store.create(SEMINAR_REMINDERS_COLLECTION, id, JSON.parse(JSON.stringify(r)) as DocData);

/** Those who came; when the seminar asks for an evaluation, only those who have not answered it yet. */
async function followUpMemberIds(deps: BotDeps, seminar: Seminar): Promise<string[]> {
  const came = (await seminarRsvps(deps.repos, seminar.id)).filter((r) => r.checkedInAt !== null);
  if (!seminar.requireEvaluation) return came.map((r) => r.memberId);
  const answered = await deps.repos.seminarEvaluations.getMany(came.map((r) => rsvpDocId(seminar.id, r.memberId)));
  return came.filter((_, i) => answered[i] === null).map((r) => r.memberId);
}

export function seminarRemindersJob(deps: BotDeps, options: SeminarRemindersOptions = {}): ScheduledJob {
  const lookBackMs = options.lookBackMs ?? 2 * 24 * 60 * MIN;
  const pageSize = options.pageSize ?? 200;
  const store = deps.repos.store;
  return {
    name: 'seminar-reminders',
    cron: '*/5 * * * *',
    // Each run looks back over every due reminder, so an old slot adds nothing: the latest one catches up.
    lateToleranceMs: 10 * MIN,
    catchUpWindowMs: 20 * MIN,
    leaseMs: 10 * MIN,
    async run({ slot, log }) {
      // Each office's quiet hours, read once per run.
      const offices = new Map<string, Promise<QuietHours>>();
      const quietHours = (areaId: string) => {
        let hours = offices.get(areaId);
        if (!hours) offices.set(areaId, (hours = deps.repos.areas.get(areaId).then(quietHoursOf)));
        return hours;
      };
      const counts = { seminars: 0, due: 0, sent: 0, nobodyGoing: 0, skipped: 0, alreadyDone: 0 };
      let after: string | undefined;
      do {
        // Equality on status only: Firestore's automatic single-field index serves it.
        const page = await store.query(COLLECTIONS.seminars, {
          where: [{ field: 'status', op: '==', value: 'announced' }],
          limit: pageSize,
          ...(after ? { after } : {}),
        });
        after = page.nextCursor;
        const seminars = page.docs.map((d) => seminarSchema.parse({ ...d.data, id: d.id }));
        counts.seminars += seminars.length;
        const due = dueReminders(seminars, slot, lookBackMs);
        if (due.length === 0) continue;
        counts.due += due.length;
        const done = await store.getMany(
          SEMINAR_REMINDERS_COLLECTION,
          due.map((d) => d.id),
        );
        for (const [i, d] of due.entries()) {
          // SQLite answers synchronously: let webhooks and API calls in between seminars of a long sweep.
          await yieldToEventLoop();
          if (done[i]) {
            counts.alreadyDone += 1;
            continue;
          }
          const now = deps.clock.now();
          const base = { seminarId: d.seminar.id, version: d.seminar.version, offsetMinutes: d.offset, dueAt: d.dueAt.toISOString() };
          const startsAt = new Date(d.seminar.startsAt);
          const followUp = d.offset < 0;
          const useful = followUp
            ? slotUsefulness(d.dueAt, now, FOLLOW_UP_TOLERANCE_MS)
            : reminderUsefulness({ dueAt: d.dueAt, startsAt, now });
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
            if (created) {
              counts.skipped += 1;
              log.warn({ seminarId: d.seminar.id, offset: d.offset, reason: use.reason, lateMs: use.lateMs }, 'seminar reminder skipped');
            }
            continue;
          }
          const ids = followUp ? await followUpMemberIds(deps, d.seminar) : await goingMemberIds(deps.repos, d.seminar.id);
          if (ids.length === 0 && followUp) {
            await record(store, d.id, {
              ...base,
              status: 'sent',
              reason: 'nobody',
              recipients: 0,
              lateMs: use.lateMs,
              at: now.toISOString(),
            });
            continue;
          }
          if (ids.length === 0) {
            // Nobody going yet: look again next run (someone may still answer before the start).
            counts.nobodyGoing += 1;
            continue;
          }
          // On time, the phrase says the offset ("พรุ่งนี้"); late, it says the time actually left.
          const minutesLeft = use.lateMs > 10 * MIN ? (startsAt.getTime() - now.getTime()) / MIN : d.offset;
          // Held back during quiet hours, unless that would hold it past the start.
          const quiet = quietHoursDelay(now, await quietHours(d.seminar.areaId));
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
          if (queued.created) counts.sent += 1;
        }
      } while (after);
      return counts;
    },
  };
}
