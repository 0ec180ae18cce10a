// Form rounds over time, every 15 minutes: a day before closing, one reminder to those who have not answered yet
// (unless the round opened after that moment); at closing, the round is marked closed.
import { COLLECTIONS, closeRoundAtDeadline, formRoundSchema, waitingMemberIds, type FormRound } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { roundCard } from '../forms/form-messages';
import { formsTh } from '../forms/forms-th';
import { queueOfficePush } from '../notify/office-push';
import type { ScheduledJob } from './scheduled-job';

export const FORM_ROUND_REMINDERS_COLLECTION = 'formRoundReminders';
const HOUR = 3600_000;
/** The closing reminder goes this long before the round closes. */
export const CLOSING_REMINDER_MS = 24 * HOUR;

async function remindBeforeClosing(deps: BotDeps, round: FormRound, now: Date): Promise<'sent' | 'none'> {
  const dueAt = Date.parse(round.closesAt) - CLOSING_REMINDER_MS;
  if (now.getTime() < dueAt || Date.parse(round.openedAt ?? round.opensAt) > dueAt) return 'none';
  const recordId = `${round.id}:closing`;
  if (await deps.repos.store.get(FORM_ROUND_REMINDERS_COLLECTION, recordId)) return 'none';
  const waiting = await waitingMemberIds(deps.repos, round);
  const queued =
    waiting.length === 0
      ? { reachable: 0 }
      : await queueOfficePush(deps, {
          areaId: round.areaId,
          memberIds: waiting,
          messages: [{ type: 'text', text: formsTh.closingReminder(round.title) }, roundCard(round, deps.config.LIFF_URL)],
          reason: 'form-closing-reminder',
          // The key keeps it once even when two schedulers race before the record below exists.
          dedupeKey: `form-round:${round.id}:closing-reminder`,
        });
  await deps.repos.store.create(FORM_ROUND_REMINDERS_COLLECTION, recordId, {
    roundId: round.id,
    recipients: queued.reachable,
    at: now.toISOString(),
  });
  return 'sent';
}

export function formRoundsJob(deps: BotDeps): ScheduledJob {
  return {
    name: 'form-rounds',
    cron: '*/15 * * * *',
    lateToleranceMs: 30 * 60_000,
    catchUpWindowMs: 60 * 60_000,
    leaseMs: 15 * 60_000,
    async run() {
      const now = deps.clock.now();
      const counts = { open: 0, reminded: 0, closed: 0 };
      const page = await deps.repos.store.query(COLLECTIONS.formRounds, { where: [{ field: 'status', op: '==', value: 'open' }] });
      for (const d of page.docs) {
        const round = formRoundSchema.parse({ ...d.data, id: d.id });
        counts.open += 1;
        if (now.getTime() >= Date.parse(round.closesAt)) {
          if (await closeRoundAtDeadline(deps, round.id)) counts.closed += 1;
        } else if ((await remindBeforeClosing(deps, round, now)) === 'sent') counts.reminded += 1;
      }
      return counts;
    },
  };
}
