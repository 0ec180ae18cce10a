// Exports one office: every collection present in the store, only that office's documents, in a stable order.
import type { DocumentStore } from '@nithet/shared';
import { countWithoutAreaId, pagedQuery } from './paging';
import type { BackupDoc, BackupTrailer } from './backup-format';
import { AREAS_COLLECTION, OWNED_BY_PARENT, SYSTEM_COLLECTIONS } from './ownership';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

/**
 * Streams the office's documents to `emit` and returns the trailer. Before reading a collection it checks that every
 * document there carries an areaId (or has an ownership rule): a document nobody can place fails the backup rather
 * than being silently left out.
 */
export async function exportArea(
  store: DocumentStore,
  collections: readonly string[],
  areaId: string,
  emit: (doc: BackupDoc) => Promise<void>,
): Promise<BackupTrailer> {
  const counts: Record<string, number> = {};
  const ids: Record<string, Set<string>> = {};
  const out = async (doc: BackupDoc) => {
    counts[doc.collection] = (counts[doc.collection] ?? 0) + 1;
    await emit(doc);
  };

  const area = await store.get(AREAS_COLLECTION, areaId);
  if (!area) throw new BackupError(`No office "${areaId}" in this store (areas/${areaId} is missing)`);
  await out({ collection: AREAS_COLLECTION, id: areaId, data: area });

  const byField = collections.filter((c) => c !== AREAS_COLLECTION && !SYSTEM_COLLECTIONS.has(c) && !OWNED_BY_PARENT[c]);
  for (const collection of byField) {
    const missing = await countWithoutAreaId(store, collection);
    if (missing > 0) {
      throw new BackupError(
        `${missing} document(s) in "${collection}" have no areaId, so the backup cannot tell which office owns them: ` +
          `give that collection an ownership rule in bot/src/backup/ownership.ts`,
      );
    }
    ids[collection] = new Set();
    for await (const doc of pagedQuery(store, collection, [{ field: 'areaId', op: '==', value: areaId }])) {
      ids[collection].add(doc.id);
      await out({ collection, ...doc });
    }
  }

  for (const collection of collections.filter((c) => OWNED_BY_PARENT[c])) {
    const { field, parent } = OWNED_BY_PARENT[collection]!;
    const parents = [...(ids[parent] ?? [])].sort();
    // `in` takes at most 30 values on Firestore.
    const found: BackupDoc[] = [];
    for (let i = 0; i < parents.length; i += 30) {
      for await (const doc of pagedQuery(store, collection, [{ field, op: 'in', value: parents.slice(i, i + 30) }])) {
        found.push({ collection, ...doc });
      }
    }
    found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const doc of found) await out(doc);
  }

  const documents = Object.values(counts).reduce((a, b) => a + b, 0);
  return { end: true, documents, counts };
}
