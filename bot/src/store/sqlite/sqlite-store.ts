// Embedded SQLite adapter of the DocumentStore port (node:sqlite, WAL): the single-server default.
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  AppError,
  encodeCursor,
  readField,
  type DocData,
  type DocumentStore,
  type QueryPage,
  type QuerySpec,
  type TransactionContext,
  type Where,
} from '@nithet/shared';
import { buildCount, buildSelect } from './sql-query';
import { createStoreMetrics, type StoreMetrics } from '../store-metrics';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (collection, id)
) WITHOUT ROWID;`;

const MAX_TX_ATTEMPTS = 25;

type Row = { id: string; rev: number; data: string };
type Write =
  | { kind: 'create' | 'set'; collection: string; id: string; data: DocData }
  | { kind: 'update'; collection: string; id: string; patch: DocData }
  | { kind: 'delete'; collection: string; id: string };

class RetryableConflict extends Error {}

export interface SqliteStore extends DocumentStore {
  readonly metrics: StoreMetrics;
  readonly file: string;
}

/**
 * Opens (creating when needed) the SQLite file. WAL with synchronous=NORMAL keeps every committed
 * transaction across a process crash (kill -9); transactions are optimistic like Firestore's: reads
 * record each document's revision, and the commit re-checks them under BEGIN IMMEDIATE, which also
 * serialises writers in other processes sharing the file.
 */
export function createSqliteStore(options: { file: string }): SqliteStore {
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true });
  const db = new DatabaseSync(options.file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = OFF;');
  db.exec(SCHEMA);
  const metrics = createStoreMetrics();

  const stmt = new Map<string, StatementSync>();
  const prepare = (sql: string): StatementSync => {
    let s = stmt.get(sql);
    if (!s) {
      s = db.prepare(sql);
      stmt.set(sql, s);
    }
    return s;
  };
  const getRow = (collection: string, id: string): Row | undefined =>
    prepare('SELECT id, rev, data FROM docs WHERE collection = ? AND id = ?').get(collection, id) as Row | undefined;
  const insert = (collection: string, id: string, data: DocData): boolean =>
    Number(
      prepare('INSERT OR IGNORE INTO docs (collection, id, rev, data) VALUES (?, ?, 1, ?)').run(collection, id, JSON.stringify(data))
        .changes,
    ) === 1;
  const upsert = (collection: string, id: string, data: DocData): void => {
    prepare(
      'INSERT INTO docs (collection, id, rev, data) VALUES (?, ?, 1, ?) ON CONFLICT (collection, id) DO UPDATE SET rev = rev + 1, data = excluded.data',
    ).run(collection, id, JSON.stringify(data));
  };
  const patch = (collection: string, id: string, fields: DocData): void => {
    const row = getRow(collection, id);
    if (!row) throw new AppError('store/not-found', `No document ${collection}/${id} to update`);
    const merged = { ...(JSON.parse(row.data) as DocData), ...fields };
    prepare('UPDATE docs SET rev = rev + 1, data = ? WHERE collection = ? AND id = ?').run(JSON.stringify(merged), collection, id);
  };
  const remove = (collection: string, id: string): void => {
    prepare('DELETE FROM docs WHERE collection = ? AND id = ?').run(collection, id);
  };
  const runQuery = (collection: string, spec: QuerySpec): { page: QueryPage; revs: Map<string, number> } => {
    const q = buildSelect(collection, spec, 'id, rev, data');
    const rows = prepare(q.sql).all(...q.params) as Row[];
    const docs = rows.map((r) => ({ id: r.id, data: JSON.parse(r.data) as DocData }));
    const page: QueryPage = { docs };
    const last = docs.at(-1);
    if (spec.limit !== undefined && docs.length === spec.limit && last) {
      page.nextCursor = encodeCursor(
        (spec.orderBy ?? []).map((o) => readField(last.data, o.field) ?? null),
        last.id,
      );
    }
    return { page, revs: new Map(rows.map((r) => [r.id, r.rev])) };
  };
  /** Runs synchronous statements atomically; nothing else can interleave on this connection. */
  const atomically = <T>(work: () => T): T => {
    db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      db.exec('COMMIT');
      return result;
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  };

  // One transaction function in flight per process; other processes are handled by revision checks.
  let txQueue: Promise<unknown> = Promise.resolve();

  async function attempt<T>(fn: (tx: TransactionContext) => Promise<T>): Promise<T> {
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

  const store: SqliteStore = {
    metrics,
    file: options.file,
    async get(collection, id) {
      metrics.reads += 1;
      const row = getRow(collection, id);
      return row ? (JSON.parse(row.data) as DocData) : null;
    },
    async getMany(collection, ids) {
      metrics.reads += ids.length;
      const found = new Map<string, DocData>();
      // Chunks stay under SQLite's bound-parameter limit.
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        const rows = prepare(`SELECT id, data FROM docs WHERE collection = ? AND id IN (${chunk.map(() => '?').join(',')})`).all(
          collection,
          ...chunk,
        ) as Row[];
        for (const r of rows) found.set(r.id, JSON.parse(r.data) as DocData);
      }
      return ids.map((id) => found.get(id) ?? null);
    },
    async create(collection, id, data) {
      metrics.writes += 1;
      return insert(collection, id, data);
    },
    async set(collection, id, data) {
      metrics.writes += 1;
      upsert(collection, id, data);
    },
    async update(collection, id, fields) {
      metrics.writes += 1;
      atomically(() => patch(collection, id, fields));
    },
    async delete(collection, id) {
      metrics.deletes += 1;
      remove(collection, id);
    },
    async query(collection, spec = {}) {
      const { page } = runQuery(collection, spec);
      metrics.reads += Math.max(1, page.docs.length);
      return page;
    },
    async count(collection, where: Where[] = []) {
      metrics.reads += 1;
      const q = buildCount(collection, where);
      return Number((prepare(q.sql).get(...q.params) as { n: number }).n);
    },
    runTransaction<T>(fn: (tx: TransactionContext) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        for (let n = 1; ; n += 1) {
          try {
            return await attempt(fn);
          } catch (e) {
            if (!(e instanceof RetryableConflict)) throw e;
            if (n >= MAX_TX_ATTEMPTS) throw new AppError('store/conflict', `Transaction still contended after ${n} attempts`);
            await sleep(Math.min(200, 2 ** n) * Math.random());
          }
        }
      };
      const next = txQueue.then(run, run);
      txQueue = next.catch(() => undefined);
      return next;
    },
    async close() {
      await txQueue;
      db.close();
    },
  };
  return store;
}
