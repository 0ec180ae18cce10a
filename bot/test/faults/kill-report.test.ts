// Fault evidence: the server process is SIGKILLed while it makes a Form 3 report — once while generating the draft, once
// while publication renders and stores the three files (one on disk, the others not yet). After each restart the
// report is absent or complete, never a record pointing at missing or partial files; generating and publishing again
// work, the stored files match their hashes, and the report's card reaches each member once.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS, cycleFigures, type Report } from '@nithet/shared';
import { SUPERVISOR } from '../support/local-stack';
import { AREA } from '../support/outbox-members';
import { CYCLE, seedCycle, userOf } from '../support/cycle-seed';
import { startFaultOffice, waitFor, type FaultOffice } from './support/bot-process';

let office: FaultOffice;
const SECOND = userOf(AREA, 99); // the seeded cycle's supervisor: a second person to approve
const MEMBERS = Array.from({ length: 10 }, (_, i) => userOf(AREA, i));
const TC = `${AREA}-tc`; // the network of MEMBERS[0..5]

beforeAll(async () => {
  office = await startFaultOffice();
  const deps = await office.open();
  await seedCycle(deps.repos, AREA);
  await deps.repos.store.close();
  for (const u of [...MEMBERS, SECOND]) office.platform.addUser({ userId: u, displayName: 'ครู', following: true });
});
afterAll(async () => {
  await office.stop();
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- API bodies are asserted field by field
type Json = any;
async function api(userId: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: Json }> {
  const res = await fetch(`${office.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${office.platform.mintIdToken(userId)}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  }).catch(() => null);
  if (!res) return { status: 0, body: null };
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

async function storedReports(): Promise<Report[]> {
  const deps = await office.open();
  try {
    return (await deps.repos.reports.list({ where: [{ field: 'areaId', op: '==', value: AREA }] })).items;
  } finally {
    await deps.repos.store.close();
  }
}

/** Published files on disk (not the `.part` of a write cut short), as paths under the files folder. */
function filesOnDisk(): string[] {
  const dir = join(office.dataDir, 'files', 'reports');
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(pdf|docx|xlsx)$/.test(f)).sort();
}

const verifies = () => office.platform.requests().filter((r) => r.path === '/oauth2/v2.1/verify').length;

describe('When the server is killed while it makes the Form 3 report', () => {
  it('then the killed draft is absent or complete, generating again gives the complete draft, and so on to approval', async () => {
    const server = await office.start();
    const before = verifies();
    const generating = api(SUPERVISOR, 'POST', '/api/reports', { cycle: CYCLE });
    // Killed once the server is working on the request (it is checking the supervisor's LIFF token with LINE).
    await waitFor('the server to check the token', () => verifies() > before, 30_000, 1);
    await server.kill();
    expect((await generating).status).toBe(0);

    const atKill = await storedReports();
    expect(atKill.length).toBeLessThanOrEqual(1);
    const audit = async () => {
      const deps = await office.open();
      const { items } = await deps.repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: AREA }] });
      await deps.repos.store.close();
      return items.filter((e) => e.entity === 'report');
    };
    // Absent, or complete: its figures and its audit entry were written together.
    if (atKill[0]) {
      expect(atKill[0].figures.headline.members).toBeGreaterThan(0);
      expect(await audit()).toHaveLength(1);
    } else expect(await audit()).toHaveLength(0);

    const restarted = await office.start();
    const generated = await api(SUPERVISOR, 'POST', '/api/reports', { cycle: CYCLE });
    expect(generated.status).toBe(atKill[0] ? 200 : 201);
    const id: string = generated.body.report.id;
    const [stored] = await storedReports();
    const deps = await office.open();
    const direct = await cycleFigures(deps.repos, AREA, CYCLE, { clock: deps.clock });
    await deps.repos.store.close();
    expect({ ...stored!.figures, generatedAt: 'x' }).toEqual({ ...direct, generatedAt: 'x' });
    expect((await audit()).length).toBeGreaterThanOrEqual(1);
    expect((await api(SUPERVISOR, 'POST', `/api/reports/${id}/transition`, { action: 'review' })).status).toBe(200);
    expect((await api(SECOND, 'POST', `/api/reports/${id}/transition`, { action: 'approve' })).body.report.status).toBe('approved');
    await restarted.kill();
  }, 60_000);

  it('then a publication killed between its files leaves the report approved with no files, and publishing again is whole', async () => {
    const [approved] = await storedReports();
    expect(approved).toMatchObject({ status: 'approved', files: null, publicId: null });
    const server = await office.start();
    const publishing = api(SECOND, 'POST', `/api/reports/${approved!.id}/publish`, { networkIds: [TC] });
    // Killed as soon as the first of the three files is on disk: the PDF is stored, the DOCX and XLSX are not yet.
    await waitFor('the first published file', () => filesOnDisk().length > 0, 30_000, 1);
    await server.kill();
    expect((await publishing).status).toBe(0);
    const orphans = filesOnDisk();
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans.length).toBeLessThan(3);

    // The record never points at the half-made files, and nothing was queued for the members.
    const [afterKill] = await storedReports();
    expect(afterKill).toMatchObject({ status: 'approved', files: null, publicId: null, published: null });
    const check = await office.open();
    expect(await check.repos.store.count(COLLECTIONS.outbox, [])).toBe(0);
    await check.repos.store.close();

    const restarted = await office.start();
    const orphanId = orphans[0]!.replace(/^.*\//, '').replace(/\.\w+$/, '');
    expect((await fetch(`${office.url}/reports/${orphanId}`)).status).toBe(404);
    const published = await api(SECOND, 'POST', `/api/reports/${approved!.id}/publish`, { networkIds: [TC] });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ created: true, changed: true, report: { status: 'published' } });
    const [done] = await storedReports();
    expect(Object.keys(done!.files ?? {}).sort()).toEqual(['docx', 'pdf', 'xlsx']);
    expect(done!.publicId).not.toBe(orphanId);
    // Served from storage only when the bytes match the hash recorded at publication.
    const pdf = await fetch(`${office.url}/reports/${done!.publicId}.pdf`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    for (const kind of ['docx', 'xlsx']) expect((await api(SECOND, 'GET', `/api/reports/${done!.id}/files/${kind}`)).status).toBe(200);

    // The card goes through the outbox once; publishing again changes nothing and sends nothing.
    const cards = () => MEMBERS.map((u) => office.platform.messagesTo(u).length);
    await waitFor(
      'the cards',
      () =>
        cards()
          .slice(0, 6)
          .every((n) => n === 1),
      30_000,
      20,
    );
    expect((await api(SECOND, 'POST', `/api/reports/${done!.id}/publish`, { networkIds: [TC] })).body).toMatchObject({
      created: false,
      changed: false,
    });
    await new Promise((r) => setTimeout(r, 500));
    await restarted.kill();
    expect(cards()).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
  }, 60_000);
});
