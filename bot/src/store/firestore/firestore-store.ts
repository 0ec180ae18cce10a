// DocumentStore adapter over Cloud Firestore (firebase-admin), with the exact semantics of the shared port.
import { deleteApp, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore, type Transaction } from 'firebase-admin/firestore';
import { AppError, type DocData, type DocumentStore, type QuerySpec, type Where } from '@nithet/shared';
import { GRPC, grpcCode, mapped } from './firestore-errors';
import { buildQuery, applyWhere, toPage } from './firestore-query';
import { createTransactionContext } from './firestore-transaction';
import { fromFirestoreData, patchArgs } from './firestore-values';
import { createStoreMetrics, type StoreMetrics } from '../store-metrics';
import { recordQueryShape } from '../query-shapes';

export interface FirestoreStoreOptions {
  projectId: string;
  /** Omit for `(default)`. */
  databaseId?: string;
  /** `host:port` of an emulator. FIRESTORE_EMULATOR_HOST, when set, takes precedence (SDK rule). */
  emulatorHost?: string;
}

/** Billable operations as Firestore counts them (reads = documents read, min 1 per query), plus query calls. */
export type FirestoreStoreMetrics = StoreMetrics & { queries: number };

export type FirestoreStore = DocumentStore & { readonly metrics: FirestoreStoreMetrics };

let appSeq = 0;

/** Attempts per transaction before a conflict is reported (the SDK's default is 5). */
export const TRANSACTION_ATTEMPTS = 25;

export function createFirestoreStore(options: FirestoreStoreOptions): FirestoreStore {
  const metrics: FirestoreStoreMetrics = { ...createStoreMetrics(), queries: 0 };
  let app: App | undefined;
  let db: Firestore | undefined;
  let closed = false;

  // Created on first use, never at import; a unique app name lets several stores share a process.
  const firestore = (): Firestore => {
    if (closed) throw new AppError('store/unavailable', 'Firestore store is closed');
    if (db) return db;
    app = initializeApp({ projectId: options.projectId }, `nithet-store-${++appSeq}-${Date.now().toString(36)}`);
    db = options.databaseId ? getFirestore(app, options.databaseId) : getFirestore(app);
    db.settings({
      ignoreUndefinedProperties: false,
      ...(options.emulatorHost ? { host: options.emulatorHost, ssl: false } : {}),
    });
    return db;
  };
  const doc = (collection: string, id: string) => firestore().collection(collection).doc(id);

  return {
    metrics,

    get: (collection, id) =>
      mapped(async () => {
        const snap = await doc(collection, id).get();
        metrics.reads++;
        const data = snap.data();
        return data === undefined ? null : fromFirestoreData(data);
      }),

    getMany: (collection, ids) =>
      mapped(async () => {
        if (ids.length === 0) return [];
        // getAll answers in the order asked and fetches every document in one RPC.
        const snaps = await firestore().getAll(...ids.map((id) => doc(collection, id)));
        metrics.reads += ids.length;
        return snaps.map((snap) => {
          const data = snap.data();
          return data === undefined ? null : fromFirestoreData(data);
        });
      }),

    create: (collection, id, data) =>
      mapped(async () => {
        try {
          await doc(collection, id).create(data);
          metrics.writes++;
          return true;
        } catch (err) {
          if (grpcCode(err) === GRPC.ALREADY_EXISTS) return false;
          throw err;
        }
      }),

    set: (collection, id, data) =>
      mapped(async () => {
        await doc(collection, id).set(data);
        metrics.writes++;
      }),

    update: (collection, id, patch: DocData) =>
      mapped(async () => {
        const args = patchArgs(patch);
        if (args === null) {
          // Nothing to write, but the port still promises not-found for an absent document.
          const snap = await doc(collection, id).get();
          metrics.reads++;
          if (!snap.exists) throw new AppError('store/not-found', `No ${collection}/${id} to update`);
          return;
        }
        // update() carries an exists precondition, so check-and-merge is one atomic write.
        await doc(collection, id).update(...args);
        metrics.writes++;
      }),

    delete: (collection, id) =>
      mapped(async () => {
        await doc(collection, id).delete();
        metrics.deletes++;
      }),

    query: (collection, spec?: QuerySpec) =>
      mapped(async () => {
        const snapshot = await buildQuery(firestore().collection(collection), spec).get();
        metrics.queries++;
        metrics.reads += Math.max(1, snapshot.size);
        return toPage(snapshot, spec);
      }),

    count: (collection, where?: Where[]) =>
      mapped(async () => {
        recordQueryShape(collection, { ...(where ? { where } : {}) }, 'count');
        const snapshot = await applyWhere(firestore().collection(collection), where).count().get();
        const count = snapshot.data().count;
        metrics.queries++;
        // Aggregations bill one read per 1000 index entries matched (minimum one).
        metrics.reads += Math.max(1, Math.ceil(count / 1000));
        return count;
      }),

    runTransaction: (fn) =>
      mapped(async () => {
        let attempt: ReturnType<typeof createTransactionContext> | undefined;
        const result = await firestore().runTransaction(
          (tx: Transaction) => {
            // Each retry is a fresh attempt; only the committed one's writes are billed.
            attempt = createTransactionContext(firestore(), tx, metrics);
            return fn(attempt.context);
          },
          // One hot document (a seminar's seats when an announcement lands) sees dozens of presses at once:
          // the SDK's default 5 attempts give up under that contention; its backoff between attempts stays.
          { maxAttempts: TRANSACTION_ATTEMPTS },
        );
        if (attempt) {
          metrics.writes += attempt.pending.writes;
          metrics.deletes += attempt.pending.deletes;
        }
        return result;
      }),

    async close() {
      if (closed) return;
      closed = true;
      const [openDb, openApp] = [db, app];
      db = undefined;
      app = undefined;
      if (openDb) await openDb.terminate();
      if (openApp) await deleteApp(openApp);
    },
  };
}
