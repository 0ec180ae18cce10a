// One optimistic transaction attempt: reads record revisions, writes are buffered, the commit re-checks
// every read under BEGIN IMMEDIATE and throws RetryableConflict when another writer got there first.
import { AppError, type DocData, type QuerySpec, type TransactionContext } from '@nithet/shared';
import type { RowOps } from './sqlite-rows';
import type { StoreMetrics } from '../store-metrics';

type Write =
  | { kind: 'create' | 'set'; collection: string; id: string; data: DocData }
  | { kind: 'update'; collection: string; id: string; patch: DocData }
  | { kind: 'delete'; collection: string; id: string };

export class RetryableConflict extends Error {}

export async function attemptTransaction<T>(ops: RowOps, metrics: StoreMetrics, fn: (tx: TransactionContext) => Promise<T>): Promise<T> {
  const { getRow, insert, upsert, patch, remove, runQuery, atomically } = ops;
  const readRevs = new Map<string, number>(); // "collection/id" → rev (0 = absent)
  const queryChecks: Array<{ collection: string; spec: QuerySpec; revs: Map<string, number> }> = [];
  const writes: Write[] = [];
  const ctx: TransactionContext = {
    get: async (collection, id) => {
      if (writes.length) throw new AppError('internal/unexpected', 'Transaction reads must come before writes');
      metrics.reads += 1;
      const row = getRow(collection, id);
      readRevs.set(`${collection}/${id}`, row?.rev ?? 0);
      return row ? (JSON.parse(row.data) as DocData) : null;
    },
    query: async (collection, spec) => {
      if (writes.length) throw new AppError('internal/unexpected', 'Transaction reads must come before writes');
      const { page, revs } = runQuery(collection, spec);
      metrics.reads += Math.max(1, page.docs.length);
      queryChecks.push({ collection, spec, revs });
      return page;
    },
    create: (collection, id, data) => void writes.push({ kind: 'create', collection, id, data }),
    set: (collection, id, data) => void writes.push({ kind: 'set', collection, id, data }),
    update: (collection, id, p) => void writes.push({ kind: 'update', collection, id, patch: p }),
    delete: (collection, id) => void writes.push({ kind: 'delete', collection, id }),
  };
  const result = await fn(ctx);
  atomically(() => {
    for (const [key, rev] of readRevs) {
      const slash = key.indexOf('/');
      if ((getRow(key.slice(0, slash), key.slice(slash + 1))?.rev ?? 0) !== rev) throw new RetryableConflict();
    }
    for (const check of queryChecks) {
      const now = runQuery(check.collection, check.spec).revs;
      if (now.size !== check.revs.size || [...now].some(([id, rev]) => check.revs.get(id) !== rev)) throw new RetryableConflict();
    }
    for (const w of writes) {
      if (w.kind === 'create' && !insert(w.collection, w.id, w.data)) {
        throw new AppError('store/conflict', `Document ${w.collection}/${w.id} already exists`);
      }
      if (w.kind === 'set') upsert(w.collection, w.id, w.data);
      if (w.kind === 'update') patch(w.collection, w.id, w.patch);
      if (w.kind === 'delete') remove(w.collection, w.id);
    }
  });
  metrics.writes += writes.length;
  return result;
}
