// SQLite specifics the shared contract cannot see: a data file from before the indexes were partial keeps working.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createSqliteStore } from './sqlite-store';

describe('When the server starts on a data file whose expression indexes predate the partial ones', () => {
  it('then the indexes are rebuilt as partial, every document stays and indexed queries still find them', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'nithet-sqlite-')), 'nithet.sqlite');
    const old = new DatabaseSync(file);
    old.exec(`CREATE TABLE docs (collection TEXT NOT NULL, id TEXT NOT NULL, rev INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (collection, id)) WITHOUT ROWID;
      CREATE INDEX docs_by_memberId ON docs (collection, json_extract(data, '$."memberId"'));
      CREATE INDEX docs_by_expireAt ON docs (collection, json_extract(data, '$."expireAt"'));`);
    const insert = old.prepare('INSERT INTO docs (collection, id, rev, data) VALUES (?, ?, 1, ?)');
    for (let i = 0; i < 30; i++) insert.run('memberships', `n_m${i}`, JSON.stringify({ memberId: `m${i % 3}`, networkId: 'n' }));
    insert.run('processedEvents', 'e1', JSON.stringify({ expireAt: '2026-01-01T00:00:00.000Z' }));
    insert.run('processedEvents', 'e2', JSON.stringify({ expireAt: '2027-01-01T00:00:00.000Z' }));
    old.close();

    const store = createSqliteStore({ file });
    const mine = await store.query('memberships', { where: [{ field: 'memberId', op: '==', value: 'm1' }] });
    expect(mine.docs).toHaveLength(10);
    const expired = await store.query('processedEvents', {
      where: [{ field: 'expireAt', op: '<', value: '2026-06-01T00:00:00.000Z' }],
      orderBy: [{ field: 'expireAt' }],
    });
    expect(expired.docs.map((d) => d.id)).toEqual(['e1']);
    expect(await store.count('memberships', [{ field: 'networkId', op: '==', value: 'n' }])).toBe(30);
    await store.close();

    const after = new DatabaseSync(file);
    const sql = after.prepare("SELECT sql FROM sqlite_master WHERE type = 'index' AND name LIKE 'docs_by_%'").all() as Array<{
      sql: string;
    }>;
    after.close();
    expect(sql.length).toBeGreaterThanOrEqual(7);
    for (const { sql: ddl } of sql) expect(ddl).toMatch(/WHERE json_extract\(data, '\$\."\w+"'\) IS NOT NULL$/);
  });
});
