// The office settings page in a real browser: a supervisor sets the message budget, quiet hours and the certificate
// signer; the server keeps them and the announce preview and certificates use them.
import { enqueueMulticast, runOutbox } from '../bot/src/outbox';
import { addMembers, AREA, deliveredCounts, lineId } from '../bot/test/support/outbox-members';
import { api } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();
const SUPERVISOR = 'U00000000000000000000000000005001';

describe('When a supervisor opens ตั้งค่าสำนักงาน', () => {
  it('then the saved settings show, changes are kept, and a bad value is refused on its field in Thai', async () => {
    const { stack, browser } = env;
    const page = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor');
    await page.getByRole('link', { name: 'ตั้งค่าสำนักงาน' }).click();
    await page.getByRole('heading', { level: 1, name: 'ตั้งค่าสำนักงาน' }).waitFor();
    expect(await page.getByLabel('งดส่งข้อความตั้งแต่').inputValue()).toBe('21');
    expect(await page.getByLabel('ถึง', { exact: true }).inputValue()).toBe('7');

    await page.getByLabel('งบข้อความต่อเดือน (จำนวนผู้รับ)').fill('-5');
    await page.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
    await page.getByText('กรุณากรอกเป็นจำนวนเต็มไม่ติดลบ หรือเว้นว่าง').waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);

    await page.getByLabel('งบข้อความต่อเดือน (จำนวนผู้รับ)').fill('15000');
    await page.getByLabel('งดส่งข้อความตั้งแต่').selectOption('22');
    await page.getByLabel('ถึง', { exact: true }).selectOption('6');
    await page.getByLabel('ชื่อผู้ลงนามในเกียรติบัตร').fill('นายสมชาย รักการศึกษา');
    await page.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
    await page.getByText('บันทึกการตั้งค่าแล้วค่ะ').waitFor();
    expect((await api(stack, SUPERVISOR, 'GET', '/api/supervisor/settings')).body).toEqual({
      profileStaleDays: 180,
      monthlyMessageQuota: 15000,
      certificateSignerName: 'นายสมชาย รักการศึกษา',
      certificateSignerTitle: null,
      quietStartHour: 22,
      quietEndHour: 6,
    });
    expect(await overflowsAt200Percent(page)).toBe(false);
    await page.context().close();
  });

  it("then messages held back at LINE's monthly limit show with a count, and one tap sends them once the quota is raised", async () => {
    const { stack, browser } = env;
    const people = await addMembers(stack, 0, 4);
    stack.platform.setQuota({ type: 'limited', value: 2 });
    await enqueueMulticast(stack.deps, {
      areaId: AREA,
      reason: 'test',
      recipientMemberIds: people,
      messages: [{ type: 'text', text: 'ประกาศ' }],
      dedupeKey: 'held:1',
    });
    await runOutbox(stack.deps);
    const page = await phoneAs(browser, stack, SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/settings');
    await page.getByText('มีข้อความรอส่ง 1 ชุด ถึง 4 คน', { exact: false }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    stack.platform.setQuota({ type: 'none' });
    await page.getByRole('button', { name: 'ส่งข้อความที่รออยู่ตอนนี้' }).click();
    await page.getByText('ส่งต่อแล้ว 1 ชุดค่ะ').waitFor();
    await runOutbox(stack.deps);
    expect(
      deliveredCounts(
        stack,
        people.map((_, i) => lineId(i)),
      ),
    ).toEqual([1, 1, 1, 1]);
    await page.context().close();
  });
});
