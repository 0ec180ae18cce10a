// The scheduling rules: cron read on the Bangkok clock, run ids, claims and the "still useful?" rule.
import {
  DEFAULT_RUN_POLICY,
  isRunClaimable,
  jobRunId,
  newRunningRun,
  parseCron,
  reminderUsefulness,
  slotsBetween,
  slotUsefulness,
} from './index';

const at = (iso: string) => new Date(iso);
const H = 3600_000;

describe('cron on the Bangkok clock', () => {
  it('When a job is set for 08:00 on weekdays, then its slots are 01:00 UTC Monday to Friday only', () => {
    const slots = slotsBetween(parseCron('0 8 * * 1-5'), at('2026-11-01T00:00:00Z'), at('2026-11-08T00:00:00Z'));
    expect(slots.map((s) => s.toISOString())).toEqual(['02', '03', '04', '05', '06'].map((d) => `2026-11-${d}T01:00:00.000Z`));
  });

  it('When a step and a list are used, then every matching minute in the range is a slot', () => {
    const slots = slotsBetween(parseCron('*/20 9,10 * * *'), at('2026-11-02T01:59:00Z'), at('2026-11-02T03:59:00Z'));
    expect(slots).toHaveLength(6);
  });

  it('When an expression is malformed, then it is refused', () => {
    expect(() => parseCron('61 * * * *')).toThrow('Invalid cron');
    expect(() => parseCron('* * *')).toThrow('Invalid cron');
  });
});

describe('run ids and claims', () => {
  it('When a run id is made, then it names the job and the UTC minute', () => {
    expect(jobRunId('outbox', at('2026-11-02T01:00:00Z'))).toBe('outbox:2026-11-02T01:00Z');
    expect(() => jobRunId('Bad Name', at('2026-11-02T01:00:00Z'))).toThrow();
  });

  it('When a run is held, then it is claimable only after its lease, and never after the last attempt', () => {
    const run = newRunningRun('outbox', at('2026-11-02T01:00:00Z'), at('2026-11-02T01:00:05Z'), DEFAULT_RUN_POLICY);
    expect(isRunClaimable(run, at('2026-11-02T01:01:00Z'), DEFAULT_RUN_POLICY)).toBe(false);
    expect(isRunClaimable(run, at('2026-11-02T01:06:00Z'), DEFAULT_RUN_POLICY)).toBe(true);
    expect(isRunClaimable({ ...run, attempts: 3 }, at('2026-11-02T01:06:00Z'), DEFAULT_RUN_POLICY)).toBe(false);
    expect(isRunClaimable({ ...run, status: 'done', leaseUntil: null }, at('2026-11-02T09:00:00Z'), DEFAULT_RUN_POLICY)).toBe(false);
  });
});

describe('still useful?', () => {
  const dueAt = at('2026-11-02T01:00:00Z');
  const startsAt = at('2026-11-02T02:00:00Z');

  it('When a reminder is late but its session has not started, then it is still sent', () => {
    expect(reminderUsefulness({ dueAt, startsAt, now: at('2026-11-02T01:59:00Z') })).toEqual({ run: true, lateMs: 59 * 60_000 });
  });

  it('When the session has started, or the reminder is later than its tolerance, then it is skipped with the reason', () => {
    expect(reminderUsefulness({ dueAt, startsAt, now: startsAt })).toMatchObject({ run: false, reason: 'event-started' });
    expect(reminderUsefulness({ dueAt, startsAt, now: at('2026-11-02T01:40:00Z'), lateToleranceMs: 0.5 * H })).toMatchObject({
      run: false,
      reason: 'too-late',
    });
  });

  it('When a slot is within its tolerance, then it runs; beyond it, it is too late', () => {
    expect(slotUsefulness(dueAt, at('2026-11-02T01:10:00Z'), H).run).toBe(true);
    expect(slotUsefulness(dueAt, at('2026-11-02T02:00:01Z'), H)).toMatchObject({ run: false, reason: 'too-late' });
  });
});
