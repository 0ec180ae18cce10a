// One contract for the storage port, run unchanged against SQLite and Google's Firestore emulator.
import { AppError, type DocData, type DocumentStore } from '@nithet/shared';
import { storeFactories } from '../support/store-factories';

const unique = (name: string) => `${name}_${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

const expectAppError = async (p: Promise<unknown>, code: string) => {
  await expect(p).rejects.toBeInstanceOf(AppError);
  await p.catch((e: AppError) => expect(e.code).toBe(code));
};

describe.each(storeFactories)('Document store contract on $name', (factory) => {
  let store: DocumentStore;
  beforeAll(async () => {
    store = factory.open('main');
    // The first Firestore call loads gRPC (seconds under load); keep that out of the first test's time.
    await store.get('warm-up', 'x');
  }, 30_000);
  afterAll(async () => {
    await store.close();
  });

  describe('documents', () => {
    it('When a document does not exist, then get answers null', async () => {
      expect(await store.get(unique('c'), 'nope')).toBeNull();
    });

    it('When a document with Thai text, nesting, arrays and null is set, then it reads back identically', async () => {
      const c = unique('members');
      const data: DocData = {
        name: 'ครูสมศรี ใจดี',
        school: { code: '1040012', name: 'โรงเรียนบ้านหนองบัว (ประชาสามัคคี)' },
        subjects: ['คณิตศาสตร์', 'วิทยาศาสตร์'],
        levels: [],
        score: 4.5,
        count: 3,
        active: true,
        phone: null,
        emoji: '🍎 นิเทศ',
      };
      await store.set(c, 'U1', data);
      expect(await store.get(c, 'U1')).toEqual(data);
    });

    it('When several documents are read at once, then they come in the order asked, null where absent', async () => {
      const c = unique('many');
      await store.set(c, 'b', { n: 'ข' });
      await store.set(c, 'a', { n: 'ก' });
      expect(await store.getMany(c, ['a', 'zz', 'b', 'a'])).toEqual([{ n: 'ก' }, null, { n: 'ข' }, { n: 'ก' }]);
      expect(await store.getMany(c, [])).toEqual([]);
    });

    it('When set is called on an existing document, then the old fields are gone', async () => {
      const c = unique('c');
      await store.set(c, 'a', { x: 1, y: 2 });
      await store.set(c, 'a', { x: 3 });
      expect(await store.get(c, 'a')).toEqual({ x: 3 });
    });

    it('When create-if-absent is called twice, then only the first creates and the data is kept', async () => {
      const c = unique('c');
      expect(await store.create(c, 'k', { v: 'first' })).toBe(true);
      expect(await store.create(c, 'k', { v: 'second' })).toBe(false);
      expect(await store.get(c, 'k')).toEqual({ v: 'first' });
    });

    it('When 20 callers race to create the same document, then exactly one wins', async () => {
      const c = unique('events');
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.create(c, 'evt-1', { by: i })));
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = results.indexOf(true);
      expect(await store.get(c, 'evt-1')).toEqual({ by: winner });
    });

    it('When 50 different documents are created at once (a busy webhook), then each caller learns it made its own', async () => {
      const c = unique('marks');
      await store.create(c, 'e7', { by: 'earlier' });
      const made = await Promise.all(Array.from({ length: 50 }, (_, i) => store.create(c, `e${i}`, { by: i })));
      expect(made).toEqual(Array.from({ length: 50 }, (_, i) => i !== 7));
      expect(await store.getMany(c, ['e0', 'e7', 'e49'])).toEqual([{ by: 0 }, { by: 'earlier' }, { by: 49 }]);
    });

    it('When update is called, then only the named top-level fields change', async () => {
      const c = unique('c');
      await store.set(c, 'a', { name: 'ก', profile: { x: 1, y: 2 }, keep: true });
      await store.update(c, 'a', { profile: { x: 9 }, extra: 'ข' });
      expect(await store.get(c, 'a')).toEqual({ name: 'ก', profile: { x: 9 }, keep: true, extra: 'ข' });
    });

    it('When updating a missing document, then store/not-found is raised and nothing is created', async () => {
      const c = unique('c');
      await expectAppError(store.update(c, 'missing', { a: 1 }), 'store/not-found');
      expect(await store.get(c, 'missing')).toBeNull();
    });

    it('When deleting, then the document is gone and deleting again is harmless', async () => {
      const c = unique('c');
      await store.set(c, 'a', { v: 1 });
      await store.delete(c, 'a');
      await store.delete(c, 'a');
      expect(await store.get(c, 'a')).toBeNull();
    });
  });

  describe('queries', () => {
    const c = unique('teachers');
    const rows: Array<[string, DocData]> = [
      ['t1', { area: 'esa-1', name: 'กมล', age: 31, levels: ['primary'], active: true, school: { code: 'S1' } }],
      ['t2', { area: 'esa-1', name: 'ขวัญ', age: 45, levels: ['primary', 'early-childhood'], active: false, school: { code: 'S2' } }],
      ['t3', { area: 'esa-1', name: 'คณิน', age: 28, levels: ['lower-secondary'], active: true, school: { code: 'S1' } }],
      ['t4', { area: 'esa-2', name: 'งามตา', age: 52, levels: ['primary'], active: true, school: { code: 'S9' } }],
      ['t5', { area: 'esa-1', name: 'จันทร์', levels: [], active: true, school: { code: 'S3' } }],
    ];
    beforeAll(async () => {
      for (const [id, d] of rows) await store.set(c, id, d);
    });
    const ids = (page: { docs: Array<{ id: string }> }) => page.docs.map((d) => d.id);

    it('When filtering by equality on a string, a boolean and a nested field, then only matches return', async () => {
      expect(ids(await store.query(c, { where: [{ field: 'area', op: '==', value: 'esa-1' }] }))).toEqual(['t1', 't2', 't3', 't5']);
      expect(ids(await store.query(c, { where: [{ field: 'active', op: '==', value: false }] }))).toEqual(['t2']);
      expect(ids(await store.query(c, { where: [{ field: 'school.code', op: '==', value: 'S1' }] }))).toEqual(['t1', 't3']);
      expect(ids(await store.query(c, { where: [{ field: 'name', op: '==', value: 'งามตา' }] }))).toEqual(['t4']);
    });

    it('When filtering with in, array-contains and a range, then Firestore semantics hold', async () => {
      expect(ids(await store.query(c, { where: [{ field: 'school.code', op: 'in', value: ['S2', 'S9'] }] }))).toEqual(['t2', 't4']);
      expect(ids(await store.query(c, { where: [{ field: 'levels', op: 'array-contains', value: 'primary' }] }))).toEqual([
        't1',
        't2',
        't4',
      ]);
      expect(ids(await store.query(c, { where: [{ field: 'age', op: '>=', value: 31 }], orderBy: [{ field: 'age' }] }))).toEqual([
        't1',
        't2',
        't4',
      ]);
      expect(ids(await store.query(c, { where: [{ field: 'age', op: '<', value: 31 }], orderBy: [{ field: 'age' }] }))).toEqual(['t3']);
    });

    it('When ordering, then documents without the field are left out and desc reverses', async () => {
      expect(ids(await store.query(c, { orderBy: [{ field: 'age', direction: 'desc' }] }))).toEqual(['t4', 't2', 't1', 't3']);
      expect(ids(await store.query(c, { where: [{ field: 'area', op: '==', value: 'esa-1' }], orderBy: [{ field: 'name' }] }))).toEqual([
        't1',
        't2',
        't3',
        't5',
      ]);
    });

    it('When counting, then the number matches the filter', async () => {
      expect(await store.count(c)).toBe(5);
      expect(
        await store.count(c, [
          { field: 'active', op: '==', value: true },
          { field: 'area', op: '==', value: 'esa-1' },
        ]),
      ).toBe(3);
    });
  });

  describe('pagination', () => {
    it('When paging 25 documents with ties in the order field, then every document comes exactly once, in order', async () => {
      const c = unique('pages');
      for (let i = 0; i < 25; i += 1) await store.set(c, `m${String(i).padStart(2, '0')}`, { school: `S${i % 3}`, n: i });
      for (const direction of ['asc', 'desc'] as const) {
        const seen: string[] = [];
        let after: string | undefined;
        let pages = 0;
        do {
          const page = await store.query(c, { orderBy: [{ field: 'school', direction }], limit: 10, ...(after ? { after } : {}) });
          seen.push(...page.docs.map((d) => `${d.data.school as string}|${d.id}`));
          after = page.nextCursor;
          pages += 1;
        } while (after && pages < 10);
        expect(pages).toBe(3);
        expect(new Set(seen).size).toBe(25);
        const sorted = [...seen].sort();
        expect(seen).toEqual(direction === 'asc' ? sorted : sorted.reverse());
      }
    });

    it('When a cursor is garbage, then a validation error in Thai is raised', async () => {
      const p = store.query(unique('c'), { orderBy: [{ field: 'x' }], limit: 5, after: '%%%not-a-cursor' });
      await expectAppError(p, 'validation/invalid-input');
    });
  });

  describe('transactions', () => {
    const increment = (s: DocumentStore, c: string) =>
      s.runTransaction(async (tx) => {
        const doc = await tx.get(c, 'counter');
        const n = (doc?.n as number | undefined) ?? 0;
        tx.set(c, 'counter', { n: n + 1 });
        return n + 1;
      });

    it('When 10 transactions increment one counter at once, then no update is lost', async () => {
      const c = unique('counters');
      const results = await Promise.all(Array.from({ length: 10 }, () => increment(store, c)));
      expect(await store.get(c, 'counter')).toEqual({ n: 10 });
      expect([...results].sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }, 60_000);

    it('When two store instances on the same database contend, then no update is lost', async () => {
      const c = unique('counters');
      const other = factory.open('main');
      try {
        await Promise.all(Array.from({ length: 6 }, (_, i) => increment(i % 2 ? other : store, c)));
        expect(await store.get(c, 'counter')).toEqual({ n: 6 });
      } finally {
        await other.close();
      }
    }, 60_000);

    it('When a transaction fails after queuing writes, then nothing is written', async () => {
      const c = unique('c');
      await store.set(c, 'a', { v: 1 });
      const p = store.runTransaction(async (tx) => {
        await tx.get(c, 'a');
        tx.set(c, 'a', { v: 2 });
        tx.set(c, 'b', { v: 'new' });
        throw new Error('boom');
      });
      await expect(p).rejects.toThrow('boom');
      expect(await store.get(c, 'a')).toEqual({ v: 1 });
      expect(await store.get(c, 'b')).toBeNull();
    });

    it('When a transaction creates a document that exists, then it fails with store/conflict and writes nothing', async () => {
      const c = unique('c');
      await store.set(c, 'taken', { v: 1 });
      const p = store.runTransaction(async (tx) => {
        tx.set(c, 'side', { v: 'x' });
        tx.create(c, 'taken', { v: 2 });
      });
      await expectAppError(p, 'store/conflict');
      expect(await store.get(c, 'taken')).toEqual({ v: 1 });
      expect(await store.get(c, 'side')).toBeNull();
    });

    it('When a transaction moves a seat between two documents, then the total stays the same and the result returns', async () => {
      const c = unique('seats');
      await store.set(c, 'a', { seats: 5 });
      await store.set(c, 'b', { seats: 0 });
      const move = () =>
        store.runTransaction(async (tx) => {
          const [a, b] = [await tx.get(c, 'a'), await tx.get(c, 'b')];
          const sa = a?.seats as number;
          if (sa === 0) return false;
          tx.update(c, 'a', { seats: sa - 1 });
          tx.update(c, 'b', { seats: (b?.seats as number) + 1 });
          return true;
        });
      const moved = await Promise.all(Array.from({ length: 8 }, move));
      expect(moved.filter(Boolean)).toHaveLength(5);
      expect(await store.get(c, 'a')).toEqual({ seats: 0 });
      expect(await store.get(c, 'b')).toEqual({ seats: 5 });
    }, 60_000);

    it('When a transaction queries, then it sees the committed documents and can write from them', async () => {
      const c = unique('c');
      await store.set(c, 'x1', { area: 'esa-1', n: 1 });
      await store.set(c, 'x2', { area: 'esa-1', n: 2 });
      const total = await store.runTransaction(async (tx) => {
        const page = await tx.query(c, { where: [{ field: 'area', op: '==', value: 'esa-1' }] });
        const sum = page.docs.reduce((s, d) => s + (d.data.n as number), 0);
        tx.set(c, 'total', { sum });
        return sum;
      });
      expect(total).toBe(3);
      expect(await store.get(c, 'total')).toEqual({ sum: 3 });
    });
  });
});
