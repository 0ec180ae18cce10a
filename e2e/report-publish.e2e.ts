// The Form 3 report in a real browser: a supervisor generates the cycle's report from the supervisor page and reviews
// it, a second supervisor approves it (the author may not) and publishes it to a network after seeing the count, each
// member gets one card, and the public page shows the report with its PDF; every screen passes axe at 200 % text.
import { memberDocId } from '@nithet/shared';
import { runOutbox } from '../bot/src/outbox';
import { addMembers, deliveredCounts, lineId } from '../bot/test/support/outbox-members';
import { followAndRegister } from '../bot/test/support/people';
import { TEACHER_2 } from '../bot/test/support/local-stack';
import { networkOf } from '../bot/test/support/seminar-fixtures';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(180_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const AREA = 'demo-esa';
const TITLE = 'แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน';

describe('When supervisors generate, review, approve and publish the Form 3 report', () => {
  it('then each step shows who and when, the card reaches each member once, and the public page shows the report', async () => {
    const { stack, browser } = env;
    const people = await addMembers(stack, 0, 3);
    await networkOf(stack, people);
    // A second supervisor: the author of a report may not approve it.
    await followAndRegister(stack, TEACHER_2, { firstName: 'สมชาย', lastName: 'รักการศึกษา', title: 'นาย' });
    const second = (await stack.deps.repos.members.get(memberDocId(AREA, TEACHER_2)))!;
    await stack.deps.repos.members.put({ ...second, roles: ['supervisor'] });

    // 1. The author: from the supervisor page to the reports, generate today's cycle, review it.
    const author = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await author.getByRole('link', { name: 'รายงานแบบที่ 3' }).click();
    await author.getByRole('heading', { level: 1, name: 'รายงานผลการดำเนินงาน (แบบที่ 3)' }).waitFor();
    await author.getByText('ยังไม่มีรายงาน', { exact: false }).waitFor();
    expect(await seriousA11yIssues(author)).toEqual([]);
    await author.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await author.getByRole('heading', { level: 2, name: /ฉบับที่ 1/ }).waitFor();
    expect(await author.locator('.report-steps').textContent()).toContain('นางวิภาวรรณ ศรีสุข เมื่อ');
    expect(await author.locator('.report-steps').textContent()).toMatch(/25\d\d/);
    await author.getByRole('button', { name: 'ยืนยันว่าตรวจทานแล้ว' }).click();
    await author.getByRole('status').getByText('บันทึกการตรวจทานแล้วค่ะ').waitFor();
    await author.getByText('ท่านเป็นผู้จัดทำรายงานฉบับนี้', { exact: false }).waitFor();
    expect(await author.getByRole('button', { name: 'อนุมัติรายงาน' }).count()).toBe(0);
    expect(await seriousA11yIssues(author)).toEqual([]);
    expect(await overflowsAt200Percent(author)).toBe(false);
    const reportPath = new URL(author.url()).pathname.replace(/^\/liff/, '');

    // 2. The second supervisor approves, chooses the network, sees the count and the quota, then publishes.
    const approver = await phoneAs(browser, stack, TEACHER_2, 'ศน.สมชาย', reportPath);
    await approver.getByRole('button', { name: 'อนุมัติรายงาน' }).click();
    await approver.getByRole('status').getByText('อนุมัติรายงานแล้วค่ะ').waitFor();
    expect(await approver.locator('.report-steps').textContent()).toContain('นายสมชาย รักการศึกษา เมื่อ');
    await approver.getByRole('checkbox', { name: 'เครือข่ายสัมมนา' }).check();
    await approver.getByRole('button', { name: /ดูจำนวนผู้รับก่อนเผยแพร่/ }).click();
    const preview = approver.getByRole('region', { name: 'ก่อนเผยแพร่' });
    await preview.getByText('กลุ่มเป้าหมาย 3 คน').waitFor();
    expect(await seriousA11yIssues(approver)).toEqual([]);
    await preview.getByRole('button', { name: 'เผยแพร่ และส่งถึง 3 คน' }).click();
    await approver.getByRole('status').getByText('เผยแพร่รายงานแล้ว ส่งการ์ดสรุปถึง 3 คนค่ะ').waitFor();
    const publicLink = approver.getByRole('link', { name: 'เปิดหน้าเว็บสาธารณะของรายงาน' });
    const publicPath = (await publicLink.getAttribute('href'))!;
    expect(publicPath).toMatch(/^\/reports\/[A-Za-z0-9_-]{24}$/);
    expect(await seriousA11yIssues(approver)).toEqual([]);
    expect(await overflowsAt200Percent(approver)).toBe(false);

    // 3. One card each, through the outbox (dispatched as if after quiet hours).
    await runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * 3600_000) });
    expect(deliveredCounts(stack, [lineId(0), lineId(1), lineId(2)])).toEqual([1, 1, 1]);
    expect(JSON.stringify(stack.platform.messagesTo(lineId(0))[0]!.message)).toContain(publicPath);

    // 4. The public page: no sign-in, no script, the report's summary and its PDF; readable at 200 % text.
    const visitor = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    const res = await visitor.goto(`${stack.botUrl}${publicPath}`);
    expect(res?.status()).toBe(200);
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await visitor.getByRole('heading', { level: 2, name: '4. การส่งเสริมและสนับสนุนการพัฒนาเครือข่ายการนิเทศในรูปแบบต่าง ๆ' }).waitFor();
    expect(await visitor.locator('body').textContent()).not.toContain('วิภาวรรณ');
    expect(await seriousA11yIssues(visitor)).toEqual([]);
    expect(await overflowsAt200Percent(visitor)).toBe(false);
    const pdfHref = (await visitor.getByRole('link', { name: 'เปิดรายงานฉบับเต็ม (PDF)' }).getAttribute('href'))!;
    const pdf = await fetch(`${stack.botUrl}${pdfHref}`);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });
});
