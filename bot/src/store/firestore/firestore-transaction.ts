// The port's TransactionContext over a Firestore transaction: reads through tx.get, synchronous writes after them.
import type { Firestore, Transaction } from 'firebase-admin/firestore';
import { AppError, type TransactionContext } from '@nithet/shared';
import { buildQuery, toPage } from './firestore-query';
import { fromFirestoreData, patchArgs } from './firestore-values';
import type { FirestoreStoreMetrics } from './firestore-store';

/** Reads are billed per attempt as they happen; writes go to `pending` until the commit succeeds. */
export function createTransactionContext(
  db: Firestore,
  tx: Transaction,
  metrics: FirestoreStoreMetrics,
): { context: TransactionContext; pending: { writes: number; deletes: number } } {
  const doc = (collection: string, id: string) => db.collection(collection).doc(id);
  const pending = { writes: 0, deletes: 0 };
  const context: TransactionContext = {
    async get(collection, id) {
      const snap = await tx.get(doc(collection, id));
      metrics.reads++;
      const data = snap.data();
      return data === undefined ? null : fromFirestoreData(data);
    },
    async query(collection, spec) {
      const snapshot = await tx.get(buildQuery(db.collection(collection), spec));
      metrics.queries++;
      metrics.reads += Math.max(1, snapshot.size);
      return toPage(snapshot, spec);
    },
    // The commit fails with ALREADY_EXISTS, mapped to store/conflict by the caller.
    create(collection, id, data) {
      tx.create(doc(collection, id), data);
      pending.writes++;
    },
    set(collection, id, data) {
      tx.set(doc(collection, id), data);
      pending.writes++;
    },
    // The commit fails with NOT_FOUND when the document is absent, mapped to store/not-found.
    update(collection, id, patch) {
      const args = patchArgs(patch);
      if (args === null) {
        throw new AppError('validation/invalid-input', 'An update inside a transaction needs at least one field');
      }
      const [field, value, ...rest] = args;
      tx.update(doc(collection, id), field, value, ...rest);
      pending.writes++;
    },
    delete(collection, id) {
      tx.delete(doc(collection, id));
      pending.deletes++;
    },
  };
  return { context, pending };
}
