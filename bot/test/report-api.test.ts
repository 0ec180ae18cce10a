// The Form 3 report over real HTTP, real SQLite and the local LINE platform, on a seeded cycle with known numbers:
// the files' numbers are the dashboard's (cycleFigures), the steps go in order with a second person approving, each
// step is audited, a published report is frozen and public (nothing else is), and its card reaches each person once.
import { createHash } from 'node:crypto';
import { cycleFigures, type AuditEntry, type CycleFigures, type Report } from '@nithet/shared';
import { runOutbox } from '../src/outbox';
import { startTestStack, SUPERVISOR, TEACHER } from './support/local-stack';
import { api, followAndRegister } from './support/people';
import { AREA, deliveredCounts } from './support/outbox-members';
import { CYCLE, seedCycle, userOf } from './support/cycle-seed';
import { flat, readDocx, readPdfText, readXlsx } from './support/report-readers';
import { fmtCount, fmtPercent, fmtScore } from '../src/reports/report-document';

type Stack = Awaited<ReturnType<typeof startTestStack>>;
let stack: Stack;
const SECOND = userOf(AREA, 99); // the seeded cycle's supervisor: a second person to approve
const MEMBERS = Array.from({ length: 10 }, (_, i) => userOf(AREA, i));
const HOUR = 3600_000;
const flush = () => runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * HOUR) });

async function download(
  userId: string,
  id: string,
  kind: string,
  query = '',
): Promise<{ status: number; type: string; bytes: Buffer; disposition: string }> {
  const res = await fetch(`${stack.botUrl}/api/reports/${encodeURIComponent(id)}/files/${kind}${query}`, {
    headers: { authorization: `Bearer ${stack.platform.mintIdToken(userId)}` },
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    bytes: Buffer.from(await res.arrayBuffer()),
    disposition: res.headers.get('content-disposition') ?? '',
  };
}

const withoutTime = (f: CycleFigures) => ({ ...f, generatedAt: 'x' });
const reportAudit = async (): Promise<AuditEntry[]> =>
  (await stack.deps.repos.auditLog.list({ where: [{ field: 'areaId', op: '==', value: AREA }] })).items
    .filter((e) => e.entity === 'report')
    .sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  stack = await startTestStack();
  await seedCycle(stack.deps.repos, AREA);
  for (const u of [...MEMBERS, SECOND]) stack.platform.addUser({ userId: u, displayName: 'ครู', following: true });
  await followAndRegister(stack, TEACHER);
}, 60_000);
afterAll(async () => {
  await stack.stop();
});

let reportId = '';

describe('When a supervisor generates the Form 3 report of a cycle', () => {
  it('then the draft holds the dashboard’s figures and its DOCX, PDF and XLSX print exactly those numbers', async () => {
    const res = await api(stack, SUPERVISOR, 'POST', '/api/reports', { cycle: CYCLE });
    expect(res.status).toBe(201);
    expect(res.body.report).toMatchObject({ status: 'draft', version: 1, periodLabel: 'ปีงบประมาณ 2570', actions: ['review'] });
    reportId = res.body.report.id;
    const stored = (await stack.deps.repos.reports.get(reportId))!;
    const direct = await cycleFigures(stack.deps.repos, AREA, CYCLE, { clock: stack.deps.clock });
    expect(withoutTime(stored.figures)).toEqual(withoutTime(direct));
    expect(direct.headline.seminars).toBeGreaterThan(0);
    expect(direct.needs.top.length).toBeGreaterThan(0);

    const h = direct.headline;
    const numbers = [
      `${fmtCount(h.networks)} เครือข่าย`,
      `${fmtCount(h.members)} คน`,
      `${fmtCount(h.seminars)} ครั้ง ผู้เข้าร่วม ${fmtCount(h.seminarAttendances)} คน-ครั้ง`,
      `${fmtCount(h.planActivitiesDone)}/${fmtCount(h.planActivities)} กิจกรรม`,
      fmtScore(h.evaluationMean),
      ...direct.needs.top.slice(0, 10).flatMap((n) => [n.label, `${fmtCount(n.count)}${fmtPercent(n.share)}`]),
      ...direct.networks.byKind.map((k) => `${k.label}${fmtCount(k.networks)}${fmtCount(k.members)}`),
    ].map(flat);

    const [docx, pdf, xlsx] = await Promise.all(['docx', 'pdf', 'xlsx'].map((k) => download(SUPERVISOR, reportId, k)));
    expect([docx!.status, pdf!.status, xlsx!.status]).toEqual([200, 200, 200]);
    expect(docx!.type).toContain('wordprocessingml');
    expect(pdf!.disposition).toContain('form3-2570-fiscal-v1.pdf');
    const docText = flat((await readDocx(docx!.bytes)).text);
    const pdfText = flat((await readPdfText(pdf!.bytes)).pages.join('\n'));
    for (const n of numbers) expect([n, docText.includes(n), pdfText.includes(n)]).toEqual([n, true, true]);
    expect(pdfText).toContain('ฉบับร่าง');

    const sheets = await readXlsx(xlsx!.bytes);
    const summary = new Map(sheets['สรุป']!.map((r) => [r[0], r[1]]));
    expect([summary.get('เครือข่าย'), summary.get('สมาชิก (คน)'), summary.get('ประชุม/สัมมนา (ครั้ง)')]).toEqual([
      h.networks,
      h.members,
      h.seminars,
    ]);
    expect(sheets['ความต้องการ']!.slice(1).map((r) => [r[1], r[2]])).toEqual(direct.needs.top.map((n) => [n.label, n.count]));
    // No one's name in the appendix unless asked for.
    expect(JSON.stringify(sheets)).not.toMatch(/สมใจ|วิภาวรรณ/);
    const named = await readXlsx((await download(SUPERVISOR, reportId, 'xlsx', '?names=1')).bytes);
    expect(named['ผู้รับรอง']![1]![1]).toBe('นางวิภาวรรณ ศรีสุข');
  }, 60_000);

  it('then teachers can neither list, make nor download reports, and a bad cycle is a Thai 400', async () => {
    expect((await api(stack, TEACHER, 'GET', '/api/reports')).status).toBe(403);
    expect((await api(stack, TEACHER, 'POST', '/api/reports', { cycle: CYCLE })).body.error.message).toBe('ท่านไม่มีสิทธิ์ใช้งานส่วนนี้');
    expect((await download(TEACHER, reportId, 'pdf')).status).toBe(403);
    const bad = await api(stack, SUPERVISOR, 'POST', '/api/reports', { cycle: { yearBE: 70, periodKind: 'month' } });
    expect(bad.status).toBe(400);
    expect((await api(stack, SUPERVISOR, 'GET', '/api/reports/nope:2570-fiscal:v1')).status).toBe(404);
    expect((await download(SUPERVISOR, reportId, 'exe')).status).toBe(404);
  });
});

describe('When the report goes through review, approval and publication', () => {
  it('then no step is skipped, the author cannot approve, each step says who and when, and each is audited', async () => {
    const skip = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/transition`, { action: 'approve' });
    expect([skip.status, skip.body.error.code, skip.body.error.message]).toEqual([
      409,
      'report/wrong-step',
      'รายงานต้องผ่านการตรวจทานก่อนจึงจะอนุมัติได้ค่ะ',
    ]);
    const early = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/publish`, { networkIds: [] });
    expect([early.status, early.body.error.code]).toEqual([409, 'report/wrong-step']);
    const byTeacher = await api(stack, TEACHER, 'POST', `/api/reports/${reportId}/transition`, { action: 'review' });
    expect(byTeacher.status).toBe(403);

    const reviewed = await api(stack, SUPERVISOR, 'POST', `/api/reports/${reportId}/transition`, { action: 'review' });
    expect(reviewed.body.report).toMatchObject({
      status: 'reviewed',
      steps: { reviewed: { name: 'นางวิภาวรรณ ศรีสุข' } },
      actions: [],
      ownDraft: true,
    });
    const again = await api(stack, SUPERVISOR, 'POST', `/api/reports/${reportId}/transition`, { action: 'review' });
    expect(again.body).toMatchObject({ changed: false });

    const self = await api(stack, SUPERVISOR, 'POST', `/api/reports/${reportId}/transition`, { action: 'approve' });
    expect([self.status, self.body.error.code]).toEqual([403, 'report/self-approval']);
    expect(self.body.error.message).toContain('ผู้จัดทำรายงานอนุมัติรายงานของตนเองไม่ได้');
    const approved = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/transition`, { action: 'approve' });
    expect(approved.body.report).toMatchObject({
      status: 'approved',
      actions: ['publish'],
      steps: { approved: { name: 'นางสมใจ99 ทดสอบ' } },
    });
    expect(Date.parse(approved.body.report.steps.approved.at)).toBeGreaterThan(Date.parse(approved.body.report.steps.reviewed.at) - 1);

    const audit = await reportAudit();
    expect(audit.map((e) => [e.action, e.actorMemberId, e.changes])).toEqual([
      ['create', `${AREA}:${SUPERVISOR}`, [{ field: 'status', from: null, to: 'draft' }]],
      ['status', `${AREA}:${SUPERVISOR}`, [{ field: 'status', from: 'draft', to: 'reviewed' }]],
      ['status', `${AREA}:${SECOND}`, [{ field: 'status', from: 'reviewed', to: 'approved' }]],
    ]);
    expect(audit.map((e) => e.summary)).toEqual([
      'สร้างรายงานแบบที่ 3 ปีงบประมาณ 2570 ฉบับที่ 1',
      'เปลี่ยนสถานะรายงานเป็น ตรวจทานแล้ว (ฉบับที่ 1)',
      'เปลี่ยนสถานะรายงานเป็น อนุมัติแล้ว (ฉบับที่ 1)',
    ]);
  });

  it('then the preview counts the chosen networks’ members and the quota first, and each of them gets exactly one card', async () => {
    const tc = `${AREA}-tc`; // 6 active members in the seeded cycle
    const unknown = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/publish-preview`, { networkIds: ['net-nope'] });
    expect([unknown.status, unknown.body.error.message]).toEqual([404, 'ไม่พบเครือข่ายที่เลือกบางเครือข่าย (อาจถูกเก็บถาวรแล้ว) กรุณาเลือกใหม่ค่ะ']);
    const preview = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/publish-preview`, { networkIds: [tc] });
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({ recipients: 6, reachable: 6, skippedUnreachable: 0, requests: 1, quotaCost: 6 });
    expect(preview.body.monthlyQuota).toMatchObject({ exceeds: false });
    expect((await stack.deps.repos.reports.get(reportId))!.status).toBe('approved');

    const published = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/publish`, { networkIds: [tc] });
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({
      created: true,
      reachable: 6,
      changed: true,
      report: { status: 'published', publishedToNetworkIds: [tc] },
    });
    await flush();
    const twice = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/publish`, { networkIds: [tc] });
    expect(twice.body).toMatchObject({ created: false, changed: false });
    await flush();
    expect(deliveredCounts(stack, MEMBERS)).toEqual([1, 1, 1, 1, 1, 1, 0, 0, 0, 0]);
    const card = JSON.stringify(stack.platform.messagesTo(MEMBERS[0]!)[0]!.message);
    const publicPath: string = published.body.report.publicPath;
    expect(card).toContain(publicPath);
    expect(card).toContain('ปีงบประมาณ 2570');
    expect(publicPath).toMatch(/^\/reports\/[A-Za-z0-9_-]{24}$/);
    const audit = await reportAudit();
    expect(audit.at(-1)).toMatchObject({
      action: 'status',
      summary: 'เผยแพร่รายงานแบบที่ 3 ฉบับที่ 1 ถึง 1 เครือข่าย',
      changes: [{ field: 'status', from: 'approved', to: 'published' }],
    });
  }, 60_000);

  it('then the public page shows it without scripts or names, with its stored PDF, and drafts or made-up links are not found', async () => {
    const report = (await stack.deps.repos.reports.get(reportId)) as Report;
    const page = await fetch(`${stack.botUrl}/reports/${report.publicId}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    expect(html).toContain('<html lang="th">');
    expect(html).toContain('แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน');
    expect(html).toContain(`${fmtCount(report.figures.headline.networks)} เครือข่าย`);
    expect(html).not.toMatch(/<script|วิภาวรรณ|สมใจ|ทดสอบ99/);
    expect(html).toContain(`/reports/${report.publicId}.pdf`);

    const pdf = await fetch(`${stack.botUrl}/reports/${report.publicId}.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(report.files!.pdf.sha256);
    expect(flat((await readPdfText(bytes)).pages.join(''))).not.toContain('ฉบับร่าง');

    for (const path of [
      '/reports/AAAAAAAAAAAAAAAAAAAAAAAA',
      `/reports/${encodeURIComponent(reportId)}`,
      '/reports/short',
      '/reports/AAAAAAAAAAAAAAAAAAAAAAAA.pdf',
    ]) {
      const res = await fetch(`${stack.botUrl}${path}`);
      expect([path, res.status]).toEqual([path, 404]);
      expect(await res.text()).toContain('ไม่พบรายงาน');
    }
  });

  it('then the published report is frozen, and regenerating starts version 2 as a draft while version 1 stays public', async () => {
    const before = (await stack.deps.repos.reports.get(reportId)) as Report;
    for (const action of ['review', 'approve']) {
      const res = await api(stack, SECOND, 'POST', `/api/reports/${reportId}/transition`, { action });
      expect([res.status, res.body.error.code]).toEqual([409, 'report/frozen']);
    }
    const downloaded = await download(SUPERVISOR, reportId, 'docx');
    expect(createHash('sha256').update(downloaded.bytes).digest('hex')).toBe(before.files!.docx.sha256);

    const next = await api(stack, SECOND, 'POST', '/api/reports', { cycle: CYCLE });
    expect(next.status).toBe(201);
    expect(next.body.report).toMatchObject({
      version: 2,
      status: 'draft',
      steps: { drafted: { name: 'นางสมใจ99 ทดสอบ' }, reviewed: null },
    });
    expect((await stack.deps.repos.reports.get(next.body.report.id))!.previousVersionId).toBe(reportId);
    // Regenerating the unpublished version 2 refreshes it in place (still version 2).
    const refreshed = await api(stack, SUPERVISOR, 'POST', '/api/reports', { cycle: CYCLE });
    expect([refreshed.status, refreshed.body.report.version, refreshed.body.report.steps.drafted.name]).toEqual([
      200,
      2,
      'นางวิภาวรรณ ศรีสุข',
    ]);
    expect(await stack.deps.repos.reports.get(reportId)).toEqual(before);
    expect((await fetch(`${stack.botUrl}/reports/${before.publicId}`)).status).toBe(200);

    const list = await api(stack, SUPERVISOR, 'GET', '/api/reports');
    expect(list.body.reports.map((r: { version: number; status: string }) => [r.version, r.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect((await reportAudit()).slice(-2).map((e) => [e.action, e.summary])).toEqual([
      ['create', 'สร้างรายงานแบบที่ 3 ปีงบประมาณ 2570 ฉบับที่ 2'],
      ['update', 'สร้างรายงานใหม่จากข้อมูลล่าสุด ฉบับที่ 2 (กลับเป็นฉบับร่าง)'],
    ]);
  }, 60_000);
});

describe("When a supervisor aims at another office's report", () => {
  it('then it does not exist for them: not listed, not shown, not downloadable, not movable, not publishable', async () => {
    const mine = (await stack.deps.repos.reports.get(reportId)) as Report;
    const other: Report = {
      ...mine,
      id: 'other-esa:2570-fiscal:v1',
      areaId: 'other-esa',
      status: 'approved',
      publicId: null,
      files: null,
      published: null,
    };
    await stack.deps.repos.reports.put(other);
    const id = encodeURIComponent(other.id);
    for (const [method, path, body] of [
      ['GET', `/api/reports/${id}`, undefined],
      ['GET', `/api/reports/${id}/files/pdf`, undefined],
      ['POST', `/api/reports/${id}/transition`, { action: 'approve' }],
      ['POST', `/api/reports/${id}/publish-preview`, { networkIds: [] }],
      ['POST', `/api/reports/${id}/publish`, { networkIds: [] }],
    ] as const) {
      const res = await api(stack, SECOND, method, path, body);
      expect([path, res.status]).toEqual([path, 404]);
    }
    expect((await api(stack, SUPERVISOR, 'GET', '/api/reports')).body.reports.map((r: { id: string }) => r.id)).not.toContain(other.id);
    expect(await stack.deps.repos.reports.get(other.id)).toEqual(other);
  });
});
