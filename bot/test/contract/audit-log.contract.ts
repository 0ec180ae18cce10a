// The audit log on both real stores: one entry per change in the change's own transaction, none for a refused
// change, read back newest first a page at a time, filtered by kind and Bangkok dates, never across offices.
import { randomUUID } from 'node:crypto';
import {
  AppError,
  ManualClock,
  archiveNetwork,
  createNetwork,
  createRepositories,
  listAuditLog,
  loadDataQualityFigures,
  memberDocId,
  newMember,
  newNetwork,
  purgeOldAuditEntries,
  recordAudit,
  recordValidationFailure,
  updateNetwork,
  type Actor,
  type AuditEntity,
  type Member,
  type Repositories,
} from '@nithet/shared';
import { storeFactories } from '../support/store-factories';

const ids = { newId: () => randomUUID().replace(/-/g, '').slice(0, 20) };
const user = (n: number) => `U${(0xa0d170 + n).toString(16).padStart(32, '0')}`;

function supervisor(areaId: string): Member {
  const m = newMember({ areaId, lineUserId: user(1), displayName: 'line name' }, '2027-01-01T00:00:00.000Z');
  return {
    ...m,
    roles: ['teacher', 'supervisor'],
    registeredAt: m.createdAt,
    profile: {
      title: 'นาง',
      firstName: 'วิไล',
      lastName: 'นิเทศ',
      schoolCode: '1040010001',
      position: 'supervisor',
      subjects: ['การนิเทศ'],
      levels: ['primary'],
    },
  };
}

const body = { name: 'ชุมชนครูวิทยาศาสตร์', kind: 'teacher-community', level: 'office', joinCode: 'SCI2570', joinPolicy: 'open' };

describe.each(storeFactories)('Audit log on $name', (factory) => {
  let repos: Repositories;
  let areaId: string;
  let actor: Actor;
  const clock = new ManualClock(new Date('2027-02-10T02:00:00.000Z'));
  beforeAll(async () => {
    repos = createRepositories(factory.open(`audit-${randomUUID()}`));
    await repos.store.get('warm-up', 'x');
  }, 30_000);
  afterAll(async () => {
    await repos.store.close();
  });
  beforeEach(async () => {
    areaId = `a-${randomUUID().slice(0, 8)}`;
    actor = { memberId: memberDocId(areaId, user(1)), areaId, roles: ['supervisor'], coordinatorOf: [] };
    await repos.members.put(supervisor(areaId));
  });

  it('When a supervisor creates, edits and archives a network, then each change is one entry, newest first, with who', async () => {
    const deps = { repos, clock, ids };
    const created = await createNetwork(deps, actor, { ...body, joinCode: `S${areaId.slice(2)}` });
    clock.advance(60_000);
    await updateNetwork(deps, actor, created.id, { name: 'ชุมชนครูวิทยาศาสตร์ ประถม', joinPolicy: 'approval' });
    clock.advance(60_000);
    await updateNetwork(deps, actor, created.id, { name: 'ชุมชนครูวิทยาศาสตร์ ประถม' }); // no change: no entry
    await archiveNetwork(deps, actor, created.id);

    const log = await listAuditLog(repos, actor, {});
    expect(log.entries.map((e) => [e.entity, e.entityId, e.action, e.summary, e.actorName])).toEqual([
      ['network', created.id, 'status', 'ปิดใช้งานเครือข่าย “ชุมชนครูวิทยาศาสตร์ ประถม”', 'นางวิไล นิเทศ'],
      ['network', created.id, 'update', 'แก้ไขข้อมูลเครือข่าย “ชุมชนครูวิทยาศาสตร์ ประถม” (2 รายการ)', 'นางวิไล นิเทศ'],
      ['network', created.id, 'create', 'สร้างเครือข่าย “ชุมชนครูวิทยาศาสตร์”', 'นางวิไล นิเทศ'],
    ]);
    expect(log.entries[1]!.changes).toEqual([
      { field: 'name', from: 'ชุมชนครูวิทยาศาสตร์', to: 'ชุมชนครูวิทยาศาสตร์ ประถม' },
      { field: 'joinPolicy', from: 'open', to: 'approval' },
    ]);
    expect(log).toMatchObject({ nextCursor: null, retentionYears: 5 });
  });

  it('When an edit is refused (join code taken), then neither the network nor the log changes', async () => {
    const deps = { repos, clock, ids };
    const a = await createNetwork(deps, actor, { ...body, joinCode: `A${areaId.slice(2)}` });
    await createNetwork(deps, actor, { ...body, name: 'อีกเครือข่าย', joinCode: `B${areaId.slice(2)}` });
    const before = (await listAuditLog(repos, actor, {})).entries.length;
    const refused = updateNetwork(deps, actor, a.id, { name: 'ชื่อใหม่', joinCode: `B${areaId.slice(2)}` });
    await expect(refused).rejects.toBeInstanceOf(AppError);
    expect((await repos.networks.get(a.id))!.name).toBe(body.name);
    expect((await listAuditLog(repos, actor, {})).entries).toHaveLength(before);
  });

  it('When the log is paged and filtered, then pages follow the cursor, kinds and Bangkok days filter, other offices never show', async () => {
    const at = [
      '2027-01-31T16:59:00.000Z',
      '2027-01-31T17:00:00.000Z',
      '2027-02-01T05:00:00.000Z',
      '2027-02-02T05:00:00.000Z',
      '2027-02-03T05:00:00.000Z',
    ];
    const entities: AuditEntity[] = ['network', 'formRound', 'network', 'settings', 'network'];
    const other = `o-${randomUUID().slice(0, 8)}`;
    await repos.store.runTransaction(async (tx) => {
      at.forEach((t, i) =>
        recordAudit(repos, ids, tx, {
          areaId,
          at: t,
          actorMemberId: i === 1 ? null : actor.memberId,
          entity: entities[i]!,
          entityId: `e${i}`,
          action: 'update',
          summary: `รายการที่ ${i}`,
        }),
      );
      recordAudit(repos, ids, tx, {
        areaId: other,
        at: at[4]!,
        actorMemberId: null,
        entity: 'network',
        entityId: 'x',
        action: 'update',
        summary: 'เขตอื่น',
      });
    });
    const summaries = (r: { entries: Array<{ summary: string }> }) => r.entries.map((e) => e.summary);
    const first = await listAuditLog(repos, actor, { limit: '2' });
    expect(summaries(first)).toEqual(['รายการที่ 4', 'รายการที่ 3']);
    const second = await listAuditLog(repos, actor, { limit: '2', after: first.nextCursor! });
    expect(summaries(second)).toEqual(['รายการที่ 2', 'รายการที่ 1']);
    expect(second.entries[1]!.actorName).toBe('ระบบ (งานอัตโนมัติ)');
    const third = await listAuditLog(repos, actor, { limit: '2', after: second.nextCursor! });
    expect([summaries(third), third.nextCursor]).toEqual([['รายการที่ 0'], null]);

    expect(summaries(await listAuditLog(repos, actor, { entity: 'network' }))).toEqual(['รายการที่ 4', 'รายการที่ 2', 'รายการที่ 0']);
    // 1 ก.พ. 2570 in Bangkok starts at 17.00 UTC on 31 January: entry 0 is the day before.
    expect(summaries(await listAuditLog(repos, actor, { from: '2027-02-01', to: '2027-02-02' }))).toEqual([
      'รายการที่ 3',
      'รายการที่ 2',
      'รายการที่ 1',
    ]);
    expect(summaries(await listAuditLog(repos, actor, { entity: 'network', from: '2027-02-01' }))).toEqual(['รายการที่ 4', 'รายการที่ 2']);

    const bad = listAuditLog(repos, actor, { from: '2027-02-05', to: '2027-02-01' });
    await expect(bad).rejects.toMatchObject({ code: 'validation/invalid-input' });
    const teacher: Actor = { ...actor, roles: ['teacher'] };
    await expect(listAuditLog(repos, teacher, {})).rejects.toMatchObject({ code: 'auth/forbidden' });
  });

  it('When the daily purge runs, then entries older than five years go and newer ones stay', async () => {
    // Long ago, so the purge (which spans every office) touches nothing another test on this emulator wrote.
    const now = new Date('1995-03-01T00:00:00.000Z');
    await repos.store.runTransaction(async (tx) => {
      for (const t of ['1990-02-28T23:59:00.000Z', '1990-03-01T00:01:00.000Z'])
        recordAudit(repos, ids, tx, {
          areaId,
          at: t,
          actorMemberId: null,
          entity: 'settings',
          entityId: areaId,
          action: 'update',
          summary: t,
        });
    });
    await purgeOldAuditEntries(repos.store, now);
    expect((await listAuditLog(repos, actor, { entity: 'settings' })).entries.map((e) => e.summary)).toEqual(['1990-03-01T00:01:00.000Z']);
  });

  it('When the figures are read from the store, then duplicates, gaps, stale records and refusals this year are counted exactly', async () => {
    const now = new Date('2027-03-15T03:00:00.000Z');
    const registered = (n: number, firstName: string, confirmedAt: string | null): Member => ({
      ...supervisor(areaId),
      id: memberDocId(areaId, user(n)),
      lineUserId: user(n),
      roles: ['teacher'],
      profile: { ...supervisor(areaId).profile!, firstName, position: 'teacher', subjects: ['ภาษาไทย'] },
      profileConfirmedAt: confirmedAt,
    });
    await repos.members.put({ ...supervisor(areaId), profileConfirmedAt: '2027-03-01T00:00:00.000Z' });
    await repos.members.put(registered(2, 'วิไล', '2027-03-01T00:00:00.000Z')); // same name + school as the supervisor
    await repos.members.put(registered(3, 'มานะ', null)); // never confirmed
    await repos.members.put(newMember({ areaId, lineUserId: user(4), displayName: 'x' }, '2027-01-01T00:00:00.000Z')); // not registered
    await repos.networks.put(
      newNetwork(
        { id: `n1-${areaId}`, areaId, name: 'เครือข่ายครูแกนนำ', kind: 'individual', level: 'office', joinCode: 'NET1', joinPolicy: 'open' },
        '2026-05-01T00:00:00.000Z',
      ),
    );
    for (const at of ['2026-12-31T16:00:00.000Z', '2027-01-05T00:00:00.000Z', '2027-03-01T00:00:00.000Z'])
      await recordValidationFailure(repos.store, ids, { areaId, at: new Date(at), kind: 'profile', fields: ['phone'] });

    const figures = await loadDataQualityFigures(repos, areaId, now);
    expect(figures.accurate).toMatchObject({ total: 4, problems: 1, percent: 75, validationFailures: 2 });
    expect(figures.complete).toMatchObject({ total: 4, missingProfiles: 1, expectedResponses: 0, percent: 75 });
    expect(figures.current).toMatchObject({ total: 4, staleProfiles: 1, networksNotUpdated: 1, percent: 50 });
  });
});
