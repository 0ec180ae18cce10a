// Reading a whole collection (or a filtered part) page by page through the port, and counting unplaceable documents.
import type { DocData, DocumentStore, Where } from '@nithet/shared';

const PAGE = 300;

export async function* pagedQuery(store: DocumentStore, collection: string, where: Where[]): AsyncGenerator<{ id: string; data: DocData }> {
  let after: string | undefined;
  do {
    const page = await store.query(collection, { where, limit: PAGE, ...(after ? { after } : {}) });
    for (const d of page.docs) yield d;
    after = page.nextCursor;
  } while (after);
}

/** Documents without a (non-null) areaId: all of them minus those with some areaId ('!=' skips absent and null fields). */
export async function countWithoutAreaId(store: DocumentStore, collection: string): Promise<number> {
  const all = await store.count(collection);
  if (all === 0) return 0;
  return all - (await store.count(collection, [{ field: 'areaId', op: '!=', value: '' }]));
}
