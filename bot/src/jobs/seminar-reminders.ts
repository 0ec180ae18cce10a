// Seminar reminders: every 5 minutes, each due (seminar, version, offset) is sent once to those going, late while
// the session has not started, or recorded as skipped once it has (seminarReminders/{seminar}:v{version}:{offset}).
// Negative offsets are follow-ups after the end, to those who checked in (and have not evaluated yet).
import { COLLECTIONS, quietHoursOf, seminarSchema, type QuietHours } from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { ScheduledJob } from './scheduled-job';
import { SEMINAR_REMINDERS_COLLECTION, dueReminders, sendDueReminder, type DueReminder } from './seminar-reminder-send';

export { SEMINAR_REMINDERS_COLLECTION, seminarReminderId, seminarReminderKey, type SeminarReminderRecord } from './seminar-reminder-send';

const MIN = 60_000;

export interface SeminarRemindersOptions {
  /** Reminders due further back than this are left alone (default 2 days). */
  lookBackMs?: number;
  /** Seminars read per page (default 200). */
  pageSize?: number;
  /** Due reminders handled at once (default 8): a networked store (Firestore) answers each in tens of milliseconds. */
  concurrency?: number;
}

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work` over `items`, at most `limit` at a time, yielding to the event loop before each item. */
async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      // SQLite answers synchronously: let webhooks and API calls in between seminars of a long sweep.
      await yieldToEventLoop();
      await work(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

export function seminarRemindersJob(deps: BotDeps, options: SeminarRemindersOptions = {}): ScheduledJob {
  const lookBackMs = options.lookBackMs ?? 2 * 24 * 60 * MIN;
  const pageSize = options.pageSize ?? 200;
  const concurrency = options.concurrency ?? 8;
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
        const open: DueReminder[] = due.filter((_, i) => !done[i]);
        counts.alreadyDone += due.length - open.length;
        await eachLimited(open, concurrency, async (d) => {
          const outcome = await sendDueReminder(deps, d, { log, quietHours });
          if (outcome === 'sent') counts.sent += 1;
          else if (outcome === 'skipped') counts.skipped += 1;
          else if (outcome === 'nobody-going') counts.nobodyGoing += 1;
        });
      } while (after);
      return counts;
    },
  };
}
