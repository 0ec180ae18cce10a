// The networks journey in a real browser: a teacher scans a network's join link, registers on the way,
// asks to join; the coordinator approves from the card in LINE; the teacher sees it in "my networks".
import { memberDocId, membershipDocId } from '@nithet/shared';
import { TEACHER_2 } from '../bot/test/support/local-stack';
import { COORDINATOR } from '../bot/test/support/people';
import { overflowsAt200Percent, phoneAs, seriousA11yIssues } from './browser';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(120_000);

const env = stackAndBrowser();

describe('When a teacher scans the join QR of a network that needs approval', () => {
  it('then they register on the way, the coordinator approves in LINE, and the network shows in my networks', async () => {
    const { stack, browser } = env;
    await stack.platform.sendEvent(TEACHER_2, { type: 'follow' });
    const qr = await fetch(`${stack.botUrl}/api/networks/net-lead2570/join-qr`, {
      headers: { authorization: `Bearer ${stack.platform.mintIdToken(COORDINATOR)}` },
    });
    const { joinUrl } = (await qr.json()) as { joinUrl: string };
    const joinPath = joinUrl.slice(`${stack.botUrl}/liff`.length); // what the camera opens inside LINE

    const phone = await phoneAs(browser, stack, TEACHER_2, 'Kru Anan', joinPath);
    // Not registered yet: the join page sends them to registration first, then back.
    await phone.getByLabel('ชื่อ', { exact: true }).waitFor();
    await phone.getByLabel('คำนำหน้า').selectOption('นาย');
    await phone.getByLabel('ชื่อ', { exact: true }).fill('อนันต์');
    await phone.getByLabel('นามสกุล').fill('ศรีสุข');
    await phone.getByLabel('ค้นหาโรงเรียน').fill('ศิลา');
    await phone.getByRole('radio', { name: /โรงเรียนบ้านศิลา/ }).check();
    await phone.getByLabel('ตำแหน่ง').selectOption('teacher');
    await phone.getByLabel('ประถมศึกษา', { exact: true }).check();
    await phone.getByRole('checkbox', { name: /ติดต่อและส่งข่าวสาร/ }).check();
    await phone.getByRole('button', { name: 'ลงทะเบียน' }).click();
    await phone.getByText('ส่งคำขอแล้ว รอผู้ประสานงานอนุมัติค่ะ').waitFor();
    expect(await seriousA11yIssues(phone)).toEqual([]);
    const id = membershipDocId('net-lead2570', memberDocId('demo-esa', TEACHER_2));
    expect((await stack.deps.repos.memberships.get(id))?.status).toBe('pending');

    // The coordinator, in the LINE simulator, taps อนุมัติ on the card the bot pushed.
    const sim = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    await sim.goto(stack.simulatorUrl);
    await sim.getByLabel('คุยในนามของ').selectOption(COORDINATOR);
    const log = sim.getByRole('log', { name: 'ข้อความในแชท' });
    await log.getByText('อนันต์', { exact: false }).first().waitFor();
    await log.getByRole('button', { name: 'อนุมัติ', exact: true }).last().click();
    await log.locator('p.msg', { hasText: 'อนุมัติ นายอนันต์ ศรีสุข เข้าร่วม' }).waitFor();
    expect((await stack.deps.repos.memberships.get(id))?.status).toBe('active');
    expect(stack.platform.messagesTo(TEACHER_2).some((m) => String(m.message.text).includes('ได้รับการอนุมัติแล้ว'))).toBe(true);

    // The teacher opens "my networks" and finds it there as a member.
    const mine = await phoneAs(browser, stack, TEACHER_2, 'Kru Anan', '/networks');
    await mine.getByText('เครือข่ายครูแกนนำ').first().waitFor();
    await mine.getByText('สมาชิก', { exact: true }).first().waitFor();
    expect(await seriousA11yIssues(mine)).toEqual([]);
    expect(await overflowsAt200Percent(mine)).toBe(false);
    for (const p of [phone, sim, mine]) await p.context().close();
  });
});

describe('When staff open their pages on a phone', () => {
  it.each([
    ['supervisor', '/supervisor'],
    ['supervisor', '/supervisor/networks/net-lead2570'],
    ['supervisor', '/supervisor/data-quality'],
    ['supervisor', '/directory'],
    ['supervisor', '/me'],
    ['coordinator', '/networks/manage'],
    ['coordinator', '/networks'],
  ])('then the %s page %s passes the accessibility audit and survives 200 %% text', async (who, path) => {
    const { stack, browser } = env;
    {
      const page = await phoneAs(browser, stack, who === 'supervisor' ? 'U00000000000000000000000000005001' : COORDINATOR, who, path);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The page loaded its data: no error or permission panel.
      expect([path, await page.getByRole('alert').count()]).toEqual([path, 0]);
      expect([path, await seriousA11yIssues(page)]).toEqual([path, []]);
      expect([path, await overflowsAt200Percent(page)]).toEqual([path, false]);
      await page.context().close();
    }
  });
});

describe('When a supervisor shows a network’s join QR code', () => {
  it('then the page shows the LIFF deep link and its QR image, described for screen readers', async () => {
    const { stack, browser } = env;
    const page = await phoneAs(browser, stack, 'U00000000000000000000000000005001', 'ศน.วิภาวรรณ', '/supervisor');
    await page.getByRole('button', { name: 'แสดงคิวอาร์โค้ด เข้าร่วม เครือข่ายครูแกนนำ' }).click();
    const img = page.getByRole('img', { name: /คิวอาร์โค้ดสำหรับสแกนเข้าร่วม เครือข่ายครูแกนนำ/ });
    await img.waitFor();
    expect(await img.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.getByRole('link', { name: `${stack.botUrl}/liff/join?code=LEAD2570` }).waitFor();
    expect(await seriousA11yIssues(page)).toEqual([]);
    await page.context().close();
  });
});
