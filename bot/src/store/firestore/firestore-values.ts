// Converts between the port's JSON-shaped values and Firestore's: Timestamps read back as ISO strings, patches as whole-field paths.
import { FieldPath, Timestamp } from 'firebase-admin/firestore';
import type { DocData, DocValue } from '@nithet/shared';

/**
 * The product stores times as ISO strings, but a document written by another tool (console, a
 * script using serverTimestamp) may hold a Timestamp: read it back as an ISO string, never as an object.
 */
export function fromFirestoreValue(value: unknown): DocValue {
  if (value instanceof Timestamp) return (value as Timestamp).toDate().toISOString();
  if (Array.isArray(value)) return value.map(fromFirestoreValue);
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: DocValue } = {};
    for (const [k, v] of Object.entries(value)) out[k] = fromFirestoreValue(v);
    return out;
  }
  return value as DocValue;
}

export function fromFirestoreData(data: Record<string, unknown>): DocData {
  return fromFirestoreValue(data) as DocData;
}

/**
 * `update()` with a plain object would read `a.b` as a nested path; the port's patch is a shallow
 * merge of top-level keys, so each key becomes a single-segment FieldPath.
 */
export function patchArgs(patch: DocData): [FieldPath, DocValue, ...unknown[]] | null {
  const args: unknown[] = [];
  for (const [key, value] of Object.entries(patch)) args.push(new FieldPath(key), value);
  return args.length === 0 ? null : (args as [FieldPath, DocValue, ...unknown[]]);
}
