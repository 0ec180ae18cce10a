// Fault evidence: the server process is SIGKILLed while its outbox loop is sending a 20-batch announcement (some batches
// accepted by LINE, some in flight, the rest waiting). Started again on the same SQLite file, it sends the waiting
// batches, retries the ones in flight after their lease with the same X-Line-Retry-Key (409 when LINE had taken them),
// and every recipient ends with the announcement exactly once.
import { enqueueMulticast, jobBatches } from '../../src/outbox';
import { addMembers, AREA, lineId } from '../support/outbox-members';
import { startFaultOffice, waitFor, type FaultOffice } from './support/bot-process';

const RECIPIENTS = 10_000; // 20 batches of 500
const BATCHES = 20;
let office: FaultOffice;

beforeAll(async () => {
  office = await startFaultOffice();
});
afterAll(async () => {
  await office.stop();
});

const multicastsAccepted = () =>
  office.platform.requests().filter((r) => r.path === '/v2/bot/message/multicast' && r.status === 200).length;

async function batchStates(jobId: string): Promise<Record<string, number>> {
  const deps = await office.open();
  try {
    const counts: Record<string, number> = {};
    for (const b of await jobBatches(deps.repos.store, jobId)) counts[b.status] = (counts[b.status] ?? 0) + 1;
    return counts;
  } finally {
    await deps.repos.store.close();
  }
}

describe('When the server is killed while its outbox sends an announcement to 10,000 people', () => {
  it('then after a restart every recipient has it exactly once: waiting batches go out, in-flight ones are answered 409', async () => {
    const seeding = await office.open();
    const members = await addMembers(office.asStack(seeding), 0, RECIPIENTS);
    const message = { type: 'text' as const, text: 'ประกาศ: เปิดรับสมัครเครือข่ายครูแกนนำ ปีการศึกษา 2570' };
    const { jobId, batches } = await enqueueMulticast(seeding, {
      areaId: AREA,
      reason: 'test',
      recipientMemberIds: members,
      messages: [message],
      dedupeKey: 'kill:outbox',
    });
    await seeding.repos.store.close();
    expect(batches).toBe(BATCHES);
    // LINE answers each multicast after 150 ms, so the kill lands with requests in flight and batches still waiting.
    office.platform.injectFault({ path: '/v2/bot/message/multicast', delayMs: 150 });

    const server = await office.start();
    await waitFor('LINE to accept 3 multicasts', () => multicastsAccepted() >= 3, 30_000, 2);
    await server.kill();
    // Requests already on their way are handled by LINE after the kill; their answers go nowhere.
    await new Promise((r) => setTimeout(r, 500));
    office.platform.clearFaults();

    const delivered = () => Array.from({ length: RECIPIENTS }, (_, i) => office.platform.messagesTo(lineId(i)).length);
    const atKill = await batchStates(jobId);
    const reachedAtKill = delivered().filter((n) => n === 1).length;
    // Really killed mid-way: some batches recorded as sent, some claimed and in flight (lease held), some not yet sent.
    expect(atKill.sent).toBeGreaterThan(0);
    expect(atKill.sending).toBeGreaterThan(0);
    expect(atKill.pending).toBeGreaterThan(0);
    expect(reachedAtKill).toBeGreaterThan(0);
    expect(reachedAtKill).toBeLessThan(RECIPIENTS);
    expect(delivered().every((n) => n <= 1)).toBe(true);

    const restarted = await office.start();
    // The in-flight batches wait out their 60 s lease (their dispatcher might only be slow), then go with their key.
    await waitFor('every batch to be sent', async () => (await batchStates(jobId)).sent === BATCHES, 120_000, 500);
    await restarted.kill();

    expect(delivered().filter((n) => n !== 1)).toEqual([]);
    const statuses = office.platform
      .requests()
      .filter((r) => r.path === '/v2/bot/message/multicast')
      .map((r) => r.status);
    expect(statuses.filter((s) => s !== 200 && s !== 409)).toEqual([]);
    // Every batch in flight at the kill was re-sent with its key; LINE had taken it, so it answered 409 and sent nothing.
    expect(statuses.filter((s) => s === 409).length).toBeGreaterThan(0);
    expect(await batchStates(jobId)).toEqual({ sent: BATCHES });
  }, 150_000);
});
