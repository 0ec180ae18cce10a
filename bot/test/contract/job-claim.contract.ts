// The scheduled-run claim on both real stores: two runners on two connections run one slot exactly once.
import { randomUUID } from 'node:crypto';
import { ManualClock } from '@nithet/shared';
import { createJobRunner, getJobRun, type ScheduledJob } from '../../src/jobs';
import { createLogger } from '../../src/logger';
import { storeFactories } from '../support/store-factories';

describe.each(storeFactories)('Scheduled-run claim on $name', (factory) => {
  it('When two runners tick the same slot at once, then the job runs once, the other stands by, and the run is recorded done', async () => {
    const shared = `jobs-${randomUUID()}`;
    const stores = [factory.open(shared), factory.open(shared)];
    // Unique name: the Firestore emulator is shared by the whole run.
    const name = `contract-${randomUUID().slice(0, 8)}`;
    const ran: string[] = [];
    const job: ScheduledJob = {
      name,
      cron: '*/5 * * * *',
      lateToleranceMs: 60_000,
      run: async ({ slot }) => void ran.push(slot.toISOString()),
    };
    const clock = new ManualClock(new Date('2026-11-02T01:05:10Z'));
    const logger = createLogger({ level: 'silent' });
    try {
      const runners = stores.map((store) => createJobRunner({ repos: { store }, clock, logger }, [job]));
      const outcomes = (await Promise.all(runners.map((r) => r.runDue()))).flat().map((r) => r.outcome);
      expect(ran).toEqual(['2026-11-02T01:05:00.000Z']);
      // The other runner either lost the claim (busy) or, starting later, found the slot already done.
      expect(outcomes.filter((o) => o === 'done')).toHaveLength(1);
      expect(outcomes.filter((o) => o !== 'done' && o !== 'busy')).toEqual([]);
      expect(await getJobRun(stores[0]!, name, new Date('2026-11-02T01:05:00Z'))).toMatchObject({ status: 'done', attempts: 1 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 30_000);
});
