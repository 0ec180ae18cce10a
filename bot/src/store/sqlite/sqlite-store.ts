// Embedded SQLite adapter of the DocumentStore port (node:sqlite, WAL): the single-server default.
import { DatabaseSync } from 'node:sqlite';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { setImmediate } from 'node:timers';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError, type DocData, type DocumentStore, type TransactionContext, type Where } from '@nithet/shared';
import { INDEXES, buildCount } from './sql-query';
import { createRowOps, type Row } from './sqlite-rows';
import { attemptTransaction, RetryableConflict } from './sqlite-transaction';
import { createStoreMetrics, type StoreMetrics } from '../store-metrics';
import { recordQueryShape } from '../query-shapes';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS docs (
  collection TEXT NOT NULL,
  id TEXT NOT NULL,
  rev INTEGER NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (collection, id)
) WITHOUT ROWID;`;

const MAX_TX_ATTEMPTS = 25;

export interface SqliteStore extends DocumentStore {
  readonly metrics: StoreMetrics;
  readonly file: string;
}

/** Creates the expression indexes; a file from before they were partial has its full ones rebuilt once. */
function ensureIndexes(db: DatabaseSync): void {
  const existing = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?");
  for (const index of INDEXES) {
    const row = existing.get(index.name) as { sql: string } | undefined;
    if (row && /\bWHERE\b/i.test(row.sql)) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      if (row) db.exec(`DROP INDEX IF EXISTS ${index.name}`);
      db.exec(index.ddl);
      db.exec('COMMIT');
    } catch (e) {
      db.exec('ROLLBACK');
      throw e;
    }
  }
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
  ensureIndexes(db);
  const metrics = createStoreMetrics();

  const ops = createRowOps(db);
  const { prepare, getRow, insert, upsert, patch, remove, runQuery, atomically } = ops;

  // One transaction function in flight per process; other processes are handled by revision checks.
  let txQueue: Promise<unknown> = Promise.resolve();

  // Group commit: the creates and updates asked for in one turn of the event loop (a busy webhook's processed-event
  // marks and their "done", one of each per request) are written in one transaction, one WAL append and lock round
  // instead of one each (most of a webhook's time in SQLite); each caller still gets its own answer, after the commit.
  type Pending = { write: () => unknown; resolve: (value: never) => void; reject: (e: unknown) => void };
  let pending: Pending[] = [];
  const flush = () => {
    const batch = pending;
    pending = [];
    if (batch.length === 0) return;
    let outcomes: Array<{ value: unknown } | { error: AppError }>;
    try {
      outcomes = atomically(() =>
        batch.map((w) => {
          try {
            return { value: w.write() };
          } catch (e) {
            // A refusal of this write alone (an update of a missing document); anything else aborts the batch.
            if (e instanceof AppError) return { error: e };
            throw e;
          }
        }),
      );
    } catch {
      // The commit failed (a busy file, a full disk): one at a time, so each caller learns its own outcome.
      for (const w of batch) {
        try {
          w.resolve(atomically(w.write) as never);
        } catch (e) {
          w.reject(e);
        }
      }
      return;
    }
    batch.forEach((w, i) => {
      const o = outcomes[i]!;
      if ('error' in o) w.reject(o.error);
      else w.resolve(o.value as never);
    });
  };
  const grouped = <T>(write: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      // node:timers' own setImmediate: a test's fake timers must not hold a commit back.
      if (pending.length === 0) setImmediate(flush);
      pending.push({ write, resolve: resolve as (value: never) => void, reject });
    });

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
    create(collection, id, data) {
      metrics.writes += 1;
      let json: string;
      try {
        json = JSON.stringify(data); // what it was given now, whatever the caller does with it before the commit
      } catch (e) {
        return Promise.reject(e);
      }
      return grouped(() => insert(collection, id, json));
    },
    async set(collection, id, data) {
      metrics.writes += 1;
      upsert(collection, id, data);
    },
    update(collection, id, fields) {
      metrics.writes += 1;
      const given = { ...fields };
      return grouped(() => patch(collection, id, given));
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
      recordQueryShape(collection, { where }, 'count');
      const q = buildCount(collection, where);
      return Number((prepare(q.sql).get(...q.params) as { n: number }).n);
    },
    runTransaction<T>(fn: (tx: TransactionContext) => Promise<T>): Promise<T> {
      const run = async (): Promise<T> => {
        for (let n = 1; ; n += 1) {
          try {
            return await attemptTransaction(ops, metrics, fn);
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
      flush();
      db.close();
    },
  };
  return store;
}
