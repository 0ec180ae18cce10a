// Fault evidence: the server process is SIGKILLed while 30 teachers submit a form round (some answered, some in flight,
// some not sent yet), each with a saved draft. After a restart the app sends again what got no answer, with the same
// idempotency key, as the LIFF offline queue does: each teacher has exactly one response, the running totals count 30,
// drafts went exactly with their submitted responses, and the drafts of teachers who did not submit are untouched.
import { randomUUID } from 'node:crypto';
import {
  COLLECTIONS,
  createRound,
  ensureBuiltInTemplates,
  formDefinitionSchema,
  markRoundOpen,
  memberDocId,
  memberRoundDocId,
  saveDraft,
  type Actor,
  type FormDraft,
  type Member,
} from '@nithet/shared';
import { anonymousResponseIdWith } from '../../src/forms/anonymous-id';
import { LOCAL_SECRETS } from '../../src/local/local-stack';
import { SUPERVISOR } from '../support/local-stack';
import { addMembers, AREA, lineId } from '../support/outbox-members';
import { startFaultOffice, waitFor, type FaultOffice } from './support/bot-process';

const SUBMITTERS = 30;
const WRITERS = 5; // keep a draft, do not submit
const HOUR = 3600_000;
let office: FaultOffice;

const SURVEY = formDefinitionSchema.parse({
  id: 'kill-test',
  version: 1,
  kind: 'needs-survey',
  title: 'สำรวจความต้องการพัฒนา (ทดสอบ)',
  sections: [
    {
      id: 's',
      title: 'ความต้องการ',
      questions: [
        { id: 'need', kind: 'rating', label: 'ความต้องการพัฒนาการวัดผล', required: true },
        { id: 'note', kind: 'short-text', label: 'ข้อเสนอแนะ', required: false },
      ],
    },
  ],
});
const answersOf = (i: number) => ({ need: (i % 5) + 1, note: `ข้อเสนอของครูคนที่ ${i}` });

beforeAll(async () => {
  office = await startFaultOffice();
});
afterAll(async () => {
  await office.stop();
});

interface Attempt {
  i: number;
  key: string;
  status: number; // 0 = no answer (connection refused or cut by the kill)
}

async function submit(roundId: string, i: number, key: string): Promise<Attempt> {
  const res = await fetch(`${office.url}/api/form-rounds/${roundId}/responses`, {
    method: 'POST',
    headers: { authorization: `Bearer ${office.platform.mintIdToken(lineId(i))}`, 'content-type': 'application/json' },
    body: JSON.stringify({ answers: answersOf(i), idempotencyKey: key }),
  }).catch(() => null);
  if (res) await res.text();
  return { i, key, status: res?.status ?? 0 };
}

describe('When the server is killed while 30 teachers submit a form round', () => {
  it('then after a restart and the app re-sending unanswered submissions, each response exists once and drafts are intact', async () => {
    const seeding = await office.open();
    const stack = office.asStack(seeding);
    const ids = await addMembers(stack, 0, SUBMITTERS + WRITERS);
    const now = new Date();
    await ensureBuiltInTemplates(seeding.repos, AREA, [SURVEY], now.toISOString());
    const supervisor: Actor = { memberId: memberDocId(AREA, SUPERVISOR), areaId: AREA, roles: ['supervisor'], coordinatorOf: [] };
    const round = await createRound(seeding, supervisor, {
      title: 'สำรวจความต้องการ ภาคเรียนที่ 2/2569',
      templateId: SURVEY.id,
      audience: {},
      opensAt: new Date(now.getTime() - HOUR).toISOString(),
      closesAt: new Date(now.getTime() + 7 * 24 * HOUR).toISOString(),
    });
    await markRoundOpen(seeding, supervisor, round.id);
    const fill = { ...seeding, anonymousResponseId: anonymousResponseIdWith(LOCAL_SECRETS.channelSecret) };
    const people = (await seeding.repos.members.getMany(ids)) as Member[];
    // Everyone has half-filled the form before; the first 30 will submit.
    for (const m of people) await saveDraft(fill, m, round.id, { answers: { need: 3 } });
    const draftsBefore = (await seeding.repos.formDrafts.getMany(people.map((m) => memberRoundDocId(round.id, m.id)))) as FormDraft[];
    await seeding.repos.store.close();
    expect(draftsBefore.every(Boolean)).toBe(true);

    // The chat summary push after each submission takes LINE 150 ms, so submissions stay in flight long enough.
    office.platform.injectFault({ path: '/v2/bot/message/push', delayMs: 150 });
    const server = await office.start();
    // Teachers submit a few at a time, as they would from their phones.
    const keys = Array.from({ length: SUBMITTERS }, () => randomUUID());
    const first: Attempt[] = [];
    let next = 0;
    const worker = async () => {
      while (next < SUBMITTERS) {
        const i = next++;
        first.push(await submit(round.id, i, keys[i]!));
      }
    };
    const sending = Promise.all([worker(), worker(), worker()]);
    await waitFor('8 submissions answered', () => first.filter((a) => a.status === 201).length >= 8, 30_000, 2);
    await server.kill();
    await sending;
    await new Promise((r) => setTimeout(r, 300)); // LINE finishes pushes already on their way
    office.platform.clearFaults();

    const answered = first.filter((a) => a.status === 201);
    const unanswered = first.filter((a) => a.status === 0);
    expect(answered.length + unanswered.length).toBe(SUBMITTERS);
    const atKill = await office.open();
    const storedAtKill = await atKill.repos.store.count(COLLECTIONS.formResponses, [{ field: 'roundId', op: '==', value: round.id }]);
    await atKill.repos.store.close();
    // Really killed mid-way: some submissions answered, some stored without their answer reaching the phone or not at all.
    expect(answered.length).toBeGreaterThan(0);
    expect(storedAtKill).toBeGreaterThan(answered.length);
    expect(storedAtKill).toBeLessThan(SUBMITTERS);

    const restarted = await office.start();
    const retried = await Promise.all(unanswered.map((a) => submit(round.id, a.i, a.key)));
    // Those stored before the kill come back as duplicates (200) and change nothing; the rest are stored now (201).
    expect(retried.filter((a) => a.status === 200)).toHaveLength(storedAtKill - answered.length);
    expect(retried.filter((a) => a.status === 201)).toHaveLength(SUBMITTERS - storedAtKill);
    // A later re-send of an answered one (a double tap, an offline queue) is a duplicate too.
    expect((await submit(round.id, answered[0]!.i, answered[0]!.key)).status).toBe(200);

    const summary = await fetch(`${office.url}/api/form-rounds/${round.id}/summary`, {
      headers: { authorization: `Bearer ${office.platform.mintIdToken(SUPERVISOR)}` },
    }).then((r) => r.json() as Promise<{ answered: number; summary: { respondents: number } | null }>);
    await restarted.kill();
    expect(summary.answered).toBe(SUBMITTERS);
    expect(summary.summary?.respondents).toBe(SUBMITTERS);

    const check = await office.open();
    try {
      const { items: responses } = await check.repos.formResponses.list({ where: [{ field: 'roundId', op: '==', value: round.id }] });
      expect(responses).toHaveLength(SUBMITTERS);
      expect(new Set(responses.map((r) => r.memberId)).size).toBe(SUBMITTERS);
      for (const r of responses) {
        const i = ids.indexOf(r.memberId!);
        expect([i, r.answers, r.submissionKey]).toEqual([i, answersOf(i), keys[i]]);
      }
      expect(await check.repos.store.count(COLLECTIONS.formParticipation, [{ field: 'roundId', op: '==', value: round.id }])).toBe(
        SUBMITTERS,
      );
      const drafts = await check.repos.formDrafts.getMany(people.map((m) => memberRoundDocId(round.id, m.id)));
      // Each submitted response took its draft with it (one transaction); the others' drafts are as they were.
      expect(drafts.slice(0, SUBMITTERS).filter(Boolean)).toEqual([]);
      expect(drafts.slice(SUBMITTERS)).toEqual(draftsBefore.slice(SUBMITTERS));
    } finally {
      await check.repos.store.close();
    }
    // The chat summary of a submission is pushed with a key of its own: nobody got it twice.
    for (let i = 0; i < SUBMITTERS; i++) expect(office.platform.messagesTo(lineId(i)).length).toBeLessThanOrEqual(1);
  }, 90_000);
});
