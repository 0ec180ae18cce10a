// The CSP in a real browser: the LIFF app (start-up, teacher and supervisor screens, in the simulator's frame) and
// the simulator run with no Content-Security-Policy violation at all.
import type { Page } from 'playwright-core';
import { SUPERVISOR, TEACHER } from '../bot/test/support/local-stack';
import { followAndRegister } from '../bot/test/support/people';
import { stackAndBrowser } from './stack-and-browser';

jest.setTimeout(180_000);

const env = stackAndBrowser();

/** Records every CSP violation the page (and its frames) reports, from before the first script runs. */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => void seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
        `${location.pathname}: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
      );
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) seen.push(m.text());
  });
  return seen;
}

describe('When the LIFF app runs under its Content-Security-Policy', () => {
  it('then a teacher and a supervisor go through their screens without a single violation', async () => {
    const { stack, browser } = env;
    await followAndRegister(stack, TEACHER);
    const screens: Array<[string, string, string]> = [
      [TEACHER, 'ครูสมศรี ใจดี', '/'],
      [TEACHER, 'ครูสมศรี ใจดี', '/networks'],
      [TEACHER, 'ครูสมศรี ใจดี', '/seminars'],
      [SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor'],
      [SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/dashboard'],
      [SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/forms'],
      [SUPERVISOR, 'ศน.วิภาวรรณ', '/supervisor/data-quality'],
    ];
    for (const [userId, name, path] of screens) {
      const page = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
      const violations = await watchViolations(page);
      const q = new URLSearchParams({ mockIdToken: stack.platform.mintIdToken(userId), mockUserId: userId, mockName: name });
      await page.goto(`${stack.botUrl}/liff${path}?${q}`);
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      expect([path, violations]).toEqual([path, []]);
      await page.context().close();
    }
  });

  it('then the simulator shows a LIFF page in its frame, as the chosen person, without a violation', async () => {
    const { stack, browser } = env;
    const sim = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
    const violations = await watchViolations(sim);
    await sim.goto(stack.simulatorUrl);
    await sim.getByLabel('คุยในนามของ').selectOption(SUPERVISOR);
    // Open the LIFF app in the panel the way a LIFF link in a message does (as the chosen person).
    const opened = await fetch(`${stack.simulatorUrl}__sim/users/${SUPERVISOR}/open-uri`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ uri: `${stack.botUrl}/liff/supervisor` }),
    });
    const { url } = (await opened.json()) as { url: string };
    await sim.evaluate((src) => {
      document.getElementById('panel')!.hidden = false;
      (document.getElementById('panel-frame') as HTMLIFrameElement).src = src;
    }, url);
    const frame = sim.frameLocator('#panel-frame');
    await frame.locator('h1').first().waitFor();
    expect(violations).toEqual([]);
    await sim.context().close();
  });
});
