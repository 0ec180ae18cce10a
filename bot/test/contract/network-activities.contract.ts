// The network development log on both real stores: each change and its audit entry land together, evidence files
// follow their records, and another network's coordinator or another office changes nothing.
import { randomUUID } from 'node:crypto';
import {
  addEvidence,
  createMemoryFileStore,
  createNetworkActivity,
  createRepositories,
  deleteNetworkActivity,
  memberDocId,
  membershipDocId,
  newMember,
  newNetwork,
  newSeminar,
  removeLibraryItem,
  rsvpDocId,
  systemClock,
  updateNetworkActivity,
  type Actor,
  type AuditEntry,
  type Repositories,
} from '@nithet/shared';
import { storeFactories } from '../support/store-factories';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 0xff, 0xd9]);
const DAY = 24 * 3600_000;
const ids = { newId: () => randomUUID().replace(/-/g, '').slice(0, 20) };
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** An office with a network, a coordinator of it, three members and a seminar two of them checked in to. */
async function office(repos: Repositories) {
  const areaId = `area-${randomUUID().slice(0, 8)}`;
  const now = new Date().toISOString();
  const network = newNetwork(
    {
      id: `net-${randomUUID().slice(0, 8)}`,
      areaId,
      name: 'เครือข่ายครูแกนนำ',
      kind: 'individual',
      level: 'office',
      joinCode: 'LEAD01',
      joinPolicy: 'open',
    },
    now,
  );
  await repos.networks.put(network);
  const people = [1, 2, 3].map((n) => {
    const userId = `U${(0xd00000 + n).toString(16).padStart(32, '0')}`;
    return { ...newMember({ areaId, lineUserId: userId, displayName: `ครู ${n}` }, now), id: memberDocId(areaId, userId) };
  });
  for (const m of people) {
    await repos.members.put(m);
    await repos.memberships.put({
      id: membershipDocId(network.id, m.id),
      areaId,
      networkId: network.id,
      memberId: m.id,
      role: 'member',
      status: 'active',
      joinedAt: now,
      createdAt: now,
      updatedAt: now,
    });
  }
  const seminar = newSeminar(
    {
      id: `sem-${randomUUID().slice(0, 8)}`,
      areaId,
      createdBy: 'sup',
      title: 'สัมมนาเครือข่าย',
      startsAt: new Date(Date.now() - DAY).toISOString(),
      endsAt: new Date(Date.now() - DAY + 3 * 3600_000).toISOString(),
      audience: { networkIds: [network.id] },
      capacity: null,
      status: 'announced',
      announcedAt: now,
    },
    now,
  );
  await repos.seminars.put(seminar);
  for (const [i, m] of people.entries())
    await repos.rsvps.put({
      id: rsvpDocId(seminar.id, m.id),
      areaId,
      seminarId: seminar.id,
      memberId: m.id,
      status: 'going',
      ticket: null,
      promotedAt: null,
      checkedInAt: i < 2 ? now : null,
      checkedInBy: i < 2 ? 'sup' : null,
      checkInMethod: i < 2 ? 'qr' : null,
      createdAt: now,
      updatedAt: now,
    });
  const coordinator: Actor = { memberId: `${areaId}:coord`, areaId, roles: ['teacher', 'coordinator'], coordinatorOf: [network.id] };
  return { areaId, network, people, seminar, coordinator };
}

const auditOf = async (repos: Repositories, areaId: string): Promise<AuditEntry[]> =>
  (await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: areaId }] })).items.sort((a, b) => a.id.localeCompare(b.id));

describe.each(storeFactories)('Network development log on $name', (factory) => {
  let repos: Repositories;
  beforeEach(() => {
    repos = createRepositories(factory.open());
  });
  afterEach(() => repos.store.close());

  it('When a coordinator records, edits and deletes an activity, then each change has its audit entry and the files go with it', async () => {
    const { areaId, network, people, seminar, coordinator } = await office(repos);
    const files = createMemoryFileStore();
    const deps = { repos, clock: systemClock, ids, files };

    const created = await createNetworkActivity(deps, coordinator, network.id, {
      title: 'แลกเปลี่ยนเรียนรู้ PLC ครั้งที่ 1',
      kind: 'knowledge-exchange',
      date: today(),
      notes: 'ครูนำเสนอแผนการสอน',
      participants: { seminarId: seminar.id, memberIds: [people[2]!.id], outsideCount: 4 },
      knowledgeLinks: [{ title: 'คู่มือ PLC', url: 'https://www.obec.go.th/plc' }],
    });
    // Two checked in at the seminar, one picked, four from outside the system.
    expect(new Set(created.participants.memberIds)).toEqual(new Set(people.map((p) => p.id)));
    expect(created.participants).toMatchObject({ seminarId: seminar.id, outsideCount: 4 });
    const [item] = (await repos.libraryItems.list({ where: [{ field: 'networkId', op: '==', value: network.id }] })).items;
    expect(item).toMatchObject({ kind: 'link', title: 'คู่มือ PLC', activityId: created.id, addedBy: coordinator.memberId });
    expect(created.libraryItemIds).toEqual([item!.id]);

    const edited = await updateNetworkActivity(deps, coordinator, network.id, created.id, {
      title: 'แลกเปลี่ยนเรียนรู้ PLC ครั้งที่ 1 (ปรับปรุง)',
      participants: { seminarId: null, memberIds: [people[0]!.id], outsideCount: 0 },
    });
    expect(edited.participants.memberIds).toEqual([people[0]!.id]);
    expect(edited.notes).toBe('ครูนำเสนอแผนการสอน'); // left out of the edit, so kept

    const withPhoto = await addEvidence(deps, coordinator, network.id, created.id, { bytes: JPEG, name: '../../รูปกิจกรรม.exe' });
    const photo = withPhoto.evidence[0]!;
    expect(photo).toMatchObject({ name: 'รูปกิจกรรม.jpg', contentType: 'image/jpeg', size: JPEG.length });
    expect(files.keys()).toEqual([photo.key]);
    expect(photo.key).toBe(`areas/${areaId}/networks/${network.id}/activities/${created.id}/${photo.id}.jpg`);

    const deleted = await deleteNetworkActivity(deps, coordinator, network.id, created.id);
    expect(deleted).toEqual({ deletedFiles: 1, filesLeft: [] });
    expect(await repos.networkActivities.get(created.id)).toBeNull();
    expect(files.keys()).toEqual([]);
    // The knowledge stays in the network's library, no longer tied to the deleted record.
    expect(await repos.libraryItems.get(item!.id)).toMatchObject({ activityId: null });

    // Entries written in the same millisecond have no order between them: each is found by what it says.
    const log = await auditOf(repos, areaId);
    expect(log.map((e) => `${e.entity}:${e.action}`).sort()).toEqual([
      'libraryItem:create',
      'networkActivity:create',
      'networkActivity:delete',
      'networkActivity:update',
      'networkActivity:update',
    ]);
    expect(log.every((e) => e.actorMemberId === coordinator.memberId && e.entityId !== '')).toBe(true);
    const entry = (entity: string, action: string, says: string) =>
      log.find((e) => e.entity === entity && e.action === action && e.summary.includes(says));
    expect(entry('networkActivity', 'create', 'แลกเปลี่ยนเรียนรู้ PLC ครั้งที่ 1')).toMatchObject({ entityId: created.id });
    expect(entry('libraryItem', 'create', 'คู่มือ PLC')).toMatchObject({ entityId: item!.id });
    expect(entry('networkActivity', 'update', 'แก้ไขกิจกรรม')!.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', from: 'แลกเปลี่ยนเรียนรู้ PLC ครั้งที่ 1', to: 'แลกเปลี่ยนเรียนรู้ PLC ครั้งที่ 1 (ปรับปรุง)' },
        { field: 'participants', from: '7 คน', to: '1 คน' },
      ]),
    );
    expect(entry('networkActivity', 'update', 'แนบหลักฐาน "รูปกิจกรรม.jpg"')!.changes).toEqual([{ field: 'evidence', from: '0', to: '1' }]);
    expect(entry('networkActivity', 'delete', 'หลักฐาน 1 ไฟล์')).toMatchObject({ entityId: created.id });
    // Who took part is personal data: the audit log shows counts, never member ids.
    expect(JSON.stringify(log)).not.toContain(people[1]!.id);

    await removeLibraryItem(deps, coordinator, network.id, item!.id);
    expect(await repos.libraryItems.get(item!.id)).toBeNull();
    expect((await auditOf(repos, areaId)).filter((e) => e.entity === 'libraryItem' && e.action === 'delete')).toEqual([
      expect.objectContaining({ entityId: item!.id, summary: expect.stringContaining('คู่มือ PLC') }),
    ]);
  }, 60_000);

  it("When another network's coordinator or another office tries, then nothing changes and nothing is logged", async () => {
    const { areaId, network, people, coordinator } = await office(repos);
    const deps = { repos, clock: systemClock, ids, files: createMemoryFileStore() };
    const body = { title: 'กิจกรรม', kind: 'workshop', date: today() };
    await repos.members.put({ ...people[0]!, id: 'other-area:U1', areaId: 'other-area' }); // a member of another office
    const otherCoordinator: Actor = { ...coordinator, coordinatorOf: ['net-other'] };
    const otherOffice: Actor = { memberId: 'x', areaId: 'other-area', roles: ['supervisor'], coordinatorOf: [network.id] };
    await expect(createNetworkActivity(deps, otherCoordinator, network.id, body)).rejects.toMatchObject({ code: 'auth/forbidden' });
    await expect(createNetworkActivity(deps, otherOffice, network.id, body)).rejects.toMatchObject({ code: 'network/not-found' });
    const mine = await createNetworkActivity(deps, coordinator, network.id, body);
    await expect(deleteNetworkActivity(deps, otherCoordinator, network.id, mine.id)).rejects.toMatchObject({ code: 'auth/forbidden' });
    await expect(updateNetworkActivity(deps, coordinator, network.id, mine.id, { date: '2999-01-01' })).rejects.toMatchObject({
      code: 'validation/invalid-input',
      fields: { date: expect.stringContaining('ไม่เกินวันนี้') },
    });
    await expect(
      updateNetworkActivity(deps, coordinator, network.id, mine.id, { participants: { memberIds: ['other-area:U1'], seminarId: null } }),
    ).rejects.toMatchObject({ code: 'validation/invalid-input', fields: { 'participants.memberIds': expect.any(String) } });
    expect((await auditOf(repos, areaId)).map((e) => e.action)).toEqual(['create']);
  }, 60_000);

  it('When a participant has asked to be forgotten, then the old record can still be edited and they drop out of it', async () => {
    const { network, people, coordinator } = await office(repos);
    const deps = { repos, clock: systemClock, ids, files: createMemoryFileStore() };
    const all = people.map((p) => p.id);
    const a = await createNetworkActivity(deps, coordinator, network.id, {
      title: 'นิเทศโรงเรียน',
      kind: 'school-visit',
      date: today(),
      participants: { memberIds: all },
    });
    await repos.store.delete('members', people[1]!.id); // what forgetting a member does to the member record
    const edited = await updateNetworkActivity(deps, coordinator, network.id, a.id, { participants: { memberIds: all, outsideCount: 1 } });
    expect(edited.participants).toMatchObject({ memberIds: [people[0]!.id, people[2]!.id], outsideCount: 1 });
  }, 60_000);

  it('When the activity is deleted while a photo uploads, then the upload fails and its stored file is removed again', async () => {
    const { network, coordinator } = await office(repos);
    const files = createMemoryFileStore();
    const deps = { repos, clock: systemClock, ids, files };
    const activity = await createNetworkActivity(deps, coordinator, network.id, {
      title: 'นิเทศโรงเรียน',
      kind: 'school-visit',
      date: today(),
    });
    // The delete lands between the upload's first read and its transaction.
    const realPut = files.put.bind(files);
    files.put = async (key, bytes, meta) => {
      await realPut(key, bytes, meta);
      await deleteNetworkActivity(deps, coordinator, network.id, activity.id);
    };
    await expect(addEvidence(deps, coordinator, network.id, activity.id, { bytes: JPEG, name: 'a.jpg' })).rejects.toMatchObject({
      code: 'activity/not-found',
    });
    expect(files.keys()).toEqual([]);
  }, 60_000);
});
