// Forgetting a member on both real stores: their id leaves seminar answers, evaluations, certificates and the network log,
// the cycle's attendance, participation and scores stay exactly as they were, and a seat they held goes to the queue.
import { randomUUID } from 'node:crypto';
import {
  ManualClock,
  createRepositories,
  cycleFigures,
  forgetMember,
  isForgottenAttendee,
  newSeminar,
  rsvpDocId,
  type CycleFigures,
  type Repositories,
  type Rsvp,
} from '@nithet/shared';
import { storeFactories } from '../support/store-factories';
import { CYCLE, NOW, seedCycle, type Seeded } from '../support/cycle-seed';

jest.setTimeout(120_000);

const ids = () => {
  let n = 0;
  return { newId: () => `${randomUUID().slice(0, 8)}${(n += 1)}` };
};

/** What forgetting may not change: who came, who took part, and the scores (membership counts do change). */
const counted = (f: CycleFigures) => ({
  headline: {
    seminars: f.headline.seminars,
    seminarAttendances: f.headline.seminarAttendances,
    networkActivities: f.headline.networkActivities,
    activityParticipants: f.headline.activityParticipants,
    seminarEvaluationMean: f.headline.seminarEvaluationMean,
    needsRespondents: f.headline.needsRespondents,
  },
  months: f.participation.months.map((m) => [m.month, m.seminarAttendances, m.activityParticipants, m.networkActivities]),
  seminarScores: f.evaluation.seminars,
});

describe.each(storeFactories)('Forgetting a member on $name', (factory) => {
  let repos: Repositories;
  let seeded: Seeded;
  beforeEach(async () => {
    repos = createRepositories(factory.open());
    seeded = await seedCycle(repos, `area-${randomUUID().slice(0, 8)}`);
  });
  afterEach(() => repos.store.close());

  it('When a member who attended, evaluated and took part in activities is forgotten, then no id remains and the figures stay', async () => {
    const clock = new ManualClock(new Date(NOW));
    const leaver = seeded.members[4]!; // checked in at S2 and rated it 3; in activities na2 and na3; in two networks
    const { s2 } = seeded.seminars;
    const area = seeded.areaId;
    const certificateId = rsvpDocId(s2, leaver.id);
    await repos.certificates.put({
      id: certificateId,
      publicId: 'Zx3'.repeat(8),
      areaId: area,
      seminarId: s2,
      memberId: leaver.id,
      seq: 1,
      beYear: 2570,
      number: 'ที่ 0001/2570',
      recipientName: 'นางสมใจ4 ทดสอบ',
      seminarTitle: 'สัมมนา s2',
      seminarStartsAt: '2027-02-10T02:00:00.000Z',
      issuedAt: '2027-02-11T00:00:00.000Z',
      createdAt: '2027-02-11T00:00:00.000Z',
      updatedAt: '2027-02-11T00:00:00.000Z',
    });
    const evaluationId = rsvpDocId(s2, leaver.id);
    await repos.seminarEvaluations.put({ ...(await repos.seminarEvaluations.require(evaluationId)), comment: 'ครูสมใจ4 ขอบคุณวิทยากร' });
    const before = await cycleFigures(repos, area, CYCLE, { clock });

    const result = await forgetMember({ repos, clock, ids: ids() }, leaver.id);
    expect(result).toEqual({ memberships: 2, seminarAnswers: { anonymised: 1, deleted: 0 }, activities: 2, promoted: [] });

    // Every count the dashboard and the report show stays exactly as it was.
    const after = await cycleFigures(repos, area, CYCLE, { clock });
    expect(counted(after)).toEqual(counted(before));
    expect(after.headline.members).toBe(before.headline.members - 1);

    // S2 keeps two check-ins, one of them now a pseudonym; the rating stays under it, without the comment.
    const answers = (await repos.rsvps.list({ where: [{ field: 'seminarId', op: '==', value: s2 }] })).items;
    expect(answers.filter((r) => r.checkedInAt !== null)).toHaveLength(2);
    const kept = answers.find((r) => isForgottenAttendee(r.memberId))!;
    expect(kept).toMatchObject({ status: 'going', id: rsvpDocId(s2, kept.memberId), checkInMethod: 'qr' });
    expect(await repos.seminarEvaluations.get(rsvpDocId(s2, kept.memberId))).toMatchObject({ ratings: { overall: 3 }, comment: '' });
    expect(await repos.seminarEvaluations.get(evaluationId)).toBeNull();
    expect(await repos.certificates.get(certificateId)).toBeNull();
    expect((await repos.rsvps.list({ where: [{ field: 'memberId', op: '==', value: leaver.id }] })).items).toEqual([]);
    expect((await repos.seminarEvaluations.list({ where: [{ field: 'memberId', op: '==', value: leaver.id }] })).items).toEqual([]);

    // The activities list one person fewer by name and one more outside the system; each change is in the audit log,
    // made by the system and naming nobody.
    const activities = (await repos.networkActivities.list({ where: [{ field: 'areaId', op: '==', value: area }] })).items;
    expect(JSON.stringify(activities)).not.toContain(leaver.lineUserId);
    const na3 = activities.find((a) => a.id === `${area}-na3`)!;
    expect(na3.participants).toMatchObject({ memberIds: [seeded.members[5]!.id], outsideCount: 1 });
    const audit = (await repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: area }] })).items.filter(
      (e) => e.entity === 'networkActivity',
    );
    expect(audit.map((e) => [e.entityId, e.action, e.actorMemberId]).sort()).toEqual([
      [`${area}-na2`, 'update', null],
      [`${area}-na3`, 'update', null],
    ]);
    expect(JSON.stringify(audit)).not.toMatch(new RegExp(`${leaver.lineUserId}|สมใจ4`));

    // Once forgotten, there is nobody left to forget.
    await expect(forgetMember({ repos, clock, ids: ids() }, leaver.id)).rejects.toMatchObject({ code: 'member/not-found' });
  });

  it('When the member held a seat and had declined another seminar, then both answers go and the first in the queue gets the seat', async () => {
    const clock = new ManualClock(new Date(NOW));
    const [leaver, next, later] = [seeded.members[1]!, seeded.members[2]!, seeded.members[3]!];
    const area = seeded.areaId;
    const upcoming = (id: string, over: Partial<ReturnType<typeof newSeminar>>) => ({
      ...newSeminar(
        {
          id: `${area}-${id}`,
          areaId: area,
          createdBy: seeded.supervisor.memberId,
          title: `สัมมนา ${id}`,
          startsAt: '2027-06-10T02:00:00.000Z',
          endsAt: '2027-06-10T05:00:00.000Z',
          audience: { networkIds: [] },
          capacity: 1,
          status: 'announced',
          announcedAt: '2027-05-01T00:00:00.000Z',
        },
        '2027-05-01T00:00:00.000Z',
      ),
      ...over,
    });
    const full = upcoming('full', { goingCount: 1, waitlistCount: 2, ticketSeq: 2 });
    const other = upcoming('other', { capacity: null });
    await repos.seminars.put(full);
    await repos.seminars.put(other);
    const answer = (seminarId: string, memberId: string, status: Rsvp['status'], ticket: number | null): Rsvp => ({
      id: rsvpDocId(seminarId, memberId),
      areaId: area,
      seminarId,
      memberId,
      status,
      ticket,
      promotedAt: null,
      checkedInAt: null,
      checkedInBy: null,
      checkInMethod: null,
      createdAt: '2027-05-02T00:00:00.000Z',
      updatedAt: '2027-05-02T00:00:00.000Z',
    });
    for (const r of [
      answer(full.id, leaver.id, 'going', null),
      answer(full.id, next.id, 'waitlisted', 1),
      answer(full.id, later.id, 'waitlisted', 2),
      answer(other.id, leaver.id, 'not-going', null),
    ])
      await repos.rsvps.put(r);

    const result = await forgetMember({ repos, clock, ids: ids() }, leaver.id);
    // Member 1 also checked in at S1 (kept as a pseudonym) and is in activity na1.
    expect(result.seminarAnswers).toEqual({ anonymised: 1, deleted: 2 });
    expect(result.promoted.map((p) => [p.seminar.id, p.rsvp.memberId])).toEqual([[full.id, next.id]]);
    expect(await repos.seminars.get(full.id)).toMatchObject({ goingCount: 1, waitlistCount: 1 });
    expect(await repos.seminars.get(other.id)).toMatchObject({ goingCount: 0, waitlistCount: 0 });
    expect(await repos.rsvps.get(rsvpDocId(full.id, next.id))).toMatchObject({ status: 'going', ticket: null, promotedAt: NOW });
    expect(await repos.rsvps.get(rsvpDocId(full.id, later.id))).toMatchObject({ status: 'waitlisted', ticket: 2 });
    expect(await repos.rsvps.get(rsvpDocId(full.id, leaver.id))).toBeNull();
    expect(await repos.rsvps.get(rsvpDocId(other.id, leaver.id))).toBeNull();
  });
});
