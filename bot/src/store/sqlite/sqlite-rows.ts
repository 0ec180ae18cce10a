// Row-level statements over the one `docs` table (prepared once), shared by plain calls and transactions.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { AppError, encodeCursor, readField, type DocData, type QueryPage, type QuerySpec } from '@nithet/shared';
import { buildSelect } from './sql-query';
import { recordQueryShape } from '../query-shapes';

export type Row = { id: string; rev: number; data: string };

export function createRowOps(db: DatabaseSync) {
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
  /** `data` as an object, or already JSON (a create waiting for its group commit keeps what it was given). */
  const insert = (collection: string, id: string, data: DocData | string): boolean =>
    Number(
      prepare('INSERT OR IGNORE INTO docs (collection, id, rev, data) VALUES (?, ?, 1, ?)').run(
        collection,
        id,
        typeof data === 'string' ? data : JSON.stringify(data),
      ).changes,
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
    recordQueryShape(collection, spec, 'query');
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

  return { prepare, getRow, insert, upsert, patch, remove, runQuery, atomically };
}

export type RowOps = ReturnType<typeof createRowOps>;
