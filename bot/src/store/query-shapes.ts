// Test-only evidence for firestore.indexes.json: when NITHET_QUERY_SHAPES_DIR is set (jest's global setup sets it), both
// adapters note the shape of every query they run — collection, filter fields and operators, order — never the values.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QuerySpec, Where } from '@nithet/shared';

const seen = new Set<string>();

export function recordQueryShape(collection: string, spec: QuerySpec | undefined, kind: 'query' | 'count'): void {
  const dir = process.env.NITHET_QUERY_SHAPES_DIR;
  if (!dir) return;
  const shape = JSON.stringify({
    collection,
    kind,
    where: (spec?.where ?? []).map((w: Where) => ({ field: w.field, op: w.op })),
    orderBy: (spec?.orderBy ?? []).map((o) => ({ field: o.field, direction: o.direction ?? 'asc' })),
  });
  if (seen.has(shape)) return;
  seen.add(shape);
  try {
    appendFileSync(join(dir, `${process.pid}.jsonl`), `${shape}\n`);
  } catch {
    // The folder went away (the run is ending): evidence is best-effort, queries are not.
  }
}
