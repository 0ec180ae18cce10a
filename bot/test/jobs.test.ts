// Scheduled jobs on SQLite: one run per slot across instances, crash takeover, catch-up and skips, the purge.
import { randomUUID } from 'node:crypto';
import { COLLECTIONS, JOB_RUNS_COLLECTION, ManualClock, type DocumentStore } from '@nithet/shared';
import {
  claimJobRun,
  createJobRunner,
  getJobRun,
  purgeExpired,
  purgeProcessedEventsJob,
  type JobContext,
  type ScheduledJob,
} from '../src/jobs';
import { createLogger } from '../src/logger';
import { sqliteFactory } from './support/store-factories';

const logger = createLogger({ level: 'silent' });
const at = (iso: string) => new Date(iso);
const MIN = 60_000;

/** An hourly job at :00 Bangkok that records the slots it ran. */
function hourlyJob(ran: string[], extra: Partial<ScheduledJob> = {}): ScheduledJob {
  return {
    name: 'test-hourly',
    cron: '0 * * * *',
    lateToleranceMs: 90 * MIN,
    catchUpWindowMs: 3 * 60 * MIN,
    leaseMs: 5 * MIN,
    async run({ slot }: JobContext) {
      ran.push(slot.toISOString());
      return { ok: 1 };
    },
    ...extra,
  };
}

const runnerOn = (store: DocumentStore, clock: ManualClock, jobs: ScheduledJob[]) =>
  createJobRunner({ repos: { store }, clock, logger }, jobs);

describe('Job runner', () => {
  const opened: DocumentStore[] = [];
  const open = (name: string) => {
    const s = sqliteFactory.open(name);
    opened.push(s);
    return s;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  it('When two runners on two connections to one SQLite file run the same slot at once, then the job runs once and is recorded done', async () => {
    const file = `jobs-${randomUUID()}`;
    const clock = new ManualClock(at('2026-11-02T03:00:20Z')); // 10:00:20 Bangkok
    const ran: string[] = [];
    const [a, b] = [runnerOn(open(file), clock, [hourlyJob(ran)]), runnerOn(open(file), clock, [hourlyJob(ran)])];
    const reports = (await Promise.all([a.runDue(), b.runDue()])).flat();
    const slot = '2026-11-02T03:00:00.000Z';
    expect(ran.filter((s) => s === slot)).toHaveLength(1);
    expect(
      reports
        .filter((r) => r.slot === slot)
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(['busy', 'done']);
    expect(await getJobRun(open(file), 'test-hourly', at(slot))).toMatchObject({ status: 'done', attempts: 1, result: { ok: 1 } });
    // A later tick in the same hour finds nothing to do.
    clock.advance(10 * MIN);
    expect((await a.runDue()).filter((r) => r.slot === slot)).toEqual([]);
  });

  it('When the instance holding a run crashed, then nobody takes it while the lease holds, and once it expires exactly one instance takes it over', async () => {
    const file = `jobs-${randomUUID()}`;
    const slot = at('2026-11-02T03:00:00Z');
    const clock = new ManualClock(at('2026-11-02T03:00:05Z'));
    const policy = { leaseMs: 5 * MIN, maxAttempts: 3, keepMs: 24 * 60 * MIN };
    // The crashed process: it claimed the slot and never finished.
    expect(await claimJobRun(open(file), 'test-hourly', slot, clock.now(), policy)).toMatchObject({ status: 'running', attempts: 1 });
    const ran: string[] = [];
    const narrow = { catchUpWindowMs: 30 * MIN, lateToleranceMs: 20 * MIN };
    const runners = [runnerOn(open(file), clock, [hourlyJob(ran, narrow)]), runnerOn(open(file), clock, [hourlyJob(ran, narrow)])];
    clock.advance(4 * MIN);
    await Promise.all(runners.map((r) => r.runDue()));
    expect(ran).toEqual([]);
    clock.advance(2 * MIN); // the lease ran out
    await Promise.all(runners.map((r) => r.runDue()));
    expect(ran).toEqual([slot.toISOString()]);
    expect(await getJobRun(open(file), 'test-hourly', slot)).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('When a run fails, then it is recorded failed and a later tick retries it until it succeeds', async () => {
    const clock = new ManualClock(at('2026-11-02T03:00:05Z'));
    let calls = 0;
    const flaky = hourlyJob([], {
      catchUpWindowMs: 30 * MIN,
      run: async () => {
        calls += 1;
        if (calls === 1) throw new Error('LINE answered 500');
      },
    });
    const runner = runnerOn(open(`jobs-${randomUUID()}`), clock, [flaky]);
    expect((await runner.runDue()).map((r) => r.outcome)).toEqual(['failed']);
    expect((await runner.runDue()).map((r) => r.outcome)).toEqual(['done']);
    expect(await runner.runDue()).toEqual([]);
  });

  it('When the server comes back after downtime, then slots within the tolerance run late and an older one is recorded as skipped, once', async () => {
    const file = `jobs-${randomUUID()}`;
    // Back at 10:05 Bangkok (03:05Z) with a 3 h window: 08:00 is 125 min late (> 90), 09:00 65 min, 10:00 5 min.
    const clock = new ManualClock(at('2026-11-02T03:05:00Z'));
    const ran: string[] = [];
    const runner = runnerOn(open(file), clock, [hourlyJob(ran)]);
    const reports = await runner.runDue();
    expect(reports.map((r) => [r.slot, r.outcome])).toEqual([
      ['2026-11-02T01:00:00.000Z', 'skipped'],
      ['2026-11-02T02:00:00.000Z', 'done'],
      ['2026-11-02T03:00:00.000Z', 'done'],
    ]);
    expect(ran).toEqual(['2026-11-02T02:00:00.000Z', '2026-11-02T03:00:00.000Z']);
    expect(await getJobRun(open(file), 'test-hourly', at('2026-11-02T01:00:00Z'))).toMatchObject({
      status: 'skipped',
      note: expect.stringContaining('too-late'),
    });
    // A second instance starting now finds every slot of the window recorded.
    expect(await runnerOn(open(file), clock, [hourlyJob(ran)]).runDue()).toEqual([]);
  });

  it('When the purge runs, then only expired events are deleted, a page at a time, and the rest waits for the next run', async () => {
    const store = open(`jobs-${randomUUID()}`);
    const now = at('2026-11-09T20:17:00Z');
    const expire = (minutes: number) => new Date(now.getTime() + minutes * MIN).toISOString();
    for (let i = 0; i < 7; i++) await store.create(COLLECTIONS.processedEvents, `old-${i}`, { type: 'message', expireAt: expire(-10 - i) });
    for (let i = 0; i < 3; i++) await store.create(COLLECTIONS.processedEvents, `new-${i}`, { type: 'message', expireAt: expire(i + 1) });
    await store.create(COLLECTIONS.processedEvents, 'edge', { type: 'message', expireAt: now.toISOString() });

    expect(await purgeExpired(store, COLLECTIONS.processedEvents, now, { pageSize: 3, maxPages: 2 })).toEqual({
      deleted: 6,
      pages: 2,
      more: true,
    });
    expect(await store.count(COLLECTIONS.processedEvents)).toBe(5);
    expect(await purgeExpired(store, COLLECTIONS.processedEvents, now, { pageSize: 3, maxPages: 2 })).toEqual({
      deleted: 1,
      pages: 1,
      more: false,
    });
    const left = (await store.query(COLLECTIONS.processedEvents)).docs.map((d) => d.id).sort();
    expect(left).toEqual(['edge', 'new-0', 'new-1', 'new-2']);
  });

  it('When the purge job runs through the runner, then it also removes job-run records past their keep time', async () => {
    const store = open(`jobs-${randomUUID()}`);
    const clock = new ManualClock(at('2026-11-09T20:17:30Z')); // 03:17 Bangkok
    await store.create(JOB_RUNS_COLLECTION, 'test-hourly:2026-10-01T00:00Z', { expireAt: '2026-10-15T00:00:00.000Z' });
    await store.create(COLLECTIONS.processedEvents, 'old', { type: 'message', expireAt: '2026-11-01T00:00:00.000Z' });
    // Outbox batches: finished over 30 days ago go, except a job's first batch (it keeps re-queueing a no-op).
    const batch = (status: string, index: number, updatedAt: string) => ({ status, job: { id: 'mc-x', index }, updatedAt });
    await store.create(COLLECTIONS.outbox, 'old-sent-1', batch('sent', 1, '2026-09-01T00:00:00.000Z'));
    await store.create(COLLECTIONS.outbox, 'old-failed-2', batch('failed', 2, '2026-09-01T00:00:00.000Z'));
    await store.create(COLLECTIONS.outbox, 'old-sent-0', batch('sent', 0, '2026-09-01T00:00:00.000Z'));
    await store.create(COLLECTIONS.outbox, 'old-pending-3', batch('pending', 3, '2026-09-01T00:00:00.000Z'));
    await store.create(COLLECTIONS.outbox, 'recent-sent-4', batch('sent', 4, '2026-11-01T00:00:00.000Z'));
    // Not-answered lists hold names: gone 90 days after their round closed, kept before.
    await store.create(COLLECTIONS.formWaiting, 'rnd-old:m1', { roundId: 'rnd-old', expireAt: '2026-11-01T00:00:00.000Z' });
    await store.create(COLLECTIONS.formWaiting, 'rnd-new:m1', { roundId: 'rnd-new', expireAt: '2027-02-01T00:00:00.000Z' });
    const reports = await runnerOn(store, clock, [purgeProcessedEventsJob(store)]).runDue();
    // Yesterday's 03:17 is a day late on a fresh store: recorded skipped; today's runs.
    expect(reports.filter((r) => r.outcome !== 'skipped')).toEqual([
      expect.objectContaining({
        job: 'purge-processed-events',
        outcome: 'done',
        result: expect.objectContaining({ events: 1, jobRuns: 1, outboxBatches: 2, notAnsweredEntries: 1 }),
      }),
    ]);
    expect(await store.get(JOB_RUNS_COLLECTION, 'test-hourly:2026-10-01T00:00Z')).toBeNull();
    expect((await store.query(COLLECTIONS.outbox)).docs.map((d) => d.id).sort()).toEqual(['old-pending-3', 'old-sent-0', 'recent-sent-4']);
    expect((await store.query(COLLECTIONS.formWaiting)).docs.map((d) => d.id)).toEqual(['rnd-new:m1']);
  });
});
