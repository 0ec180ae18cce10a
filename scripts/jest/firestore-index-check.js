// Which recorded query shapes need a composite index in Firestore, and whether firestore.indexes.json has it.
// Plain CommonJS so jest's untransformed globalTeardown and the TS unit tests share it.
//
// The rules (Firestore's, applied to the query the Firestore adapter builds):
//   - the adapter orders by the explicit orderBy fields, then by inequality-filtered fields not named (sorted), then by
//     the document id in the direction of the last explicit field; a count orders by its inequality fields;
//   - equality (==, in) filters alone never need one: Firestore merges single-field indexes;
//   - one order field (sort or inequality) alone is served by its single-field index, both directions;
//   - one order field plus any equality or array-contains filter, or two order fields, need a composite index
//     (equality fields, array-contains field, then the order fields in order and direction);
//   - array-contains with another filter and no order: treated as needing one (Firestore can merge such indexes in some
//     cases; an index too many costs little, one too few fails the query in production).
// An index matches when its leading fields are exactly the equality fields (any order, any direction) plus the
// array-contains field as CONTAINS, followed by exactly the order fields; a trailing __name__ entry is ignored.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const EQUALITY = new Set(['==', 'in']);
const INEQUALITY = new Set(['<', '<=', '>', '>=', '!=', 'not-in']);

const dirOf = (d) => (d === 'desc' || d === 'DESCENDING' ? 'DESCENDING' : 'ASCENDING');

/**
 * The composite index a shape needs, or null when automatic indexes serve it. `filters` are the leading entries (any order
 * among them), `order` the trailing ones (exact); `fields` is the firestore.indexes.json form of both.
 */
function requiredIndex(shape) {
  const where = shape.where ?? [];
  const equality = [...new Set(where.filter((w) => EQUALITY.has(w.op)).map((w) => w.field))].sort();
  const contains = [...new Set(where.filter((w) => w.op === 'array-contains').map((w) => w.field))];
  const explicit = shape.kind === 'count' ? [] : (shape.orderBy ?? []);
  const direction = dirOf(explicit.at(-1)?.direction);
  const named = new Set(explicit.map((o) => o.field));
  const implicit = [...new Set(where.filter((w) => INEQUALITY.has(w.op) && !named.has(w.field)).map((w) => w.field))].sort();
  const order = [
    ...explicit.map((o) => ({ fieldPath: o.field, order: dirOf(o.direction) })),
    ...implicit.map((fieldPath) => ({ fieldPath, order: direction })),
  ]
    // An order on a field fixed by an equality filter orders nothing.
    .filter((o) => !equality.includes(o.fieldPath));
  const filterCount = equality.length + contains.length;
  const needed =
    order.length >= 2 || (order.length === 1 && filterCount > 0) || (order.length === 0 && contains.length > 0 && filterCount >= 2);
  if (!needed) return null;
  const filters = [
    ...equality.map((fieldPath) => ({ fieldPath, order: 'ASCENDING' })),
    ...contains.map((fieldPath) => ({ fieldPath, arrayConfig: 'CONTAINS' })),
  ];
  return { collectionGroup: shape.collection, queryScope: 'COLLECTION', fields: [...filters, ...order], filters, order };
}

const fieldKey = (f) => `${f.fieldPath}:${f.arrayConfig ?? f.order}`;

/** True when `index` (an entry of firestore.indexes.json) serves `required` (from requiredIndex). */
function indexServes(index, required) {
  if (index.collectionGroup !== required.collectionGroup || (index.queryScope ?? 'COLLECTION') !== 'COLLECTION') return false;
  const fields = index.fields.filter((f) => f.fieldPath !== '__name__');
  if (fields.length !== required.filters.length + required.order.length) return false;
  const lead = fields.slice(0, required.filters.length);
  const tail = fields.slice(required.filters.length);
  const leadMatches = required.filters.every((w) =>
    lead.some((h) => h.fieldPath === w.fieldPath && Boolean(h.arrayConfig) === Boolean(w.arrayConfig)),
  );
  return leadMatches && required.order.every((w, i) => fieldKey(tail[i]) === fieldKey(w));
}

/** Reads every shape recorded in `dir` (one JSON object per line, files per process), de-duplicated. */
function readShapes(dir) {
  const shapes = new Map();
  if (!dir || !fs.existsSync(dir)) return [];
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of fs.readFileSync(path.join(dir, name), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      try {
        const s = JSON.parse(line);
        shapes.set(JSON.stringify(s), s);
      } catch {
        // a line cut by a killed worker
      }
    }
  }
  return [...shapes.values()];
}

/** Every shape needing a composite index, with whether the file has it. */
function checkShapes(shapes, indexesJson) {
  const indexes = indexesJson.indexes ?? [];
  const byIndex = new Map();
  for (const shape of shapes) {
    const required = requiredIndex(shape);
    if (!required) continue;
    const key = JSON.stringify(required);
    const entry = byIndex.get(key) ?? { required, shapes: [], present: indexes.some((ix) => indexServes(ix, required)) };
    entry.shapes.push(shape);
    byIndex.set(key, entry);
  }
  const needed = [...byIndex.values()];
  return { needed, missing: needed.filter((n) => !n.present) };
}

const describeShape = (s) =>
  `${s.kind} ${s.collection} where ${(s.where ?? []).map((w) => `${w.field} ${w.op}`).join(' and ') || '—'}` +
  (s.orderBy?.length ? ` order by ${s.orderBy.map((o) => `${o.field} ${o.direction ?? 'asc'}`).join(', ')}` : '');

function formatMissing(missing) {
  return missing
    .map(
      (m) =>
        `  - ${m.shapes.map(describeShape).join('\n    ')}\n    add to firestore.indexes.json "indexes":\n    ${JSON.stringify(publicIndex(m.required))}`,
    )
    .join('\n');
}

const publicIndex = (required) => ({ collectionGroup: required.collectionGroup, queryScope: required.queryScope, fields: required.fields });

module.exports = { requiredIndex, indexServes, readShapes, checkShapes, formatMissing, describeShape, publicIndex };
