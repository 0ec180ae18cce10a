// The foundation journey in a real browser: a teacher adds the account in the simulator, opens the
// registration LIFF page from the bot's button, registers, and sees the bot's confirmation.
import type { Page } from 'playwright-core';
import { memberDocId } from '@nithet/shared';
import { TEACHER } from '../bot/test/support/local-stack';
import { overflowsAt200Percent, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(90_000);

const env = stackAndBrowser();
let page: Page;

beforeEach(async () => {
  // axe-core's Playwright builder needs pages made from an explicit context.
  page = await (await env.browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
});
afterEach(async () => {
  await page.context().close();
});

async function openSimulatorAs(userId: string): Promise<void> {
  await page.goto(env.stack.simulatorUrl);
  await page.getByLabel('คุยในนามของ').selectOption(userId);
}

describe('When a teacher adds the account and registers from the bot button', () => {
  it('then the profile is saved, the bot confirms in the chat, and every page passes the accessibility audit', async () => {
    await openSimulatorAs(TEACHER);
    await page.getByRole('button', { name: 'เพิ่มเพื่อน' }).click();
    const log = page.getByRole('log', { name: 'ข้อความในแชท' });
    await log.getByText('ยินดีต้อนรับ', { exact: false }).first().waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);

    await log.getByRole('button', { name: 'ลงทะเบียน' }).last().click();
    const liff = page.frameLocator('iframe[title="หน้าเว็บ LIFF"]');
    await liff.getByLabel('ชื่อ', { exact: true }).waitFor();

    await liff.getByLabel('คำนำหน้า').selectOption('นางสาว');
    await liff.getByLabel('ชื่อ', { exact: true }).fill('สมศรี');
    await liff.getByLabel('นามสกุล').fill('ใจดี');
    await liff.getByLabel('ค้นหาโรงเรียน').fill('โนนทัน');
    await liff.getByRole('radio', { name: /โรงเรียนบ้านโนนทัน/ }).check();
    await liff.getByLabel('ตำแหน่ง').selectOption('teacher');
    await liff.getByLabel('ประถมศึกษา', { exact: true }).check();
    await liff.getByRole('checkbox', { name: /ติดต่อและส่งข่าวสาร/ }).check();
    await liff.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await liff.getByText('ลงทะเบียนเรียบร้อยแล้วค่ะ').waitFor();

    await log.getByText('ลงทะเบียนเรียบร้อยแล้วค่ะ', { exact: false }).first().waitFor();
    const member = await env.stack.deps.repos.members.get(memberDocId('demo-esa', TEACHER));
    expect(member?.profile).toMatchObject({
      title: 'นางสาว',
      firstName: 'สมศรี',
      lastName: 'ใจดี',
      schoolCode: '1040010002',
      levels: ['primary'],
    });
    expect(member?.consents.find((c) => c.purpose === 'network-contact')?.granted).toBe(true);
  });
});

describe('When the registration page is opened directly as a teacher on a phone', () => {
  it('then validation speaks Thai as you type, axe finds nothing serious, and 200 % text does not break the layout', async () => {
    await env.stack.platform.sendEvent(TEACHER, { type: 'follow' });
    const token = env.stack.platform.mintIdToken(TEACHER);
    const phone = await (await env.browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
    try {
      const q = new URLSearchParams({ mockIdToken: token, mockUserId: TEACHER, mockName: 'ครูสมศรี ใจดี' });
      await phone.goto(`${env.stack.botUrl}/liff/register?${q}`);
      const first = phone.getByLabel('ชื่อ', { exact: true });
      await first.waitFor();
      await first.fill('ส');
      await first.fill('');
      await phone.getByText('กรุณากรอกชื่อ').waitFor();
      expect(await first.getAttribute('aria-invalid')).toBe('true');
      expect(await seriousA11yIssues(phone)).toEqual([]);
      expect(await overflowsAt200Percent(phone)).toBe(false);
      await phone.getByRole('button', { name: 'ลงทะเบียน' }).scrollIntoViewIfNeeded();
      expect(await phone.getByRole('button', { name: 'ลงทะเบียน' }).isVisible()).toBe(true);
      expect(await seriousA11yIssues(phone)).toEqual([]);
    } finally {
      await phone.context().close();
    }
  });
});
