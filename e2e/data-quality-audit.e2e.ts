// The data-quality board and the audit log in a real browser: a supervisor reads the three figures of the work
// standard, taps one word's nudge (count and quota first), and finds a network edit in the audit log (พ.ศ. dates).
import { followAndRegister, api } from '../bot/test/support/people';
import { TEACHER, TEACHER_2 } from '../bot/test/support/local-stack';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';

describe('When a supervisor opens the data-quality board', () => {
  it('then the three figures show, a word’s nudge goes after its preview, and the audit log shows the network edit', async () => {
    const { stack, browser } = env;
    await api(stack, SUPERVISOR, 'PUT', '/api/supervisor/settings', { quietStartHour: 0, quietEndHour: 0 });
    await followAndRegister(stack, TEACHER);
    await followAndRegister(stack, TEACHER_2); // the same name and school: a duplicate to check
    expect((await api(stack, SUPERVISOR, 'PATCH', '/api/networks/net-science1', { description: 'ครูวิทยาศาสตร์ระดับประถม' })).status).toBe(200);

    const page = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/data-quality');
    await page.getByRole('heading', { level: 2, name: /ตัวชี้วัดคุณภาพข้อมูล ปี พ\.ศ\. 25\d\d/ }).waitFor();
    for (const word of ['ถูกต้อง', 'ครบถ้วน', 'เป็นปัจจุบัน']) await page.getByRole('heading', { level: 3, name: word, exact: true }).waitFor();
    await page.getByText('สมาชิกชื่อและโรงเรียนซ้ำกัน 1 รายการ').waitFor();
    await page.getByText('ชื่อ-นามสกุลและโรงเรียนเดียวกัน: นางสาวสมศรี ใจดี (โรงเรียนบ้านโนนทัน), นางสาวสมศรี ใจดี (โรงเรียนบ้านโนนทัน)').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(await overflowsAt200Percent(page)).toBe(false);

    // One tap: the count and the quota first, then the send.
    await page.getByRole('button', { name: 'ดูจำนวนผู้รับก่อนส่งข้อความเตือน (ถูกต้อง)' }).click();
    await page.getByRole('heading', { name: 'ก่อนส่งข้อความเตือน' }).waitFor();
    await page.getByText('ส่งถึงทาง LINE ได้ 2 คน').waitFor();
    await page.getByText('ใช้โควตาข้อความ 2 ข้อความ').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.getByRole('button', { name: 'ยืนยันส่งข้อความเตือน 2 คน' }).click();
    await page.getByText('ส่งแล้ว 2 คน').waitFor();
    await page.getByText('ส่งข้อความเตือนได้วันนี้ 0 คน').first().waitFor();
    expect(stack.platform.messagesTo(TEACHER).filter((m) => String(m.message.text ?? '').includes('อาจซ้ำ'))).toHaveLength(1);

    // The audit log: who, what and when in พ.ศ.; filtered by kind.
    await page.getByRole('link', { name: 'ประวัติการแก้ไขข้อมูล' }).click();
    await page.getByRole('heading', { level: 1, name: 'ประวัติการแก้ไขข้อมูล' }).waitFor();
    const edit = page.locator('li.card', { hasText: 'แก้ไขข้อมูลเครือข่าย “ชุมชนครูวิทยาศาสตร์” (1 รายการ)' });
    await edit.waitFor();
    expect(await edit.innerText()).toContain('นางวิภาวรรณ ศรีสุข');
    expect(await edit.innerText()).toMatch(/25\d\d เวลา \d\d\.\d\d น\./);
    expect(await edit.innerText()).toContain('คำอธิบาย: – → ครูวิทยาศาสตร์ระดับประถม');
    expect(await seriousA11yIssues(page)).toEqual([]);
    expect(await overflowsAt200Percent(page)).toBe(false);

    await page.getByLabel('ประเภทข้อมูล').selectOption('settings');
    await page.getByRole('button', { name: 'แสดงรายการ' }).click();
    await page.locator('li.card', { hasText: 'แก้ไขการตั้งค่าสำนักงาน' }).first().waitFor();
    expect(await page.locator('li.card', { hasText: 'แก้ไขข้อมูลเครือข่าย' }).count()).toBe(0);
    await page.context().close();
  });
});
