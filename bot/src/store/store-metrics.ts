// Counts document reads and writes per store, so an office can predict its Firestore bill.
export interface StoreMetrics {
  reads: number;
  writes: number;
  deletes: number;
}

export const createStoreMetrics = (): StoreMetrics => ({ reads: 0, writes: 0, deletes: 0 });
