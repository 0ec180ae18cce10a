// A round's response rate on both real stores: counted at opening and kept as answers arrive from two connections at
// once (first answers, edits, a repeated key, someone who joined after opening), it matches a recount of everything;
// the "not answered" list comes a page at a time in Thai name order; a round opened before the totals is recounted.
import { randomUUID } from 'node:crypto';
import {
  createRepositories,
  createRound,
  ensureBuiltInTemplates,
  formDefinitionSchema,
  markRoundOpen,
  memberDocId,
  membershipDocId,
  newNetwork,
  notAnsweredPage,
  roundProgress,
  snapshotRoundAudience,
  submitResponse,
  systemClock,
  waitingMemberIds,
  type Actor,
  type FormRound,
  type Member,
  type Repositories,
  type RoundProgress,
} from '@nithet/shared';
import { anonymousResponseIdWith } from '../../src/forms/anonymous-id';
import { storeFactories } from '../support/store-factories';

jest.setTimeout(120_000);

const T = '2026-11-01T02:00:00.000Z';
const FIRST_NAMES = ['เกศินี', 'กมล', 'ไพโรจน์', 'สมชาย', 'อรุณี', 'โสภา', 'บุญมี', 'ฉัตรชัย', 'แสงเดือน', 'ปราณี', 'ใจดี', 'วิไล'];
const SCHOOLS = ['1040010001', '1040010002'];
const DEFINITION = formDefinitionSchema.parse({
  id: 'rate-test',
  version: 1,
  kind: 'custom',
  title: 'แบบสอบถามทดสอบอัตราการตอบ',
  sections: [{ id: 's1', title: 'ส่วนที่ 1', questions: [{ id: 'q', kind: 'rating', label: 'ความพึงพอใจ', required: true }] }],
});

let seq = 0;
const ids = { newId: () => `${Date.now().toString(36)}${(seq += 1)}` };

/** Person i: Thai names (some with a leading vowel), one of two schools or no profile, one or two levels. */
function person(areaId: string, i: number): Member {
  const userId = `U${(0xd00000 + i).toString(16).padStart(32, '0')}`;
  const profile =
    i % 7 === 6
      ? null
      : {
          title: 'นาง' as const,
          firstName: FIRST_NAMES[i % FIRST_NAMES.length]!,
          lastName: `ทดสอบ${i}`,
          schoolCode: SCHOOLS[i % 2]!,
          position: 'teacher' as const,
          subjects: [],
          levels: i % 3 === 0 ? (['primary', 'lower-secondary'] as const).slice() : (['primary'] as const).slice(),
        };
  return {
    id: memberDocId(areaId, userId),
    areaId,
    lineUserId: userId,
    displayName: `ครู ${i}`,
    status: 'following',
    roles: ['teacher'],
    profile,
    registeredAt: i === 23 ? null : T,
    profileConfirmedAt: T,
    consents: [],
    followedAt: T,
    createdAt: T,
    updatedAt: T,
  };
}

async function join(repos: Repositories, areaId: string, networkId: string, memberId: string, status: 'active' | 'left' = 'active') {
  await repos.memberships.put({
    id: membershipDocId(networkId, memberId),
    areaId,
    networkId,
    memberId,
    role: 'member',
    status,
    joinedAt: T,
    createdAt: T,
    updatedAt: T,
  });
}

/** What the kept totals must equal: everything counted again from the members, memberships and answers. */
function withoutPage(p: RoundProgress) {
  const { notAnswered: _page, countedAt: _at, ...rest } = p;
  return rest;
}

async function allNotAnswered(repos: Repositories, round: FormRound, first: RoundProgress): Promise<string[]> {
  const names = first.notAnswered.people.map((p) => p.name);
  let next = first.notAnswered.next;
  while (next) {
    const page = await notAnsweredPage(repos, round, next, 4);
    names.push(...page.people.map((p) => p.name));
    next = page.next;
  }
  return names;
}

describe.each(storeFactories)('The response rate on $name', (factory) => {
  it('When answers, edits, a repeated key and a late joiner arrive on two connections, then the kept rate equals a recount', async () => {
    const shared = `rate-${randomUUID()}`;
    const [a, b] = [createRepositories(factory.open(shared)), createRepositories(factory.open(shared))] as const;
    const areaId = `area-${randomUUID().slice(0, 8)}`;
    const actor: Actor = { memberId: 'sup', areaId, roles: ['supervisor'], coordinatorOf: [] };
    try {
      await ensureBuiltInTemplates(a, areaId, [DEFINITION], T);
      for (const id of ['net-a', 'net-b'])
        await a.networks.put(
          newNetwork(
            {
              id,
              areaId,
              name: id,
              kind: 'teacher-community',
              level: 'office',
              joinCode: id === 'net-a' ? 'RATEA' : 'RATEB',
              joinPolicy: 'open',
            },
            T,
          ),
        );
      const people = Array.from({ length: 24 }, (_, i) => person(areaId, i));
      for (const m of people) await a.members.put(m);
      // net-a: everyone but #20 (left) — #23 is not registered; net-b: every fourth.
      for (const [i, m] of people.entries()) {
        await join(a, areaId, 'net-a', m.id, i === 20 ? 'left' : 'active');
        if (i % 4 === 0) await join(a, areaId, 'net-b', m.id);
      }
      const draft = await createRound({ repos: a, clock: systemClock, ids }, actor, {
        title: 'รอบทดสอบอัตราการตอบ',
        templateId: 'rate-test',
        audience: { networkIds: ['net-a'] },
        opensAt: new Date(Date.now() - 60_000).toISOString(),
        closesAt: new Date(Date.now() + 3_600_000).toISOString(),
      });
      const round = await markRoundOpen({ repos: a, clock: systemClock, ids }, actor, draft.id);
      expect((await roundProgress(a, round)).audience).toBe(22);

      // Someone joins after opening and answers; two others join and do not.
      const late = person(areaId, 34);
      const lateSilent = person(areaId, 41); // both without a profile: no school, no level
      await a.members.put(late);
      await a.members.put(lateSilent);
      await join(a, areaId, 'net-a', late.id);
      await join(a, areaId, 'net-a', lateSilent.id);

      const deps = (repos: Repositories) => ({
        repos,
        clock: systemClock,
        anonymousResponseId: anonymousResponseIdWith('test-secret'),
        choices: { schools: SCHOOLS, networks: ['net-a', 'net-b'] },
      });
      const answering = [...people.filter((_, i) => i % 3 !== 1 && i < 20), late];
      const keys = answering.map(() => randomUUID());
      await Promise.all(
        answering.map((m, i) => submitResponse(deps(i % 2 ? a : b), m, round.id, { answers: { q: 4 }, idempotencyKey: keys[i]! })),
      );
      // An edit and the same key again change nothing in the rate.
      await Promise.all([
        submitResponse(deps(a), answering[0]!, round.id, { answers: { q: 2 }, idempotencyKey: randomUUID() }),
        submitResponse(deps(b), answering[1]!, round.id, { answers: { q: 4 }, idempotencyKey: keys[1]! }),
      ]);

      const kept = await roundProgress(a, round, 4);
      expect(kept.countedAt).toBe('opening');
      expect(kept.audience).toBe(23); // 22 at opening and the late joiner who answered
      expect(kept.answered).toBe(answering.length);
      expect(kept.byNetwork.find((r) => r.key === 'net-a')).toEqual({ key: 'net-a', audience: 23, answered: answering.length });

      // The same round counted from scratch (as a round opened before the totals is): equal, bar the silent late joiner.
      await a.formProgress.put({ ...(await a.formProgress.require(round.id)), state: 'building' });
      const recount = await roundProgress(a, round, 4);
      expect(recount.countedAt).toBe('now');
      const silentOut = (p: RoundProgress) => ({
        ...withoutPage(p),
        audience: p.audience - 1,
        notAnsweredCount: p.notAnsweredCount - 1,
        bySchool: p.bySchool.map((r) => (r.key === '' ? { ...r, audience: r.audience - 1 } : r)),
        byNetwork: p.byNetwork.map((r) => (r.key === 'net-a' ? { ...r, audience: r.audience - 1 } : r)),
      });
      expect(silentOut(recount)).toEqual(withoutPage(kept));
      const liveNames = await allNotAnswered(a, round, recount);
      await a.formProgress.put({ ...(await a.formProgress.require(round.id)), state: 'ready' });

      // The list a page at a time: everyone not answered once, in Thai order (เกศินี under ก, not after ฮ).
      const names = await allNotAnswered(a, round, kept);
      expect(names).toHaveLength(kept.notAnsweredCount);
      expect(new Set(names).size).toBe(names.length);
      expect(names).toEqual([...names].sort(new Intl.Collator('th').compare));
      expect(liveNames.filter((n) => n !== 'ครู 41')).toEqual(names);
      // The nudge reads the audience today: it also reaches the late joiner who has not answered.
      const waiting = await waitingMemberIds(b, round);
      expect(waiting).toHaveLength(kept.notAnsweredCount + 1);
      expect(waiting).toContain(lateSilent.id);
      // Opening again writes nothing new.
      expect(await snapshotRoundAudience(b, round, new Date())).toMatchObject({ audience: 23, answered: answering.length });
    } finally {
      await Promise.all([a.store.close(), b.store.close()]);
    }
  });
});
