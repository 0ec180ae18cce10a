// Builds Firestore queries from the port's QuerySpec in Firestore's own implicit order, and turns snapshots into pages with cursors.
import { FieldPath, type CollectionReference, type Query, type QueryDocumentSnapshot, type QuerySnapshot } from 'firebase-admin/firestore';
import { AppError, decodeCursor, encodeCursor, readField, type OrderBy, type QueryPage, type QuerySpec, type Where } from '@nithet/shared';
import { fromFirestoreData } from './firestore-values';
import { recordQueryShape } from '../query-shapes';

const INEQUALITY_OPS = new Set<Where['op']>(['<', '<=', '>', '>=', '!=']);

export function applyWhere(query: Query, where: Where[] | undefined): Query {
  let q = query;
  // Dotted strings are Firestore field paths, which is exactly the port's nested-field syntax.
  for (const w of where ?? []) q = q.where(w.field, w.op, w.value);
  return q;
}

/**
 * The full order Firestore applies anyway: the explicit fields, then inequality-filtered fields not
 * already named (lexicographically), then the document id — the implicit ones in the direction of the
 * last explicit field. Spelling it out lets the cursor carry every value `startAfter` needs; ordering
 * by id before an inequality field is something Firestore rejects.
 */
export function fullOrder(spec: QuerySpec): OrderBy[] {
  const explicit = spec.orderBy ?? [];
  const direction = explicit.at(-1)?.direction ?? 'asc';
  const named = new Set(explicit.map((o) => o.field));
  const implicit = [...new Set((spec.where ?? []).filter((w) => INEQUALITY_OPS.has(w.op) && !named.has(w.field)).map((w) => w.field))]
    .sort()
    .map((field) => ({ field, direction }));
  return [...explicit, ...implicit];
}

const idDirection = (spec: QuerySpec) => spec.orderBy?.at(-1)?.direction ?? 'asc';

export function buildQuery(collection: CollectionReference, spec: QuerySpec = {}): Query {
  recordQueryShape(collection.id, spec, 'query');
  let q = applyWhere(collection, spec.where);
  const order = fullOrder(spec);
  for (const o of order) q = q.orderBy(o.field, o.direction ?? 'asc');
  // The id tiebreaker makes the order total, so cursors neither skip nor repeat documents.
  q = q.orderBy(FieldPath.documentId(), idDirection(spec));
  if (spec.after !== undefined) {
    const cursor = decodeCursor(spec.after);
    if (cursor.v.length !== order.length) {
      throw new AppError('validation/invalid-input', 'Page cursor does not match the query order', {
        thai: 'ลิงก์หน้าถัดไปไม่ถูกต้อง กรุณาเริ่มจากหน้าแรกอีกครั้ง',
      });
    }
    q = q.startAfter(...cursor.v, cursor.id);
  }
  if (spec.limit !== undefined) q = q.limit(spec.limit);
  return q;
}

export function toPage(snapshot: QuerySnapshot, spec: QuerySpec = {}): QueryPage {
  const docs = snapshot.docs.map((d: QueryDocumentSnapshot) => ({ id: d.id, data: fromFirestoreData(d.data()) }));
  const last = docs[docs.length - 1];
  if (spec.limit === undefined || docs.length !== spec.limit || last === undefined) return { docs };
  const values = fullOrder(spec).map((o) => readField(last.data, o.field) ?? null);
  return { docs, nextCursor: encodeCursor(values, last.id) };
}
