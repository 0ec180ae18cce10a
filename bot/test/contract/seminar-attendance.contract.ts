// Seminar concurrency on both real stores, through two connections at once: 50 answers for 10 seats, check-ins
// synced twice, and 20 certificates issued at once get 20 distinct running numbers.
import { randomUUID } from 'node:crypto';
import {
  createRepositories,
  issueCertificate,
  memberDocId,
  newMember,
  newSeminar,
  recordCheckIns,
  rsvp,
  systemClock,
  type Actor,
  type Member,
  type Seminar,
} from '@nithet/shared';
import { storeFactories } from '../support/store-factories';

const HOUR = 3600_000;

function seminarFor(areaId: string, capacity: number | null): Seminar {
  const now = new Date().toISOString();
  return newSeminar(
    {
      id: `sem-${randomUUID()}`,
      areaId,
      createdBy: 'sup',
      title: 'สัมมนาเครือข่ายครูแกนนำ',
      startsAt: new Date(Date.now() + HOUR).toISOString(),
      endsAt: new Date(Date.now() + 4 * HOUR).toISOString(),
      venue: 'ห้องประชุม',
      audience: { networkIds: [] },
      capacity,
      reminderOffsetsMinutes: [],
      requireEvaluation: false,
      status: 'announced',
      announcedAt: now,
    },
    now,
  );
}

const registered = (areaId: string, n: number): Member => {
  const now = new Date().toISOString();
  const userId = `U${(0xc00000 + n).toString(16).padStart(32, '0')}`;
  return { ...newMember({ areaId, lineUserId: userId, displayName: `ครู ${n}` }, now), id: memberDocId(areaId, userId), registeredAt: now };
};

describe.each(storeFactories)('Seminar concurrency on $name', (factory) => {
  it('When 50 answer at once for 10 seats, 20 are checked in twice over and their certificates issued at once, then nothing repeats', async () => {
    const shared = `sem-${randomUUID()}`;
    const [a, b] = [createRepositories(factory.open(shared)), createRepositories(factory.open(shared))] as const;
    const areaId = `area-${randomUUID().slice(0, 8)}`;
    const actor: Actor = { memberId: 'sup', areaId, roles: ['supervisor'], coordinatorOf: [] };
    try {
      const seminar = seminarFor(areaId, 10);
      await a.seminars.put(seminar);
      const people = Array.from({ length: 50 }, (_, i) => registered(areaId, i));
      for (const m of people) await a.members.put(m);
      const answers = await Promise.all(people.map((m, i) => rsvp({ repos: i % 2 ? a : b, clock: systemClock }, seminar.id, m, 'going')));
      expect(answers.filter((r) => r.rsvp.status === 'going')).toHaveLength(10);
      expect(
        answers
          .filter((r) => r.rsvp.status === 'waitlisted')
          .map((r) => r.rsvp.ticket)
          .sort((x, y) => x! - y!),
      ).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      expect(await a.seminars.get(seminar.id)).toMatchObject({ goingCount: 10, waitlistCount: 40 });

      const going = answers.filter((r) => r.rsvp.status === 'going').map((r) => r.rsvp.memberId);
      const scans = going.map((memberId) => ({
        clientScanId: randomUUID(),
        scannedAt: new Date().toISOString(),
        method: 'code' as const,
        memberId,
        failure: null,
      }));
      const [first, second] = await Promise.all([
        recordCheckIns({ repos: a, clock: systemClock }, actor, seminar.id, scans),
        recordCheckIns({ repos: b, clock: systemClock }, actor, seminar.id, scans),
      ]);
      const outcomes = [...first.results, ...second.results].map((r) => r.outcome);
      expect(outcomes.filter((o) => o === 'checked-in')).toHaveLength(10);
      expect(outcomes.filter((o) => o === 'already-checked-in')).toHaveLength(10);

      const deps = (repos: typeof a) => ({ repos, clock: systemClock, newPublicId: () => randomUUID().replace(/-/g, '') });
      const issued = await Promise.all(
        going.flatMap((memberId, i) => {
          const m = people.find((p) => p.id === memberId)!;
          return [issueCertificate(deps(i % 2 ? a : b), seminar, m), issueCertificate(deps(i % 2 ? b : a), seminar, m)];
        }),
      );
      const byMember = new Map<string, Set<string>>();
      for (const c of issued) byMember.set(c!.memberId, (byMember.get(c!.memberId) ?? new Set()).add(c!.number));
      expect([...byMember.values()].map((s) => s.size)).toEqual(Array(10).fill(1)); // one number per person
      const seqs = [...new Set(issued.map((c) => c!.seq))].sort((x, y) => x - y);
      expect(seqs).toEqual(Array.from({ length: 10 }, (_, i) => i + 1));
    } finally {
      await Promise.all([a.store.close(), b.store.close()]);
    }
  }, 120_000);
});
