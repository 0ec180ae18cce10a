// Debian Chromium through playwright-core, a phone signed in as someone, and the axe-core audit every page must pass.
import { chromium, type Browser, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** What phoneAs needs of the local stack: where the bot is, and LIFF ID tokens from the local LINE platform. */
export interface PhoneStack {
  botUrl: string;
  platform: { mintIdToken(userId: string): string };
}

/** A phone with LINE's in-app LIFF browser, signed in as a person (what the simulator's panel does). */
export async function phoneAs(browser: Browser, stack: PhoneStack, userId: string, name: string, path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 375, height: 740 }, isMobile: true })).newPage();
  const q = new URLSearchParams({ mockIdToken: stack.platform.mintIdToken(userId), mockUserId: userId, mockName: name });
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${stack.botUrl}/liff${path}${sep}${q}`);
  return page;
}

/** Serious and critical accessibility violations on the page (or one frame of it), as readable strings. */
export async function seriousA11yIssues(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Doubles the root font size (what "200 % text" does) and reports whether anything overflows sideways. */
export async function overflowsAt200Percent(page: Page): Promise<boolean> {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}
