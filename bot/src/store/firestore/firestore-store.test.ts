// Firestore-specific behaviour of the store adapter, against the emulator started by jest's globalSetup.
import { deleteApp, initializeApp } from 'firebase-admin/app';
import { getFirestore, Timestamp } from 'firebase-admin/firestore';
import { AppError, decodeCursor, encodeCursor } from '@nithet/shared';
import { clearFirestoreEmulator } from '../../../test/support/firestore-emulator';
import { mapFirestoreError } from './firestore-errors';
import { createFirestoreStore, type FirestoreStore } from './firestore-store';

// A project of its own, so clearing it cannot disturb the contract suite running in another worker.
const PROJECT = 'demo-nithet-firestore-adapter';
const host = () => {
  const h = process.env.FIRESTORE_EMULATOR_HOST;
  if (!h) throw new Error('FIRESTORE_EMULATOR_HOST is not set: the jest global setup starts the Firestore emulator');
  return h;
};
const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'resolved',
    (e: unknown) => (e instanceof AppError ? e.code : `not an AppError: ${String(e)}`),
  );

let store: FirestoreStore;
// The first call loads gRPC through jest's module registry (1.7–3.8 s measured on 2 cores), so warm up
// here with room to spare rather than inside a test's 5 s budget.
beforeAll(async () => {
  store = createFirestoreStore({ projectId: PROJECT, emulatorHost: host() });
  await store.get('warm-up', 'none');
}, 30_000);
beforeEach(() => clearFirestoreEmulator(host(), PROJECT));
afterAll(() => store.close());

describe('error mapping', () => {
  it('When Firestore fails with a gRPC status, then it becomes the matching AppError', () => {
    const grpc = (code: number) => Object.assign(new Error(`grpc ${code}`), { code });
    expect((mapFirestoreError(grpc(14)) as AppError).code).toBe('store/unavailable');
    expect((mapFirestoreError(grpc(4)) as AppError).code).toBe('store/unavailable');
    expect((mapFirestoreError(grpc(6)) as AppError).code).toBe('store/conflict');
    expect((mapFirestoreError(grpc(10)) as AppError).code).toBe('store/conflict');
    expect((mapFirestoreError(grpc(5)) as AppError).code).toBe('store/not-found');
    // What runTransaction throws after ~10 minutes without Firestore (measured against a stopped emulator).
    expect((mapFirestoreError(new Error('Exceeded maximum number of retries allowed.')) as AppError).code).toBe('store/unavailable');
  });

  it('When the error is not a Firestore status, then it passes through as the same object', () => {
    const own = new AppError('member/not-found', 'no member');
    const plain = new Error('boom');
    const invalid = Object.assign(new Error('bad query'), { code: 3 });
    expect(mapFirestoreError(own)).toBe(own);
    expect(mapFirestoreError(plain)).toBe(plain);
    expect(mapFirestoreError(invalid)).toBe(invalid);
  });

  it('When writes hit absent or existing documents, then the port codes come back', async () => {
    await store.set('c', 'a', { v: 1 });
    expect(await store.create('c', 'a', { v: 2 })).toBe(false);
    expect(await codeOf(store.update('c', 'absent', { v: 1 }))).toBe('store/not-found');
    expect(await codeOf(store.update('c', 'absent', {}))).toBe('store/not-found');
    expect(await codeOf(store.runTransaction(async (tx) => tx.update('c', 'absent', { v: 1 })))).toBe('store/not-found');
    expect(await codeOf(store.runTransaction(async (tx) => tx.create('c', 'a', { v: 3 })))).toBe('store/conflict');
    expect(await store.get('c', 'a')).toEqual({ v: 1 });
  });

  it("When a transaction's own function throws an AppError, then that very error is rethrown", async () => {
    const own = new AppError('network/not-found', 'no network');
    await expect(store.runTransaction(async () => Promise.reject(own))).rejects.toBe(own);
  });
});

describe('values', () => {
  it('When a top-level key contains a dot, then update treats it as one field, not a path', async () => {
    await store.set('c', 'a', { 'x.y': 1, x: { y: 2 } });
    await store.update('c', 'a', { 'x.y': 3 });
    expect(await store.get('c', 'a')).toEqual({ 'x.y': 3, x: { y: 2 } });
  });

  it('When another tool wrote a Timestamp, then it reads back as an ISO string', async () => {
    const app = initializeApp({ projectId: PROJECT }, 'timestamp-writer');
    const db = getFirestore(app);
    db.settings({ host: host(), ssl: false });
    await db.doc('c/t').set({ at: Timestamp.fromDate(new Date('2026-03-01T02:03:04.005Z')), nested: [{ at: Timestamp.fromMillis(0) }] });
    await db.terminate();
    await deleteApp(app);
    expect(await store.get('c', 't')).toEqual({ at: '2026-03-01T02:03:04.005Z', nested: [{ at: '1970-01-01T00:00:00.000Z' }] });
  });
});

describe('emulator', () => {
  it('When the project is cleared, then its documents are gone', async () => {
    await store.set('c', 'a', { v: 1 });
    await clearFirestoreEmulator(host(), PROJECT);
    expect(await store.get('c', 'a')).toBeNull();
  });

  it('When two stores on different projects live in one process, then they are isolated and close independently', async () => {
    const other = createFirestoreStore({ projectId: `${PROJECT}-other`, emulatorHost: host() });
    await other.set('c', 'a', { who: 'other' });
    expect(await store.get('c', 'a')).toBeNull();
    await store.set('c', 'a', { who: 'main' });
    await other.close();
    expect(await store.get('c', 'a')).toEqual({ who: 'main' });
    expect(await codeOf(other.get('c', 'a'))).toBe('store/unavailable');
  });
});

describe('cursors', () => {
  // 'Ａ' (U+FF21) sorts before the emoji in UTF-8 but after it in UTF-16, as Firestore's byte order shows.
  const names = ['สมศรี', 'กมล', 'ขวัญ', 'กมล', 'ไพลิน', 'เอ', 'ฉัตร', '🍎 นิเทศ', 'Ａ', 'ๆ'];

  it('When a cursor carries Thai text, then encode and decode round-trip it', () => {
    const cursor = encodeCursor(['ครูสมศรี ใจดี', 3, null], 'U1');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual({ v: ['ครูสมศรี ใจดี', 3, null], id: 'U1' });
  });

  it('When paging by a Thai field, then pages follow Firestore order (UTF-8 bytes, then id) without gaps', async () => {
    for (const [i, name] of names.entries()) await store.set('people', `p${i}`, { name, i });
    const expected = names
      .map((name, i) => ({ name, id: `p${i}` }))
      .sort((a, b) => Buffer.compare(Buffer.from(a.name), Buffer.from(b.name)) || (a.id < b.id ? -1 : 1))
      .map((d) => d.id);
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await store.query('people', { orderBy: [{ field: 'name' }], limit: 3, ...(after ? { after } : {}) });
      seen.push(...page.docs.map((d) => d.id));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it('When a range filter names a field outside orderBy, then paging follows the implicit order Firestore requires', async () => {
    for (const [i, name] of names.entries()) await store.set('people', `p${i}`, { name, i });
    const seen: string[] = [];
    let after: string | undefined;
    do {
      const page = await store.query('people', { where: [{ field: 'i', op: '>=', value: 2 }], limit: 4, ...(after ? { after } : {}) });
      seen.push(...page.docs.map((d) => d.id));
      after = page.nextCursor;
    } while (after);
    expect(seen).toEqual(['p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9']);
  });

  it('When a cursor does not fit the query order, then a Thai validation error is raised', async () => {
    const p = store.query('people', { orderBy: [{ field: 'name' }], limit: 2, after: encodeCursor([], 'p1') });
    expect(await codeOf(p)).toBe('validation/invalid-input');
  });
});

describe('metrics', () => {
  it('When operations run, then reads, writes, deletes and queries are counted as Firestore bills them', async () => {
    const m = createFirestoreStore({ projectId: PROJECT, emulatorHost: host() });
    try {
      await m.set('c', 'a', { v: 1 });
      await m.get('c', 'a');
      await m.query('c', { where: [{ field: 'v', op: '==', value: 9 }] });
      await m.runTransaction(async (tx) => {
        await tx.get('c', 'a');
        tx.update('c', 'a', { v: 2 });
        tx.delete('c', 'b');
      });
      expect(m.metrics).toEqual({ reads: 3, writes: 2, deletes: 1, queries: 1 });
    } finally {
      await m.close();
    }
  });
});
