// The two real adapters under test: a SQLite file in a temp dir and Google's Firestore emulator.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocumentStore } from '@nithet/shared';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store';
import { createFirestoreStore } from '../../src/store/firestore/firestore-store';

export interface StoreFactory {
  name: 'sqlite' | 'firestore';
  /** Opens a store; `shared` names a database that a second call with the same name opens again. */
  open(shared?: string): DocumentStore;
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'nithet-contract-'));

export const sqliteFactory: StoreFactory = {
  name: 'sqlite',
  open: (shared) => createSqliteStore({ file: join(sqliteDir, `${shared ?? Math.random().toString(36).slice(2)}.sqlite`) }),
};

export const firestoreFactory: StoreFactory = {
  name: 'firestore',
  open: () => {
    const emulatorHost = process.env.FIRESTORE_EMULATOR_HOST;
    if (!emulatorHost) throw new Error('FIRESTORE_EMULATOR_HOST is not set: the jest global setup starts the Firestore emulator');
    return createFirestoreStore({ projectId: 'demo-nithet', emulatorHost });
  },
};

export const storeFactories: StoreFactory[] = [sqliteFactory, firestoreFactory];
