// Opens the configured store for a backup or restore, with the one thing the port does not offer: the list of
// collections actually present (SQLite: the docs table; Firestore: listCollections), so no collection is forgotten.
import { DatabaseSync } from 'node:sqlite';
import type { DocumentStore } from '@nithet/shared';
import { openStore, type StoreConfig } from '../services';
import type { SqliteStore } from '../store/sqlite/sqlite-store';

export type StoreSettings = StoreConfig;

export interface BackupStore {
  kind: 'sqlite' | 'firestore';
  store: DocumentStore;
  /** Names of the top-level collections holding at least one document, sorted. */
  listCollections(): Promise<string[]>;
  close(): Promise<void>;
}

export async function openBackupStore(settings: StoreSettings): Promise<BackupStore> {
  const store = await openStore(settings);
  if (settings.STORE === 'sqlite') {
    const file = (store as SqliteStore).file;
    return {
      kind: 'sqlite',
      store,
      async listCollections() {
        const db = new DatabaseSync(file, { readOnly: true });
        try {
          const rows = db.prepare('SELECT DISTINCT collection FROM docs ORDER BY collection').all() as Array<{ collection: string }>;
          return rows.map((r) => r.collection);
        } finally {
          db.close();
        }
      },
      close: () => store.close(),
    };
  }
  // A second firebase-admin app just for the listing; created lazily like the store's own.
  const { initializeApp, deleteApp } = await import('firebase-admin/app');
  const { getFirestore } = await import('firebase-admin/firestore');
  const app = initializeApp({ projectId: settings.FIRESTORE_PROJECT_ID ?? '' }, `nithet-backup-${Date.now().toString(36)}`);
  const db = settings.FIRESTORE_DATABASE_ID ? getFirestore(app, settings.FIRESTORE_DATABASE_ID) : getFirestore(app);
  if (settings.FIRESTORE_EMULATOR_HOST) db.settings({ host: settings.FIRESTORE_EMULATOR_HOST, ssl: false });
  return {
    kind: 'firestore',
    store,
    async listCollections() {
      return (await db.listCollections()).map((c) => c.id).sort();
    },
    async close() {
      await store.close();
      await db.terminate();
      await deleteApp(app);
    },
  };
}
