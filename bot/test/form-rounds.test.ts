// Form rounds over real HTTP and the local LINE platform: a supervisor opens a round to a network (one card each);
// members fill it with drafts, a conditional section, server-side validation in Thai, an idempotent submit (one
// response however often it is sent), edits until closing, a refusal after it; anonymous rounds name nobody.
import { randomUUID } from 'node:crypto';
import {
  ManualClock,
  aggregateToSummary,
  ensureBuiltInTemplates,
  formDefinitionSchema,
  memberRoundDocId,
  membershipDocId,
  statsDocId,
  restoreAggregate,
  rsvpDocId,
  summariseResponses,
  type FormDefinitionInput,
} from '@nithet/shared';
import { formRoundsJob } from '../src/jobs';
import { runOutbox } from '../src/outbox';
import { startTestStack, SUPERVISOR, textsTo } from './support/local-stack';
import { api } from './support/people';
import { addMembers, AREA, lineId } from './support/outbox-members';
import { createSeminarAs, networkOf, SEMINAR_NETWORK } from './support/seminar-fixtures';
import { readXlsx } from './support/directory-files';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const HOUR = 3600_000;
const flush = () => runOutbox(stack.deps, { now: () => new Date(Date.now() + 12 * HOUR) });

const SURVEY: FormDefinitionInput = {
  id: 'needs-test',
  version: 1,
  kind: 'needs-survey',
  title: 'แบบสำรวจความต้องการ (ทดสอบ)',
  sections: [
    {
      id: 'about',
      title: 'ข้อมูลผู้ตอบ',
      questions: [
        {
          id: 'leads',
          kind: 'single-choice',
          label: 'ท่านเป็นแกนนำเครือข่ายหรือไม่',
          required: true,
          options: [
            { value: 'yes', label: 'เป็น' },
            { value: 'no', label: 'ไม่เป็น' },
          ],
        },
        { id: 'topic-need', kind: 'rating', label: 'ความต้องการพัฒนาการวัดผล', required: true },
      ],
    },
    {
      id: 'network',
      title: 'เครือข่ายที่ท่านเป็นแกนนำ',
      showIf: { all: [{ question: 'leads', op: 'equals', value: 'yes' }] },
      questions: [{ id: 'network-size', kind: 'number', label: 'จำนวนสมาชิกในเครือข่าย', required: true, min: 1, max: 500 }],
    },
  ],
};

async function openRound(over: Record<string, unknown> = {}): Promise<string> {
  const created = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
    title: 'สำรวจความต้องการ ปีการศึกษา 2570',
    templateId: 'needs-test',
    audience: { networkIds: [SEMINAR_NETWORK] },
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 24 * HOUR).toISOString(),
    ...over,
  });
  expect(created.status).toBe(201);
  const id = String(created.body.round.id);
  const preview = await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${id}/open-preview`);
  expect(preview.body).toMatchObject({ recipients: 3, reachable: 3, requests: 1 });
  expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/open`)).body).toMatchObject({
    created: true,
    round: { status: 'open' },
  });
  expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/open`)).body).toMatchObject({ created: false });
  await flush();
  return id;
}

const submit = (userId: string, id: string, answers: Record<string, unknown>, key = randomUUID()) =>
  api(stack, userId, 'POST', `/api/form-rounds/${id}/responses`, { answers, idempotencyKey: key });

beforeEach(async () => {
  stack = await startTestStack();
  await ensureBuiltInTemplates(stack.deps.repos, AREA, [formDefinitionSchema.parse(SURVEY)], new Date().toISOString());
  await networkOf(stack, await addMembers(stack, 0, 3));
  await addMembers(stack, 10, 1); // not in the network
});
afterEach(async () => {
  await stack.stop();
});

describe('When a supervisor opens a round to a network', () => {
  it('then each member gets one card with a button to the form, and it is listed as theirs; others cannot open it', async () => {
    const id = await openRound();
    for (const n of [0, 1, 2]) {
      const cards = stack.platform.messagesTo(lineId(n)).map((m) => JSON.stringify(m.message));
      expect(cards.filter((c) => c.includes(`/forms/${id}`))).toHaveLength(1);
    }
    const mine = await api(stack, lineId(0), 'GET', '/api/form-rounds/mine');
    expect(mine.body.rounds).toEqual([expect.objectContaining({ answered: false, round: expect.objectContaining({ id }) })]);
    const outsider = await api(stack, lineId(10), 'GET', `/api/form-rounds/${id}`);
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toContain('กลุ่มเป้าหมาย');
  });
});

describe('When a member fills the round', () => {
  it('then drafts are kept, the conditional section is required only when shown, and Thai messages name the field', async () => {
    const id = await openRound();
    const u = lineId(0);
    expect((await api(stack, u, 'PUT', `/api/form-rounds/${id}/draft`, { answers: { leads: 'yes' } })).status).toBe(200);
    const opened = await api(stack, u, 'GET', `/api/form-rounds/${id}`);
    expect(opened.body).toMatchObject({ draft: { leads: 'yes' }, submitted: null, open: true });
    expect(opened.body.definition.sections).toHaveLength(2);

    const missing = await submit(u, id, { leads: 'yes', 'topic-need': 4 });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.error.fields)).toEqual(['network-size']);
    expect(missing.body.error.fields['network-size']).toMatch(/[ก-๙]/);
    const outOfRange = await submit(u, id, { leads: 'no', 'topic-need': 9 });
    expect(Object.keys(outOfRange.body.error.fields)).toEqual(['topic-need']);
    expect(await stack.deps.repos.formResponses.get(memberRoundDocId(id, `${AREA}:${u}`))).toBeNull();

    // Hidden by "no": the network section's answer is dropped, not an error.
    const ok = await submit(u, id, { leads: 'no', 'topic-need': 4, 'network-size': 12 });
    expect(ok.status).toBe(201);
    const stored = await stack.deps.repos.formResponses.get(memberRoundDocId(id, `${AREA}:${u}`));
    expect(stored?.answers).toEqual({ leads: 'no', 'topic-need': 4 });
    expect((await api(stack, u, 'GET', `/api/form-rounds/${id}`)).body).toMatchObject({
      draft: null,
      submitted: { answers: { leads: 'no' } },
    });
  });

  it('then the same submission sent three times makes one response and one summary in the chat; an edit replaces it', async () => {
    const id = await openRound();
    const u = lineId(1);
    const key = randomUUID();
    const answers = { leads: 'yes', 'topic-need': 5, 'network-size': 30 };
    const sent = await Promise.all([submit(u, id, answers, key), submit(u, id, answers, key)]);
    const again = await submit(u, id, answers, key);
    expect([...sent, again].map((r) => r.body.duplicate).sort()).toEqual([false, true, true]);
    expect(await stack.deps.repos.formResponses.count([{ field: 'roundId', op: '==', value: id }])).toBe(1);
    const summaries = () => textsTo(stack, u).filter((t) => t.includes('คำตอบของท่าน') || t.includes('คำตอบล่าสุดของท่าน'));
    expect(summaries()).toHaveLength(1);
    expect(summaries()[0]).toContain('ท่านเป็นแกนนำเครือข่ายหรือไม่\n  เป็น');

    const edited = await submit(u, id, { ...answers, 'network-size': 31 });
    expect(edited.status).toBe(201);
    expect(summaries()).toHaveLength(2);
    expect(summaries()[1]).toContain('บันทึกการแก้ไข');
    expect(await stack.deps.repos.formResponses.count([{ field: 'roundId', op: '==', value: id }])).toBe(1);
    expect((await api(stack, SUPERVISOR, 'GET', '/api/form-rounds')).body.rounds[0]).toMatchObject({
      id,
      responseCount: 1,
      audienceSize: 3,
    });
    expect((await api(stack, u, 'GET', '/api/form-rounds/mine')).body.rounds[0].answered).toBe(true);
  });

  it('then after closing, answers and drafts are refused in Thai and the saved answer stays', async () => {
    const id = await openRound();
    const u = lineId(2);
    expect((await submit(u, id, { leads: 'no', 'topic-need': 3 })).status).toBe(201);
    const round = (await stack.deps.repos.formRounds.get(id))!;
    await stack.deps.repos.formRounds.put({ ...round, closesAt: new Date(Date.now() - 1000).toISOString() });
    const late = await submit(u, id, { leads: 'no', 'topic-need': 1 });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toContain('ปิดรับคำตอบแล้ว');
    expect((await api(stack, u, 'PUT', `/api/form-rounds/${id}/draft`, { answers: {} })).status).toBe(409);
    const stored = await stack.deps.repos.formResponses.get(memberRoundDocId(id, `${AREA}:${u}`));
    expect(stored?.answers['topic-need']).toBe(3);
    expect((await api(stack, u, 'GET', `/api/form-rounds/${id}`)).body.open).toBe(false);
  });
});

describe('When a round is anonymous', () => {
  it('then the stored response names nobody, yet the member reopens and edits their own answer', async () => {
    const id = await openRound({ anonymous: true });
    const u = lineId(0);
    expect((await submit(u, id, { leads: 'no', 'topic-need': 2 })).status).toBe(201);
    const { items } = await stack.deps.repos.formResponses.list({ where: [{ field: 'roundId', op: '==', value: id }] });
    expect(items).toHaveLength(1);
    expect(items[0]!.memberId).toBeNull();
    expect(items[0]!.id).not.toContain(u);
    expect((await api(stack, u, 'GET', `/api/form-rounds/${id}`)).body.submitted.answers).toEqual({ leads: 'no', 'topic-need': 2 });
    expect((await submit(u, id, { leads: 'no', 'topic-need': 5 })).status).toBe(201);
    expect((await stack.deps.repos.formResponses.list({ where: [{ field: 'roundId', op: '==', value: id }] })).items).toHaveLength(1);
  });
});

describe('When the office starts', () => {
  it("then the manual's Form 1 and Form 2 (and the seminar evaluation) are ready to open as rounds, once each", async () => {
    const res = await api(stack, SUPERVISOR, 'GET', '/api/form-templates');
    const titles = res.body.templates.map((t: { title: string }) => t.title).join('\n');
    expect(titles).toContain('แบบสำรวจความต้องการการพัฒนาเครือข่ายการนิเทศ');
    expect(titles).toContain('แบบติดตามและประเมินผลการพัฒนาเครือข่ายการนิเทศ');
    expect(res.body.templates.every((t: { version: number }) => t.version === 1)).toBe(true);
    expect((await api(stack, lineId(0), 'GET', '/api/form-templates')).status).toBe(403);
  });
});

describe('When the supervisor looks at who has answered', () => {
  it('then the rate shows overall and by network, the unanswered are listed, and a nudge reaches each once a day', async () => {
    const id = await openRound();
    expect((await submit(lineId(0), id, { leads: 'no', 'topic-need': 4 })).status).toBe(201);
    const summary = await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${id}/summary`);
    expect(summary.body).toMatchObject({ audience: 3, answered: 1 });
    expect(summary.body.byNetwork).toEqual([{ key: SEMINAR_NETWORK, label: 'เครือข่ายสัมมนา', audience: 3, answered: 1 }]);
    expect(summary.body.notAnswered.map((p: { name: string }) => p.name)).toEqual(['ครู 1', 'ครู 2']);
    expect((await api(stack, lineId(0), 'GET', `/api/form-rounds/${id}/summary`)).status).toBe(403);

    const first = await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/nudges`);
    expect(first.body).toEqual({ nudged: 2, alreadyToday: 0, unreachable: 0 });
    const second = await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/nudges`);
    expect(second.body).toEqual({ nudged: 0, alreadyToday: 2, unreachable: 0 });
    await flush();
    const nudges = (n: number) => textsTo(stack, lineId(n)).filter((t) => t.includes('ขอความกรุณาตอบ'));
    expect([0, 1, 2].map((n) => nudges(n).length)).toEqual([0, 1, 1]);
  });
});

describe('When a round nears its closing time, then closes', () => {
  it('then a day before, only those who have not answered get one reminder (even with two schedulers); at closing it is closed', async () => {
    const id = await openRound();
    expect((await submit(lineId(0), id, { leads: 'no', 'topic-need': 4 })).status).toBe(201);
    const round = (await stack.deps.repos.formRounds.get(id))!;
    const closesAt = Date.parse(round.closesAt);
    const at = (ms: number) => ({ ...stack.deps, clock: new ManualClock(new Date(ms)) });
    const runAt = (ms: number) => formRoundsJob(at(ms)).run({ slot: new Date(ms), now: new Date(ms), log: stack.deps.logger });

    expect(await runAt(closesAt - 30 * HOUR)).toMatchObject({ reminded: 0, closed: 0 });
    // Two schedulers at once, then a later run: the deliveries below show one reminder each.
    await Promise.all([runAt(closesAt - 20 * HOUR), runAt(closesAt - 20 * HOUR)]);
    await runAt(closesAt - 19 * HOUR);
    await runOutbox(stack.deps, { now: () => new Date(closesAt - 60_000) }); // queued on the job's clock, days ahead
    const reminders = (n: number) => textsTo(stack, lineId(n)).filter((t) => t.includes('จะปิดรับคำตอบในอีก 1 วัน'));
    expect([0, 1, 2].map((n) => reminders(n).length)).toEqual([0, 1, 1]);

    expect(await runAt(closesAt + 60_000)).toMatchObject({ closed: 1 });
    expect((await stack.deps.repos.formRounds.get(id))?.status).toBe('closed');
    expect((await api(stack, lineId(1), 'GET', '/api/form-rounds/mine')).body.rounds).toEqual([]);
  });
});

describe('When the supervisor exports the answers', () => {
  it('then the sheet has a column per question with labels, and names and LINE ids only when asked for on a named round', async () => {
    const id = await openRound();
    await submit(lineId(0), id, { leads: 'yes', 'topic-need': 5, 'network-size': 12 });
    await submit(lineId(1), id, { leads: 'no', 'topic-need': 3 });
    const download = async (roundId: string, query: string) => {
      const res = await fetch(`${stack.botUrl}/api/form-rounds/${roundId}/export?${query}`, {
        headers: { authorization: `Bearer ${stack.platform.mintIdToken(SUPERVISOR)}` },
      });
      return { type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
    };
    const plain = await readXlsx((await download(id, 'format=xlsx')).bytes);
    expect(plain[0]).toEqual([
      'ลำดับ',
      'โรงเรียน/หน่วยงาน',
      'ตอบเมื่อ',
      'ท่านเป็นแกนนำเครือข่ายหรือไม่',
      'ความต้องการพัฒนาการวัดผล',
      'จำนวนสมาชิกในเครือข่าย',
    ]);
    expect(plain.slice(1).map((r) => r[3])).toEqual(['เป็น', 'ไม่เป็น']);
    expect(JSON.stringify(plain)).not.toContain(lineId(0));

    const named = await readXlsx((await download(id, 'format=xlsx&names=1')).bytes);
    expect(named[0]!.slice(0, 3)).toEqual(['ลำดับ', 'ชื่อ-สกุล', 'LINE user id']);
    expect(named[1]!.slice(1, 3)).toEqual(['ครู 0', lineId(0)]);

    const csv = await download(id, 'format=csv');
    expect(csv.type).toContain('text/csv');
    expect(csv.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));

    const anonymous = await openRound({ anonymous: true });
    await submit(lineId(2), anonymous, { leads: 'no', 'topic-need': 1 });
    const hidden = await readXlsx((await download(anonymous, 'format=xlsx&names=1')).bytes);
    expect(hidden[0]).not.toContain('ชื่อ-สกุล');
    expect(JSON.stringify(hidden)).not.toContain('ครู 2');
  });
});

describe('When the supervisor reads the summary per question', () => {
  it('then choices, ratings and filters add up, edits are counted once, and an anonymous group under 5 is withheld', async () => {
    const id = await openRound();
    await submit(lineId(0), id, { leads: 'yes', 'topic-need': 5, 'network-size': 12 });
    await submit(lineId(1), id, { leads: 'no', 'topic-need': 2 });
    await submit(lineId(1), id, { leads: 'no', 'topic-need': 3 }); // an edit replaces the 2
    const read = async (query = '') => (await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${id}/summary${query}`)).body;
    const whole = await read();
    const q = (s: { questions: Array<{ questionId: string }> }, qid: string) =>
      s.questions.find((x) => x.questionId === qid) as Record<string, unknown>;
    expect(whole.summary.respondents).toBe(2);
    expect(q(whole.summary, 'leads').choices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ value: 'yes', count: 1, percent: 50 }),
        expect.objectContaining({ value: 'no', count: 1 }),
      ]),
    );
    expect(q(whole.summary, 'topic-need')).toMatchObject({ n: 2, mean: 4 });
    // The running totals kept with each submission say the same as the responses themselves.
    const stats = await stack.deps.repos.formStats.get(id);
    expect(stats?.state.respondents).toBe(2);
    const def = formDefinitionSchema.parse(SURVEY);
    const { items } = await stack.deps.repos.formResponses.list({ where: [{ field: 'roundId', op: '==', value: id }] });
    expect(aggregateToSummary(restoreAggregate(def, stats!.state))).toEqual(summariseResponses(def, items, { includeTexts: false }));
    expect((await read(`?network=${SEMINAR_NETWORK}`)).summary.respondents).toBe(2);
    // One totals document per group too: the network's equals the summary of its responses.
    const groupDoc = async () => (await stack.deps.repos.formStats.get(statsDocId(id, { dimension: 'network', key: SEMINAR_NETWORK })))!;
    expect(aggregateToSummary(restoreAggregate(def, (await groupDoc()).state))).toEqual(
      summariseResponses(def, items, { includeTexts: false, filter: { networkId: SEMINAR_NETWORK } }),
    );
    // Joining another network before editing moves the answer into that network's totals too.
    const membership = (await stack.deps.repos.memberships.get(membershipDocId(SEMINAR_NETWORK, `${AREA}:${lineId(1)}`)))!;
    await stack.deps.repos.memberships.put({
      ...membership,
      id: membershipDocId('net-extra', membership.memberId),
      networkId: 'net-extra',
    });
    await submit(lineId(1), id, { leads: 'no', 'topic-need': 1 });
    const extra = await stack.deps.repos.formStats.get(statsDocId(id, { dimension: 'network', key: 'net-extra' }));
    expect(extra!.state.respondents).toBe(1);
    expect((await groupDoc()).state.respondents).toBe(2);
    expect((await stack.deps.repos.formStats.get(id))!.state.respondents).toBe(2);

    const anonymous = await openRound({ anonymous: true });
    for (const n of [0, 1, 2]) await submit(lineId(n), anonymous, { leads: 'no', 'topic-need': 3 });
    const small = (await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${anonymous}/summary?network=${SEMINAR_NETWORK}`)).body;
    expect(small.summary).toBeNull();
    expect((await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${anonymous}/summary`)).body.summary.respondents).toBe(3);
  });
});

describe('When a supervisor edits a form in the builder', () => {
  it('then it changes in place before anyone answers, becomes version 2 after, old answers keep version 1, and copies start at 1', async () => {
    const put = (body: Record<string, unknown>) => api(stack, SUPERVISOR, 'PUT', '/api/form-templates/needs-test', body);
    const renamed = await put({ title: 'แบบสำรวจความต้องการ (ปรับปรุง)' });
    expect(renamed.body).toMatchObject({ version: 1, newVersion: false, definition: { title: 'แบบสำรวจความต้องการ (ปรับปรุง)' } });

    const id = await openRound();
    await submit(lineId(0), id, { leads: 'no', 'topic-need': 4 });
    const sections = formDefinitionSchema.parse(SURVEY).sections;
    const withQuestion = [
      { ...sections[0]!, questions: [...sections[0]!.questions, { id: 'years', kind: 'number', label: 'อายุราชการ (ปี)', min: 0, max: 45 }] },
      sections[1]!,
    ];
    const v2 = await put({ sections: withQuestion });
    expect(v2.body).toMatchObject({ version: 2, newVersion: true });
    expect((await api(stack, lineId(1), 'GET', `/api/form-rounds/${id}`)).body.definition.version).toBe(1);
    const next = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'รอบที่ 2',
      templateId: 'needs-test',
      audience: { networkIds: [SEMINAR_NETWORK] },
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    expect(next.body.round.templateVersion).toBe(2);

    const broken = await put({ sections: [{ ...sections[0]!, questions: [sections[0]!.questions[0]!, sections[0]!.questions[0]!] }] });
    expect(broken.status).toBe(400);
    expect(Object.values(broken.body.error.fields).join(' ')).toMatch(/[ก-๙]/);

    const copy = await api(stack, SUPERVISOR, 'POST', '/api/form-templates/needs-test/clone', {
      newId: 'needs-2571',
      title: 'แบบสำรวจ ปี 2571',
    });
    expect(copy.body).toMatchObject({ templateId: 'needs-2571', version: 1, definition: { title: 'แบบสำรวจ ปี 2571' } });
    expect((await api(stack, SUPERVISOR, 'POST', '/api/form-templates/needs-test/clone', { newId: 'needs-2571' })).status).toBe(400);
    expect((await api(stack, lineId(0), 'PUT', '/api/form-templates/needs-test', { title: 'x' })).status).toBe(403);
  });
});

describe('When a member types แบบสอบถาม in the chat', () => {
  it('then the free reply holds the forms still waiting for them, and says so when there are none', async () => {
    const id = await openRound();
    await stack.platform.sendEvent(lineId(1), { type: 'message', text: 'แบบสอบถาม' });
    expect(JSON.stringify(stack.platform.messagesTo(lineId(1)).at(-1)!.message)).toContain(`/forms/${id}`);
    await submit(lineId(1), id, { leads: 'no', 'topic-need': 4 });
    await stack.platform.sendEvent(lineId(1), { type: 'message', text: 'แบบสอบถาม' });
    expect(textsTo(stack, lineId(1)).at(-1)).toContain('ไม่มีแบบสอบถามที่รอท่านตอบ');
  });
});

describe("When a round is for a seminar's attendees", () => {
  it('then the seminar is offered to staff (also once it is over) and only those who checked in get the card', async () => {
    const seminarId = await createSeminarAs(stack);
    const seminar = (await stack.deps.repos.seminars.get(seminarId))!;
    const past = { startsAt: new Date(Date.now() - 30 * HOUR).toISOString(), endsAt: new Date(Date.now() - 27 * HOUR).toISOString() };
    await stack.deps.repos.seminars.put({ ...seminar, ...past, status: 'announced' });
    const at = new Date().toISOString();
    for (const [n, came] of [
      [0, true],
      [1, false],
    ] as const) {
      const memberId = `${AREA}:${lineId(n)}`;
      await stack.deps.repos.rsvps.put({
        id: rsvpDocId(seminarId, memberId),
        areaId: AREA,
        seminarId,
        memberId,
        status: 'going',
        ticket: null,
        promotedAt: null,
        checkedInAt: came ? past.startsAt : null,
        checkedInBy: null,
        checkInMethod: null,
        createdAt: at,
        updatedAt: at,
      });
    }
    const managed = await api(stack, SUPERVISOR, 'GET', '/api/seminars/managed');
    expect(managed.body.seminars.map((s: { id: string }) => s.id)).toContain(seminarId);
    expect((await api(stack, lineId(0), 'GET', '/api/seminars/managed')).status).toBe(403);

    const created = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'ประเมินการประชุม',
      templateId: 'needs-test',
      audience: { networkIds: [SEMINAR_NETWORK], seminarId },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
    });
    const id = String(created.body.round.id);
    expect((await api(stack, SUPERVISOR, 'GET', `/api/form-rounds/${id}/open-preview`)).body).toMatchObject({ recipients: 1 });
    await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${id}/open`);
    await flush();
    const cards = (n: number) => stack.platform.messagesTo(lineId(n)).filter((m) => JSON.stringify(m.message).includes(`/forms/${id}`));
    expect([cards(0).length, cards(1).length]).toEqual([1, 0]);
    expect((await api(stack, lineId(1), 'GET', `/api/form-rounds/${id}`)).status).toBe(403);
  });
});
