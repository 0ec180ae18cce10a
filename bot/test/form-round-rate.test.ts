// The response rate over real HTTP: counted when the round opens and kept as answers arrive (someone who joins the
// network later counts once they answer), the "not answered" list 50 at a time in Thai name order with the rest on
// request, and a round opened before the running totals existed still counted right (from the audience today).
import { randomUUID } from 'node:crypto';
import { FORM_PATHS, ensureBuiltInTemplates, formDefinitionSchema, membershipDocId } from '@nithet/shared';
import { startTestStack, SUPERVISOR } from './support/local-stack';
import { api } from './support/people';
import { addMembers, AREA, lineId } from './support/outbox-members';
import { networkOf, SEMINAR_NETWORK } from './support/seminar-fixtures';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const HOUR = 3600_000;
const thai = new Intl.Collator('th').compare;
const DEFINITION = formDefinitionSchema.parse({
  id: 'rate-http',
  version: 1,
  kind: 'custom',
  title: 'แบบสอบถามสั้น (ทดสอบ)',
  sections: [{ id: 's1', title: 'ส่วนที่ 1', questions: [{ id: 'q', kind: 'rating', label: 'ความพึงพอใจ', required: true }] }],
});

async function openRound(): Promise<string> {
  const created = await api(stack, SUPERVISOR, 'POST', FORM_PATHS.rounds, {
    title: 'ความพึงพอใจต่อการประชุม',
    templateId: 'rate-http',
    audience: { networkIds: [SEMINAR_NETWORK] },
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
  });
  const id = String(created.body.round.id);
  expect((await api(stack, SUPERVISOR, 'POST', FORM_PATHS.open(id))).status).toBe(200);
  return id;
}

const answer = async (n: number, id: string) =>
  expect((await api(stack, lineId(n), 'POST', FORM_PATHS.responses(id), { answers: { q: 4 }, idempotencyKey: randomUUID() })).status).toBe(
    201,
  );
const summary = async (id: string) => (await api(stack, SUPERVISOR, 'GET', FORM_PATHS.summary(id))).body;
const names = (people: Array<{ name: string }>) => people.map((p) => p.name);

beforeEach(async () => {
  stack = await startTestStack();
  await ensureBuiltInTemplates(stack.deps.repos, AREA, [DEFINITION], new Date().toISOString());
  await networkOf(stack, await addMembers(stack, 0, 60));
});
afterEach(async () => {
  await stack.stop();
});

describe('When 60 are asked, 5 answer and one who joined later answers too', () => {
  it('then the rate counts 6 of 61, and the 55 others come 50 at a time in Thai order, the rest on request', async () => {
    const id = await openRound();
    for (const n of [0, 7, 21, 33, 59]) await answer(n, id);
    const [late] = await addMembers(stack, 60, 1);
    const now = new Date().toISOString();
    await stack.deps.repos.memberships.put({
      id: membershipDocId(SEMINAR_NETWORK, late!),
      areaId: AREA,
      networkId: SEMINAR_NETWORK,
      memberId: late!,
      role: 'member',
      status: 'active',
      joinedAt: now,
      createdAt: now,
      updatedAt: now,
    });
    await answer(60, id);

    const first = await summary(id);
    expect(first).toMatchObject({ audience: 61, answered: 6, notAnsweredCount: 55, countedAt: 'opening', round: { responseCount: 6 } });
    expect(first.byNetwork).toEqual([{ key: SEMINAR_NETWORK, label: 'เครือข่ายสัมมนา', audience: 61, answered: 6 }]);
    expect(first.notAnswered).toHaveLength(50);
    expect(first.notAnsweredNext).toEqual(expect.any(String));

    const more = await api(stack, SUPERVISOR, 'GET', FORM_PATHS.notAnswered(id, first.notAnsweredNext));
    expect(more.status).toBe(200);
    expect(more.body.next).toBeNull();
    const everyone = [...names(first.notAnswered), ...names(more.body.people)];
    expect(everyone).toHaveLength(55);
    expect(everyone).toEqual([...everyone].sort(thai));
    expect(everyone).not.toEqual(expect.arrayContaining(['ครู 0', 'ครู 59', 'ครู 60']));
    expect(new Set(everyone).size).toBe(55);

    const listed = (await api(stack, SUPERVISOR, 'GET', FORM_PATHS.rounds)).body.rounds.find((r: { id: string }) => r.id === id);
    expect(listed).toMatchObject({ audienceSize: 61, responseCount: 6 });

    const bad = await api(stack, SUPERVISOR, 'GET', FORM_PATHS.notAnswered(id, 'not-a-cursor'));
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('กรุณา');
    expect((await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${id}/not-answered`)).status).toBe(400);
    expect((await api(stack, lineId(1), 'GET', FORM_PATHS.notAnswered(id, first.notAnsweredNext))).status).toBe(403);
  });
});

describe('When a round was opened before the running totals existed', () => {
  it('then its summary is counted from the audience today, and the list still comes a page at a time', async () => {
    const id = await openRound();
    // As such a round is stored: no totals and no waiting list.
    const { store } = stack.deps.repos;
    await store.delete('formProgress', id);
    for (const d of (await store.query('formWaiting', { where: [{ field: 'roundId', op: '==', value: id }] })).docs)
      await store.delete('formWaiting', d.id);
    for (const n of [3, 4]) await answer(n, id);

    const first = await summary(id);
    expect(first).toMatchObject({ audience: 60, answered: 2, notAnsweredCount: 58, countedAt: 'now', round: { responseCount: 2 } });
    const more = (await api(stack, SUPERVISOR, 'GET', FORM_PATHS.notAnswered(id, first.notAnsweredNext))).body;
    const everyone = [...names(first.notAnswered), ...names(more.people)];
    expect(everyone).toHaveLength(58);
    expect(everyone).toEqual([...everyone].sort(thai));
    expect(more.next).toBeNull();
    expect((await api(stack, SUPERVISOR, 'GET', FORM_PATHS.rounds)).body.rounds[0]).toMatchObject({ audienceSize: 60, responseCount: 2 });
  });
});
