// Translates the port's QuerySpec into SQLite over JSON documents, mirroring Firestore's semantics.
import { AppError, decodeCursor, type DocValue, type OrderBy, type QuerySpec, type Where } from '@nithet/shared';

type Param = string | number | null;

export interface SqlFragment {
  sql: string;
  params: Param[];
}

const FIELD_RE = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

export function jsonPath(field: string): string {
  if (!FIELD_RE.test(field)) throw new AppError('validation/invalid-input', `Invalid field path: ${field}`);
  return (
    '$' +
    field
      .split('.')
      .map((part) => `."${part}"`)
      .join('')
  );
}

/** SQLite's json_type names for the storage type Firestore would compare within. */
function typeGuard(path: string, value: DocValue): SqlFragment {
  if (value === null) return { sql: `json_type(data, '${path}') = 'null'`, params: [] };
  if (typeof value === 'boolean') return { sql: `json_type(data, '${path}') = '${value ? 'true' : 'false'}'`, params: [] };
  if (typeof value === 'number') return { sql: `json_type(data, '${path}') IN ('integer', 'real')`, params: [] };
  if (typeof value === 'string') return { sql: `json_type(data, '${path}') = 'text'`, params: [] };
  throw new AppError('validation/invalid-input', 'Only scalar values can be compared in a query');
}

function scalar(value: DocValue): Param {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === null || typeof value === 'string' || typeof value === 'number') return value;
  throw new AppError('validation/invalid-input', 'Only scalar values can be compared in a query');
}

function equals(path: string, value: DocValue): SqlFragment {
  const guard = typeGuard(path, value);
  if (value === null || typeof value === 'boolean') return guard;
  return { sql: `(${guard.sql} AND json_extract(data, '${path}') = ?)`, params: [scalar(value)] };
}

function clause(w: Where): SqlFragment {
  const path = jsonPath(w.field);
  switch (w.op) {
    case '==':
      return equals(path, w.value);
    case '!=': {
      const eq = equals(path, w.value);
      return {
        sql: `(json_type(data, '${path}') NOT IN ('null') AND json_type(data, '${path}') IS NOT NULL AND NOT ${eq.sql})`,
        params: eq.params,
      };
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      const guard = typeGuard(path, w.value);
      return { sql: `(${guard.sql} AND json_extract(data, '${path}') ${w.op} ?)`, params: [scalar(w.value)] };
    }
    case 'in': {
      if (!Array.isArray(w.value) || w.value.length === 0 || w.value.length > 30) {
        throw new AppError('validation/invalid-input', "'in' takes 1 to 30 values");
      }
      const parts = w.value.map((v) => equals(path, v));
      return { sql: `(${parts.map((p) => p.sql).join(' OR ')})`, params: parts.flatMap((p) => p.params) };
    }
    case 'array-contains': {
      const v = w.value;
      const t =
        typeof v === 'boolean' ? (v ? "'true'" : "'false'") : v === null ? "'null'" : typeof v === 'number' ? "'integer','real'" : "'text'";
      const cmp = v === null || typeof v === 'boolean' ? '' : ' AND je.value = ?';
      return {
        sql: `(json_type(data, '${path}') = 'array' AND EXISTS (SELECT 1 FROM json_each(data, '${path}') je WHERE je.type IN (${t})${cmp}))`,
        params: cmp ? [scalar(v)] : [],
      };
    }
  }
}

/** Firestore leaves out documents that lack an order-by field; so does this. */
function orderPresence(orderBy: OrderBy[]): SqlFragment[] {
  return orderBy.map((o) => ({ sql: `json_type(data, '${jsonPath(o.field)}') IS NOT NULL`, params: [] }));
}

function cursorClause(orderBy: OrderBy[], after: string): SqlFragment {
  const { v, id } = decodeCursor(after);
  if (v.length !== orderBy.length) throw new AppError('validation/invalid-input', 'Cursor does not match the query order');
  const lastDir = orderBy.at(-1)?.direction ?? 'asc';
  const keys: Array<{ expr: string; dir: 'asc' | 'desc'; value: Param }> = orderBy.map((o, i) => ({
    expr: `json_extract(data, '${jsonPath(o.field)}')`,
    dir: o.direction ?? 'asc',
    value: scalar(v[i] ?? null),
  }));
  keys.push({ expr: 'id', dir: lastDir, value: id });
  const ors: string[] = [];
  const params: Param[] = [];
  keys.forEach((key, i) => {
    const ands: string[] = [];
    for (const prev of keys.slice(0, i)) {
      ands.push(`${prev.expr} = ?`);
      params.push(prev.value);
    }
    ands.push(`${key.expr} ${key.dir === 'asc' ? '>' : '<'} ?`);
    params.push(key.value);
    ors.push(`(${ands.join(' AND ')})`);
  });
  return { sql: `(${ors.join(' OR ')})`, params };
}

/**
 * Fields the app filters on that pick out few documents (a seminar's answers, a member's memberships, a certificate
 * by its public id, due outbox batches, expired records). Each gets an expression index on (collection, field), and a
 * query filtering on one names it, so the plan never depends on ANALYZE statistics: without them SQLite would walk
 * the primary key to save a sort, scanning the whole collection (a million answers for one seminar's reminder).
 */
export const INDEXED_FIELDS = ['seminarId', 'roundId', 'memberId', 'networkId', 'publicId', 'nextAttemptAt', 'expireAt'] as const;

const indexName = (field: string) => `docs_by_${field}`;

/**
 * Partial: a document without the field (most of them: every webhook's processedEvents record lacks six of the seven)
 * adds no entry, so a write touches only the indexes of the fields it has. Every hinted filter (==, <, <=, >, >= on a
 * string or number) implies IS NOT NULL, so SQLite can still use the index for it.
 */
export const INDEXES = INDEXED_FIELDS.map((f) => {
  const expr = `json_extract(data, '${jsonPath(f)}')`;
  return { name: indexName(f), ddl: `CREATE INDEX IF NOT EXISTS ${indexName(f)} ON docs (collection, ${expr}) WHERE ${expr} IS NOT NULL;` };
});

/** `INDEXED BY` for the first filter that compares an indexed field with a string or a number. */
function indexHint(where: readonly Where[]): string {
  const w = where.find(
    (c) =>
      (INDEXED_FIELDS as readonly string[]).includes(c.field) &&
      ['==', '<', '<=', '>', '>='].includes(c.op) &&
      (typeof c.value === 'string' || typeof c.value === 'number'),
  );
  return w ? ` INDEXED BY ${indexName(w.field)}` : '';
}

export function buildSelect(collection: string, spec: QuerySpec, columns: string): SqlFragment {
  const orderBy = spec.orderBy ?? [];
  const parts: SqlFragment[] = [{ sql: 'collection = ?', params: [collection] }];
  parts.push(...(spec.where ?? []).map(clause), ...orderPresence(orderBy));
  if (spec.after) parts.push(cursorClause(orderBy, spec.after));
  const lastDir = orderBy.at(-1)?.direction ?? 'asc';
  const order = [
    ...orderBy.map((o) => `json_extract(data, '${jsonPath(o.field)}') ${o.direction === 'desc' ? 'DESC' : 'ASC'}`),
    `id ${lastDir === 'desc' ? 'DESC' : 'ASC'}`,
  ];
  let sql = `SELECT ${columns} FROM docs${indexHint(spec.where ?? [])} WHERE ${parts.map((p) => p.sql).join(' AND ')} ORDER BY ${order.join(', ')}`;
  const params = parts.flatMap((p) => p.params);
  if (spec.limit !== undefined) {
    if (!Number.isInteger(spec.limit) || spec.limit < 1) throw new AppError('validation/invalid-input', 'limit must be a positive integer');
    sql += ' LIMIT ?';
    params.push(spec.limit);
  }
  return { sql, params };
}

export function buildCount(collection: string, where: Where[]): SqlFragment {
  const parts: SqlFragment[] = [{ sql: 'collection = ?', params: [collection] }, ...where.map(clause)];
  return {
    sql: `SELECT COUNT(*) AS n FROM docs${indexHint(where)} WHERE ${parts.map((p) => p.sql).join(' AND ')}`,
    params: parts.flatMap((p) => p.params),
  };
}
