// The issue's whole cycle in one browser journey: a supervisor plans from Form 1's results, records what the network did
// with a phone photo, generates the Form 3 report, a second supervisor approves and publishes it (count first, one card
// each), and the public page shows the dashboard's numbers; every page passes axe and keeps to the phone's width at 200 %.
import { randomUUID } from 'node:crypto';
import { createCanvas } from '@napi-rs/canvas';
import type { Page } from 'playwright-core';
import { memberDocId } from '@nithet/shared';
import { runOutbox } from '../bot/src/outbox';
import { TEACHER_2 } from '../bot/test/support/local-stack';
import { addMembers, AREA, lineId } from '../bot/test/support/outbox-members';
import { api, followAndRegister } from '../bot/test/support/people';
import { SEMINAR_NETWORK, networkOf } from '../bot/test/support/seminar-fixtures';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';
import { agencyForm1Answers } from '../bot/test/support/form1-answers';

jest.setTimeout(120_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';
const NETWORK = 'เครือข่ายสัมมนา';
const TOP_NEED = 'การจัดการเรียนรู้เชิงรุก (Active Learning)';
const PLANNED = 'PLC การจัดการเรียนรู้เชิงรุก ครั้งที่ 1';
const DONE = 'แลกเปลี่ยนเรียนรู้ PLC เชิงรุก ภาคเรียนที่ 2';

/** A real phone-camera JPEG, so the page has something to shrink and the server something to check. */
function cameraPhoto(): Buffer {
  const canvas = createCanvas(2000, 1500);
  const g = canvas.getContext('2d');
  g.fillStyle = '#2f6f4f';
  g.fillRect(0, 0, 2000, 1500);
  g.fillStyle = '#f2c14e';
  g.fillRect(400, 300, 1200, 900);
  return canvas.toBuffer('image/jpeg');
}

const bangkokToday = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

/** Every page of the journey: no serious or critical axe finding, nothing wider than the phone at 200 % text. */
async function checkPage(page: Page): Promise<void> {
  expect(await seriousA11yIssues(page)).toEqual([]);
  expect(await overflowsAt200Percent(page)).toBe(false);
  await page.evaluate(() => (document.documentElement.style.fontSize = ''));
}

/** The value shown beside a headline label on the dashboard. */
const headline = (page: Page, label: string) =>
  page
    .locator('.headline-stats > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');

describe('When a supervisor runs the cycle from the needs survey to the published report', () => {
  it('then the plan, the activity and its photo, the approved report and the public page all carry the same numbers', async () => {
    const { stack, browser } = env;
    // Four teachers in one network answer Form 1: active learning 3 of 4. A second supervisor will approve.
    const people = await addMembers(stack, 0, 4);
    await networkOf(stack, people);
    await followAndRegister(stack, TEACHER_2, { firstName: 'สมชาย', lastName: 'รักการศึกษา', title: 'นาย' });
    const second = (await stack.deps.repos.members.get(memberDocId(AREA, TEACHER_2)))!;
    await stack.deps.repos.members.put({ ...second, roles: ['supervisor'] });
    const round = await api(stack, SUPERVISOR, 'POST', '/api/form-rounds', {
      title: 'สำรวจความต้องการการพัฒนาเครือข่าย',
      templateId: 'form1-needs-survey',
      audience: { networkIds: [SEMINAR_NETWORK] },
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    });
    expect(round.status).toBe(201);
    const roundId = String(round.body.round.id);
    expect((await api(stack, SUPERVISOR, 'POST', `/api/form-rounds/${roundId}/open`)).status).toBe(200);
    for (const [n, topics] of [
      ['active-learning', 'assessment'],
      ['active-learning'],
      ['active-learning'],
      ['reading-writing'],
    ].entries()) {
      const res = await api(stack, lineId(n), 'POST', `/api/form-rounds/${roundId}/responses`, {
        answers: agencyForm1Answers(topics),
        idempotencyKey: randomUUID(),
      });
      expect([n, res.status]).toEqual([n, 201]);
    }

    // 1. The plan: the needs from the survey, most chosen first; an activity for the network answering the top one.
    const staff = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await staff.getByRole('link', { name: 'แผนส่งเสริมและสนับสนุนเครือข่าย' }).click();
    const needs = staff.getByRole('region', { name: 'ความต้องการจากแบบสำรวจ' });
    await needs.getByText('ผู้ตอบ 4 คน', { exact: false }).waitFor();
    const first = needs.getByRole('listitem').first();
    expect(await first.textContent()).toContain(TOP_NEED);
    expect(await first.textContent()).toContain('3 คน (75.0%)');
    await staff.getByRole('button', { name: 'เพิ่มกิจกรรมในแผน' }).click();
    const form = staff.locator('#add-activity-form');
    await form.getByLabel('ชื่อกิจกรรม').fill(PLANNED);
    await form.getByRole('checkbox', { name: TOP_NEED }).check();
    await form.getByRole('checkbox', { name: NETWORK, exact: true }).check();
    await form.getByLabel('วันเริ่ม').fill(bangkokToday());
    await form.getByRole('button', { name: 'เพิ่มกิจกรรม', exact: true }).click();
    await staff.getByRole('status').getByText(`เพิ่ม “${PLANNED}” ในแผนแล้วค่ะ`).waitFor();
    expect(await first.textContent()).toContain('มีกิจกรรมในแผน 1 รายการ');
    await checkPage(staff);

    // 2. The log: from the network's page, what it did for the planned activity, who came, and a photo from the phone.
    await staff.getByRole('link', { name: 'กลับไปภาพรวมเครือข่าย' }).click();
    await staff.getByRole('link', { name: `ดูสมาชิก ${NETWORK}` }).click();
    await staff.getByRole('link', { name: 'บันทึกกิจกรรมเครือข่าย' }).click();
    await staff.getByRole('link', { name: 'บันทึกกิจกรรมใหม่' }).click();
    await staff.getByRole('heading', { level: 1, name: 'บันทึกกิจกรรมเครือข่าย' }).waitFor();
    await staff.getByLabel('ชื่อกิจกรรม').fill(DONE);
    await staff.getByLabel('รูปแบบกิจกรรม').selectOption('knowledge-exchange');
    await staff.getByLabel('กิจกรรมตามแผน').selectOption({ label: PLANNED });
    await staff.getByLabel('บันทึกผลการดำเนินงาน').fill('ครูแกนนำนำเสนอแผนการจัดการเรียนรู้เชิงรุกและให้ข้อเสนอแนะกัน');
    await staff.getByRole('checkbox', { name: 'เลือกสมาชิกทั้งหมด' }).check();
    await staff.getByLabel('ผู้เข้าร่วมที่ไม่ได้อยู่ในระบบ (คน)').fill('2');
    await staff.getByText('รวมผู้เข้าร่วม 6 คน').waitFor();
    await staff.locator('#evidence-files').setInputFiles({ name: 'IMG_0412.jpg', mimeType: 'image/jpeg', buffer: cameraPhoto() });
    await staff.getByText('รอส่งเมื่อกดบันทึก', { exact: false }).waitFor();
    await checkPage(staff);
    await staff.getByRole('button', { name: 'บันทึกกิจกรรม' }).click();
    await staff.getByText('บันทึกกิจกรรมและไฟล์แนบเรียบร้อยแล้วค่ะ').waitFor();
    await staff.getByText('IMG_0412.jpg').waitFor();
    const [logged] = (await stack.deps.repos.networkActivities.list({ where: [{ field: 'networkId', op: '==', value: SEMINAR_NETWORK }] }))
      .items;
    expect(logged!.planActivityId).toMatch(/^pa-/);
    expect(logged!.evidence.map((f) => f.contentType)).toEqual(['image/jpeg']);
    expect(await stack.deps.files.getBytes(logged!.evidence[0]!.key)).not.toBeNull();
    await checkPage(staff);

    // 3. The dashboard: one activity with six people; the top need traced to the planned activity.
    await staff.goto(`${stack.botUrl}/liff/supervisor`);
    await staff.getByRole('link', { name: 'ดูแดชบอร์ดผลการดำเนินงาน' }).click();
    await staff.getByRole('heading', { level: 1, name: 'แดชบอร์ดผลการดำเนินงาน' }).waitFor();
    const activities = (await headline(staff, 'กิจกรรมของเครือข่าย').textContent())!.trim();
    const participants = (await headline(staff, 'ผู้เข้าร่วมกิจกรรมเครือข่าย (คน)').textContent())!.trim();
    expect([activities, participants]).toEqual(['1', '6']);
    const trace = staff.getByRole('region', { name: 'ความต้องการ → กิจกรรม → ผลประเมิน → ยังเปิดอยู่หรือไม่' });
    const top = trace.getByRole('listitem').filter({ has: staff.getByRole('heading', { name: `1. ${TOP_NEED}` }) });
    expect(await top.textContent()).toContain(PLANNED);
    expect(await top.textContent()).toContain('ผู้เลือก 3 คน (75.0%)');
    await checkPage(staff);

    // 4. The report: generated and reviewed by its author, who may not approve it.
    await staff.getByRole('link', { name: 'กลับไปภาพรวมเครือข่าย' }).click();
    await staff.getByRole('link', { name: 'รายงานแบบที่ 3' }).click();
    await staff.getByRole('button', { name: 'สร้างรายงาน' }).click();
    await staff.getByRole('heading', { level: 2, name: /ฉบับที่ 1/ }).waitFor();
    await staff.getByRole('button', { name: 'ยืนยันว่าตรวจทานแล้ว' }).click();
    await staff.getByRole('status').getByText('บันทึกการตรวจทานแล้วค่ะ').waitFor();
    await staff.getByText('ท่านเป็นผู้จัดทำรายงานฉบับนี้', { exact: false }).waitFor();
    expect(await staff.getByRole('button', { name: 'อนุมัติรายงาน' }).count()).toBe(0);
    await checkPage(staff);
    const reportPath = new URL(staff.url()).pathname.replace(/^\/liff/, '');

    // 5. The second supervisor approves, sees the count before sending, and publishes to the network.
    const approver = await phoneAs(browser, stack, TEACHER_2, 'ศน.สมชาย', reportPath);
    await approver.getByRole('button', { name: 'อนุมัติรายงาน' }).click();
    await approver.getByRole('status').getByText('อนุมัติรายงานแล้วค่ะ').waitFor();
    await approver.getByRole('checkbox', { name: NETWORK }).check();
    await approver.getByRole('button', { name: /ดูจำนวนผู้รับก่อนเผยแพร่/ }).click();
    const preview = approver.getByRole('region', { name: 'ก่อนเผยแพร่' });
    await preview.getByText('กลุ่มเป้าหมาย 4 คน').waitFor();
    await preview.getByText('ใช้โควตาข้อความ 4 ข้อความ').waitFor();
    await checkPage(approver);
    await preview.getByRole('button', { name: 'เผยแพร่ และส่งถึง 4 คน' }).click();
    await approver.getByRole('status').getByText('เผยแพร่รายงานแล้ว ส่งการ์ดสรุปถึง 4 คนค่ะ').waitFor();
    const publicPath = (await approver.getByRole('link', { name: 'เปิดหน้าเว็บสาธารณะของรายงาน' }).getAttribute('href'))!;
    expect(publicPath).toMatch(/^\/reports\/[A-Za-z0-9_-]{24}$/);
    await checkPage(approver);

    // Exactly one summary card per member of the network at the LINE platform (dispatched after quiet hours), none to staff.
    await runOutbox(stack.deps, { now: () => new Date(Date.now() + 11 * 3600_000) });
    const cards = (userId: string) =>
      stack.platform.messagesTo(userId).filter((m) => JSON.stringify(m.message).includes(publicPath)).length;
    expect([0, 1, 2, 3].map((n) => cards(lineId(n)))).toEqual([1, 1, 1, 1]);
    expect([cards(SUPERVISOR), cards(TEACHER_2)]).toEqual([0, 0]);

    // 6. The public page, without signing in: the dashboard's activity count, participants and top need.
    const visitor = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    expect((await visitor.goto(`${stack.botUrl}${publicPath}`))?.status()).toBe(200);
    await visitor.getByRole('heading', { level: 1, name: 'แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน' }).waitFor();
    const summary = visitor.getByRole('region', { name: 'สรุปผลการดำเนินงานโดยย่อ' });
    const activityRow = summary.getByRole('row').filter({ hasText: 'กิจกรรมพัฒนาเครือข่าย' });
    expect(await activityRow.getByRole('cell').nth(1).textContent()).toBe(`${activities} ครั้ง ผู้ร่วม ${participants} คน-ครั้ง`);
    const needsTable = visitor.getByRole('table', { name: /ความต้องการการพัฒนา \d+ อันดับแรก/ });
    const firstNeed = needsTable.getByRole('row').nth(1).getByRole('cell');
    expect(await firstNeed.allTextContents()).toEqual(expect.arrayContaining(['1', TOP_NEED, '3']));
    await checkPage(visitor);
    for (const p of [staff, approver, visitor]) await p.context().close();
  });
});
