// One local stack and one Debian Chromium per browser-test file: started before its tests, stopped after them.
import type { Browser } from 'playwright-core';
import { startTestStack } from '../bot/test/support/local-stack';
import { launchChromium } from './browser';

export type TestStack = Awaited<ReturnType<typeof startTestStack>>;

/** Call at a file's top level; `stack` and `browser` are there once beforeAll has run. */
export function stackAndBrowser(): { stack: TestStack; browser: Browser } {
  const env = {} as { stack: TestStack; browser: Browser };
  beforeAll(async () => {
    env.stack = await startTestStack();
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.stack?.stop();
  });
  return env;
}
