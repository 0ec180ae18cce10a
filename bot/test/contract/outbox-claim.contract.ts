// The outbox claim on both real stores: two dispatchers over two connections send each batch once.
import { createRepositories, ManualClock, newOutboundBatch, type OutboundMessage } from '@nithet/shared';
import { randomUUID } from 'node:crypto';
import type { BotDeps } from '../../src/deps';
import type { Messenger } from '../../src/line/messenger';
import { createLogger } from '../../src/logger';
import { jobBatches, runOutbox } from '../../src/outbox';
import { outboxRepo } from '../../src/outbox/outbox-store';
import { storeFactories } from '../support/store-factories';

const T0 = new Date('2026-11-02T01:00:00.000Z');

const batch = (jobId: string, index: number): OutboundMessage =>
  newOutboundBatch(
    {
      id: `${jobId}-${index}`,
      areaId: 'contract',
      to: [`U${String(index).padStart(32, '0')}`],
      requests: [{ messages: [{ type: 'text', text: 'ทดสอบ' }], retryKey: randomUUID() }],
      reason: 'contract',
      job: { id: jobId, dedupeKey: jobId, index, batches: 4, recipients: 4, reachable: 4, skippedUnreachable: 0 },
    },
    T0.toISOString(),
  );

describe.each(storeFactories)('Outbox claim on $name', (factory) => {
  it('When two dispatchers on two connections run at once, then each batch is sent exactly once and recorded sent', async () => {
    const shared = `outbox-${randomUUID()}`;
    const stores = [factory.open(shared), factory.open(shared)];
    const sentKeys: string[] = [];
    const messenger = {
      multicast: async (_to: string[], _m: unknown, key: string) => (sentKeys.push(key), { ok: true }),
    } as unknown as Messenger;
    const deps = stores.map(
      (store) =>
        ({
          repos: createRepositories(store),
          messenger,
          clock: new ManualClock(T0),
          logger: createLogger({ level: 'silent' }),
        }) as unknown as BotDeps,
    );
    try {
      const jobId = `contract-${randomUUID().slice(0, 8)}`;
      for (let i = 0; i < 4; i += 1) await outboxRepo(stores[0]!).put(batch(jobId, i));
      const runs = await Promise.all(deps.map((d) => runOutbox(d)));
      const stored = await jobBatches(stores[0]!, jobId);
      expect(stored.map((b) => b.status)).toEqual(['sent', 'sent', 'sent', 'sent']);
      const keys = stored.map((b) => b.requests[0]!.retryKey);
      expect(sentKeys.filter((k) => keys.includes(k)).sort()).toEqual([...keys].sort());
      expect(runs.reduce((n, r) => n + r.sent, 0)).toBeGreaterThanOrEqual(4);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  }, 30_000);
});
