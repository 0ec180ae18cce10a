// The one storage port: a small document-store interface that Firestore and SQLite both implement.
import { AppError } from '../errors';

// Values are JSON-shaped (string, number, boolean, null, arrays, maps); times are ISO-8601 UTC strings.

export type DocValue = string | number | boolean | null | DocValue[] | { [key: string]: DocValue };
export type DocData = { [key: string]: DocValue };

export type WhereOp = '==' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | 'array-contains';

export interface Where {
  field: string;
  op: WhereOp;
  value: DocValue;
}

export interface OrderBy {
  field: string;
  direction?: 'asc' | 'desc';
}

export interface QuerySpec {
  where?: Where[];
  /**
   * Results are ordered by these fields, then by document id as the tiebreaker, in the direction of
   * the last field (ascending when none) — Firestore's own implicit order, so no extra index is needed.
   */
  orderBy?: OrderBy[];
  limit?: number;
  /** An opaque cursor from a previous page's `nextCursor`. */
  after?: string;
}

export interface StoredDoc {
  id: string;
  data: DocData;
}

export interface QueryPage {
  docs: StoredDoc[];
  /** Present when `limit` was reached: pass it as `after` to get the next page. */
  nextCursor?: string;
}

/** Reads and writes inside a transaction. All reads must come before the first write. */
export interface TransactionContext {
  get(collection: string, id: string): Promise<DocData | null>;
  query(collection: string, spec: QuerySpec): Promise<QueryPage>;
  /** Fails the transaction with `store/conflict` when the document already exists. */
  create(collection: string, id: string, data: DocData): void;
  set(collection: string, id: string, data: DocData): void;
  /** Shallow merge of top-level fields; fails with `store/not-found` when absent. */
  update(collection: string, id: string, patch: DocData): void;
  delete(collection: string, id: string): void;
}

export interface DocumentStore {
  get(collection: string, id: string): Promise<DocData | null>;
  /** Several documents of one collection in one round trip, in the order asked (null where absent). */
  getMany(collection: string, ids: readonly string[]): Promise<Array<DocData | null>>;
  /** Create-if-absent: true when this call created the document, false when it already existed. */
  create(collection: string, id: string, data: DocData): Promise<boolean>;
  /** Replace the whole document (create it when absent). */
  set(collection: string, id: string, data: DocData): Promise<void>;
  /** Shallow merge of top-level fields; throws `store/not-found` when absent. */
  update(collection: string, id: string, patch: DocData): Promise<void>;
  /** Deleting an absent document is not an error. */
  delete(collection: string, id: string): Promise<void>;
  query(collection: string, spec?: QuerySpec): Promise<QueryPage>;
  count(collection: string, where?: Where[]): Promise<number>;
  /**
   * Runs `fn` atomically: either every write lands or none. Retried on contention, so `fn` must be
   * free of side effects other than through `tx`.
   */
  runTransaction<T>(fn: (tx: TransactionContext) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Cursors carry the last document's order-by values and id; both adapters encode them alike. */
export function encodeCursor(values: DocValue[], id: string): string {
  const bytes = new TextEncoder().encode(JSON.stringify({ v: values, id }));
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeCursor(cursor: string): { v: DocValue[]; id: string } {
  try {
    const binary = atob(cursor.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    const parsed = JSON.parse(new TextDecoder().decode(bytes)) as { v?: unknown; id?: unknown };
    if (!Array.isArray(parsed.v) || typeof parsed.id !== 'string') throw new Error('shape');
    return { v: parsed.v as DocValue[], id: parsed.id };
  } catch (cause) {
    throw new AppError('validation/invalid-input', 'Invalid page cursor', { cause, thai: 'ลิงก์หน้าถัดไปไม่ถูกต้อง กรุณาเริ่มจากหน้าแรกอีกครั้ง' });
  }
}

/** Reads a possibly dotted field path (`profile.schoolCode`) from a document. */
export function readField(data: DocData, path: string): DocValue | undefined {
  let cur: DocValue | undefined = data;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as { [k: string]: DocValue })[part];
  }
  return cur;
}
