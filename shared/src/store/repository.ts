// A typed repository over the document store: every read is checked with the aggregate's zod schema.
import type { z } from 'zod';
import { AppError } from '../errors';
import type { DocData, DocumentStore, QuerySpec, TransactionContext } from '../ports/document-store';

export interface Repository<T extends { id: string }> {
  readonly collection: string;
  get(id: string): Promise<T | null>;
  /** In the order asked; null where absent. */
  getMany(ids: readonly string[]): Promise<Array<T | null>>;
  require(id: string): Promise<T>;
  put(doc: T): Promise<void>;
  create(doc: T): Promise<boolean>;
  list(spec?: QuerySpec): Promise<{ items: T[]; nextCursor?: string }>;
  /** Every match, read a page (`spec.limit`, default 500) at a time. */
  listAll(spec?: Omit<QuerySpec, 'after'>): Promise<T[]>;
  count(where?: QuerySpec['where']): Promise<number>;
  /** Reads and writes of the same aggregate inside a transaction. */
  inTx(tx: TransactionContext): { get(id: string): Promise<T | null>; put(doc: T): void; create(doc: T): void };
}

export function createRepository<S extends z.ZodType<{ id: string }>>(
  store: DocumentStore,
  collection: string,
  schema: S,
): Repository<z.output<S>> {
  type T = z.output<S>;
  const parse = (id: string, data: DocData | null): T | null => {
    if (data === null) return null;
    const parsed = schema.safeParse({ ...data, id });
    if (!parsed.success)
      throw new AppError('internal/unexpected', `Stored ${collection}/${id} does not match its schema: ${parsed.error.message}`);
    return parsed.data;
  };
  const toData = (doc: T): DocData => {
    const { id: _id, ...rest } = doc as T & Record<string, unknown>;
    return JSON.parse(JSON.stringify(rest)) as DocData; // drops undefined fields, as Firestore requires
  };
  return {
    collection,
    get: async (id) => parse(id, await store.get(collection, id)),
    getMany: async (ids) => (await store.getMany(collection, ids)).map((data, i) => parse(ids[i]!, data)),
    async require(id) {
      const doc = parse(id, await store.get(collection, id));
      if (!doc) throw new AppError('store/not-found', `No ${collection}/${id}`);
      return doc;
    },
    put: (doc) => store.set(collection, doc.id, toData(doc)),
    create: (doc) => store.create(collection, doc.id, toData(doc)),
    async list(spec) {
      const page = await store.query(collection, spec);
      return { items: page.docs.map((d) => parse(d.id, d.data) as T), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
    },
    async listAll(spec = {}) {
      const out: T[] = [];
      let after: string | undefined;
      do {
        const page = await store.query(collection, { ...spec, limit: spec.limit ?? 500, ...(after ? { after } : {}) });
        out.push(...page.docs.map((d) => parse(d.id, d.data) as T));
        after = page.nextCursor;
      } while (after);
      return out;
    },
    count: (where) => store.count(collection, where),
    inTx: (tx) => ({
      get: async (id) => parse(id, await tx.get(collection, id)),
      put: (doc) => tx.set(collection, doc.id, toData(doc)),
      create: (doc) => tx.create(collection, doc.id, toData(doc)),
    }),
  };
}
