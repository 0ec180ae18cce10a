// The index check's rules on Firestore's documented cases, firestore.indexes.json's own shape, and the queries whose
// index production depends on. Every query the whole test run executes is checked in jest's globalTeardown.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLLECTIONS } from '@nithet/shared';
import { checkShapes, indexServes, requiredIndex, type FileIndex, type QueryShape } from '../../scripts/jest/firestore-index-check';

const indexesJson = JSON.parse(readFileSync(resolve(__dirname, '../../firestore.indexes.json'), 'utf8')) as {
  indexes: FileIndex[];
  fieldOverrides: unknown[];
};
const q = (
  collection: string,
  where: Array<[string, string]>,
  orderBy: Array<[string, 'asc' | 'desc']> = [],
  kind: 'query' | 'count' = 'query',
): QueryShape => ({
  collection,
  kind,
  where: where.map(([field, op]) => ({ field, op })),
  orderBy: orderBy.map(([field, direction]) => ({ field, direction })),
});
const fieldsOf = (shape: QueryShape) => requiredIndex(shape)?.fields ?? null;

describe('When the check decides whether a query needs a composite index', () => {
  it('then equality filters alone, one range or one sort use the automatic single-field indexes', () => {
    expect(
      fieldsOf(
        q('members', [
          ['areaId', '=='],
          ['status', '=='],
          ['roles', 'in'],
        ]),
      ),
    ).toBeNull();
    expect(fieldsOf(q('outbox', [['updatedAt', '<']], [['updatedAt', 'asc']]))).toBeNull();
    expect(fieldsOf(q('auditLog', [], [['at', 'desc']]))).toBeNull();
    expect(fieldsOf(q('planActivities', [['networkIds', 'array-contains']]))).toBeNull();
    expect(fieldsOf(q('auditLog', [['areaId', '==']], [['areaId', 'desc']]))).toBeNull();
  });

  it('then an equality with a sort or range on another field needs one: equality fields first, the order last', () => {
    expect(fieldsOf(q('auditLog', [['areaId', '==']], [['at', 'desc']]))).toEqual([
      { fieldPath: 'areaId', order: 'ASCENDING' },
      { fieldPath: 'at', order: 'DESCENDING' },
    ]);
    expect(
      fieldsOf(
        q(
          'outbox',
          [
            ['status', 'in'],
            ['nextAttemptAt', '<='],
          ],
          [['nextAttemptAt', 'asc']],
        ),
      ),
    ).toEqual([
      { fieldPath: 'status', order: 'ASCENDING' },
      { fieldPath: 'nextAttemptAt', order: 'ASCENDING' },
    ]);
    // A count orders by its inequality field.
    expect(
      fieldsOf(
        q(
          'validationFailures',
          [
            ['areaId', '=='],
            ['at', '>='],
          ],
          [],
          'count',
        ),
      ),
    ).toEqual([
      { fieldPath: 'areaId', order: 'ASCENDING' },
      { fieldPath: 'at', order: 'ASCENDING' },
    ]);
  });

  it('then two sort fields, or array-contains with another filter, need one too', () => {
    expect(
      fieldsOf(
        q(
          'seminars',
          [],
          [
            ['startsAt', 'asc'],
            ['title', 'asc'],
          ],
        ),
      ),
    ).toHaveLength(2);
    expect(
      fieldsOf(
        q('formResponses', [
          ['roundId', '=='],
          ['groups.networkIds', 'array-contains'],
        ]),
      ),
    ).toEqual([
      { fieldPath: 'roundId', order: 'ASCENDING' },
      { fieldPath: 'groups.networkIds', arrayConfig: 'CONTAINS' },
    ]);
  });

  it('then an index serves a query when its equality fields match in any order and its order fields match exactly', () => {
    const required = requiredIndex(
      q(
        'rsvps',
        [
          ['seminarId', '=='],
          ['status', '=='],
        ],
        [['ticket', 'asc']],
      ),
    )!;
    const index = (fields: Array<[string, string]>): FileIndex => ({
      collectionGroup: 'rsvps',
      queryScope: 'COLLECTION',
      fields: fields.map(([fieldPath, order]) => ({ fieldPath, order })),
    });
    expect(
      indexServes(
        index([
          ['status', 'ASCENDING'],
          ['seminarId', 'DESCENDING'],
          ['ticket', 'ASCENDING'],
        ]),
        required,
      ),
    ).toBe(true);
    expect(
      indexServes(
        index([
          ['seminarId', 'ASCENDING'],
          ['status', 'ASCENDING'],
          ['ticket', 'ASCENDING'],
          ['__name__', 'ASCENDING'],
        ]),
        required,
      ),
    ).toBe(true);
    expect(
      indexServes(
        index([
          ['seminarId', 'ASCENDING'],
          ['status', 'ASCENDING'],
          ['ticket', 'DESCENDING'],
        ]),
        required,
      ),
    ).toBe(false);
    expect(
      indexServes(
        index([
          ['seminarId', 'ASCENDING'],
          ['ticket', 'ASCENDING'],
        ]),
        required,
      ),
    ).toBe(false);
    expect(
      indexServes(
        {
          ...index([
            ['seminarId', 'ASCENDING'],
            ['status', 'ASCENDING'],
            ['ticket', 'ASCENDING'],
          ]),
          collectionGroup: 'seminars',
        },
        required,
      ),
    ).toBe(false);
  });

  it('then a missing index is reported with the JSON to add', () => {
    const { missing } = checkShapes([q('plans', [['areaId', '==']], [['yearBE', 'desc']])], { indexes: [] });
    expect(missing).toHaveLength(1);
    expect(missing[0]!.required.fields).toEqual([
      { fieldPath: 'areaId', order: 'ASCENDING' },
      { fieldPath: 'yearBE', order: 'DESCENDING' },
    ]);
  });
});

describe('firestore.indexes.json', () => {
  it('When it is deployed, then every index is well-formed, on a collection the server uses, and listed once', () => {
    const known = new Set<string>([...Object.values(COLLECTIONS), 'jobRuns', 'seminarReminders', 'formRoundReminders', 'formNudges']);
    const seen = new Set<string>();
    for (const ix of indexesJson.indexes) {
      expect(known.has(ix.collectionGroup)).toBe(true);
      expect(ix.queryScope).toBe('COLLECTION');
      expect(ix.fields.length).toBeGreaterThanOrEqual(2);
      for (const f of ix.fields) {
        expect(typeof f.fieldPath).toBe('string');
        expect(Number(f.order !== undefined) + Number(f.arrayConfig !== undefined)).toBe(1);
        if (f.order) expect(['ASCENDING', 'DESCENDING']).toContain(f.order);
        if (f.arrayConfig) expect(f.arrayConfig).toBe('CONTAINS');
      }
      const key = JSON.stringify([ix.collectionGroup, ix.fields]);
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it('When the outbox dispatcher and the audit log query Firestore, then their indexes are there', () => {
    // The queries production cannot live without, spelled as the code runs them (bot/src/outbox/outbox-store.ts,
    // shared/src/use-cases/audit/audit-log.ts); the teardown check covers every other query the tests ran.
    const critical = [
      q(
        COLLECTIONS.outbox,
        [
          ['status', 'in'],
          ['nextAttemptAt', '<='],
        ],
        [['nextAttemptAt', 'asc']],
      ),
      q(COLLECTIONS.outbox, [['status', 'in']], [['nextAttemptAt', 'asc']]),
      q(COLLECTIONS.auditLog, [['areaId', '==']], [['at', 'desc']]),
    ];
    expect(checkShapes(critical, indexesJson).missing).toEqual([]);
  });
});
