// The Form 3 report's record on both real stores: the draft holds the dashboard's figures, two supervisors pressing
// "generate" at once make one report, two publishing at once publish it once, and every change has its audit entry.
import { randomUUID } from 'node:crypto';
import {
  AppError,
  ManualClock,
  createRepositories,
  cycleFigures,
  generateReport,
  publishReport,
  transitionReport,
  type Actor,
  type Repositories,
  type StoredReportFile,
} from '@nithet/shared';
import { storeFactories } from '../support/store-factories';
import { CYCLE, NOW, seedCycle, type Seeded } from '../support/cycle-seed';

jest.setTimeout(120_000);

const ids = () => {
  let n = 0;
  return { newId: () => `${randomUUID().slice(0, 8)}${(n += 1)}` };
};
const file = (kind: string): StoredReportFile => ({
  key: `reports/x/${kind}`,
  contentType: 'application/octet-stream',
  bytes: 1,
  sha256: '0'.repeat(64),
});
const files = { docx: file('docx'), pdf: file('pdf'), xlsx: file('xlsx') };

describe.each(storeFactories)('The Form 3 report on $name', (factory) => {
  let repos: Repositories;
  let seeded: Seeded;
  let second: Actor;
  const deps = () => ({ repos, clock: new ManualClock(new Date(NOW)), ids: ids() });
  beforeAll(async () => {
    repos = createRepositories(factory.open());
    seeded = await seedCycle(repos, `area-${randomUUID().slice(0, 8)}`);
    second = { ...seeded.supervisor, memberId: `${seeded.areaId}:second` };
  });
  afterAll(() => repos.store.close());

  it('When two supervisors generate the same cycle at once, then there is one report holding the dashboard’s figures', async () => {
    const [a, b] = await Promise.all([
      generateReport(deps(), { actor: seeded.supervisor, name: 'ศน. หนึ่ง' }, { cycle: CYCLE }),
      generateReport(deps(), { actor: second, name: 'ศน. สอง' }, { cycle: CYCLE }),
    ]);
    expect([a.report.id, b.report.id]).toEqual([`${seeded.areaId}:2570-fiscal:v1`, `${seeded.areaId}:2570-fiscal:v1`]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    const stored = (await repos.reports.get(a.report.id))!;
    expect(stored.figures).toEqual(await cycleFigures(repos, seeded.areaId, CYCLE, { clock: new ManualClock(new Date(NOW)) }));
    expect(stored.dataQuality?.complete.total).toBeGreaterThan(0);
    const audit = (await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: seeded.areaId }] })).items.filter(
      (e) => e.entity === 'report',
    );
    expect(audit.map((e) => e.action).sort()).toEqual(['create', 'update']);
  });

  it('When the report is reviewed, approved and published by two supervisors at once, then it is published once', async () => {
    const id = `${seeded.areaId}:2570-fiscal:v1`;
    const author = (await repos.reports.get(id))!.drafted.memberId === seeded.supervisor.memberId ? seeded.supervisor : second;
    const approver = author === second ? seeded.supervisor : second;
    await transitionReport(deps(), { actor: author, name: 'ผู้จัดทำ' }, id, 'review');
    const self = await transitionReport(deps(), { actor: author, name: 'ผู้จัดทำ' }, id, 'approve').catch((e: AppError) => e.code);
    expect(self).toBe('report/self-approval');
    await transitionReport(deps(), { actor: approver, name: 'ผู้อนุมัติ' }, id, 'approve');
    const at = new Date(NOW).toISOString();
    const results = await Promise.all(
      [seeded.supervisor, second].map((actor, i) =>
        publishReport(deps(), { actor, name: `ศน. ${i}` }, id, { at, publicId: `public-${i}-0123456789abcdef`, files, networkIds: [] }),
      ),
    );
    expect(results.map((r) => r.changed).sort()).toEqual([false, true]);
    const published = (await repos.reports.get(id))!;
    expect(published.status).toBe('published');
    expect(results.find((r) => r.changed)!.report.publicId).toBe(published.publicId);
    const statuses = (await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: seeded.areaId }] })).items
      .filter((e) => e.entity === 'report' && e.action === 'status')
      .map((e) => e.changes[0]?.to)
      .sort();
    expect(statuses).toEqual(['approved', 'published', 'reviewed']);
  });
});
