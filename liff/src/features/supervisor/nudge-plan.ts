// Before sending reminders: how many of the selected people will get one, so the supervisor knows the quota cost.
import type { DataQualityResponse } from '@nithet/shared';

type Person = DataQualityResponse['incomplete'][number];

export interface NudgePlan {
  selected: number;
  willSend: number;
  recent: number;
  unreachable: number;
}

const bangkokDay = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(d);

/** The server's rule, mirrored for the preview: no one twice on the same Bangkok day; unreachable people are skipped. */
export function planNudges(selectedIds: ReadonlySet<string>, people: readonly Person[], now: Date): NudgePlan {
  const byId = new Map(people.map((p) => [p.memberId, p]));
  const plan: NudgePlan = { selected: selectedIds.size, willSend: 0, recent: 0, unreachable: 0 };
  const today = bangkokDay(now);
  for (const id of selectedIds) {
    const p = byId.get(id);
    if (!p || !p.reachable) plan.unreachable += 1;
    else if (p.lastNudgedAt && bangkokDay(new Date(p.lastNudgedAt)) === today) plan.recent += 1;
    else plan.willSend += 1;
  }
  return plan;
}
