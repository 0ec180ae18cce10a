// `npm run setup:line` against the local LINE platform: it points the channel at our /webhook, LINE's test call reaches
// the bot and passes its signature check; a channel whose secret differs fails the test and says so.
import { startLocalLinePlatform } from '../src/local/line-platform';
import { LOCAL_SECRETS } from '../src/local/local-stack';
import { EXIT, main as setupLine } from '../src/entry/setup-line';
import { startTestStack } from './support/local-stack';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack();
  stack.platform.setWebhookUrl(undefined); // as a new channel: no webhook URL yet
}, 60_000);
afterAll(async () => {
  await stack.stop();
});

/** The variables an office would set for `serve`, aimed at a LINE platform. */
const envFor = (lineUrl: string) => ({
  LINE_API_BASE_URL: lineUrl,
  LINE_DATA_API_BASE_URL: lineUrl,
  PUBLIC_BASE_URL: stack.botUrl,
  LINE_CHANNEL_SECRET: LOCAL_SECRETS.channelSecret,
  LINE_CHANNEL_ACCESS_TOKEN: LOCAL_SECRETS.channelAccessToken,
  LINE_LOGIN_CHANNEL_ID: LOCAL_SECRETS.loginChannelId,
  LIFF_ID: LOCAL_SECRETS.liffId,
  LIFF_URL: `${stack.botUrl}/liff`,
  LOG_LEVEL: 'silent',
});

async function quietly(run: () => Promise<number>): Promise<{ code: number; out: string }> {
  let out = '';
  const keep = (s: string | Uint8Array) => void (out += String(s));
  const o = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (keep(s), true));
  const e = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (keep(s), true));
  try {
    return { code: await run(), out };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}

async function webhookOf(lineUrl: string): Promise<{ endpoint: string; active: boolean }> {
  const res = await fetch(`${lineUrl}/v2/bot/channel/webhook/endpoint`, {
    headers: { authorization: `Bearer ${LOCAL_SECRETS.channelAccessToken}` },
  });
  return (await res.json()) as { endpoint: string; active: boolean };
}

describe('When the IT person runs setup:line', () => {
  it('then the channel calls our /webhook, and LINE’s test call reaches the bot with a valid signature', async () => {
    const run = await quietly(() => setupLine(envFor(stack.platform.url)));
    expect(run.code).toBe(EXIT.ok);
    expect(await webhookOf(stack.platform.url)).toEqual({ endpoint: `${stack.botUrl}/webhook`, active: true });
    expect(run.out).toContain(`ตั้ง Webhook URL แล้ว / webhook URL set: ${stack.botUrl}/webhook`);
    expect(run.out).toContain('LINE ทดสอบเรียก Webhook สำเร็จ');
    expect(run.out).toContain('ตั้งค่าริชเมนูเสร็จแล้ว');
    const calls = stack.platform.requests().map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(calls).toEqual(expect.arrayContaining(['PUT /v2/bot/channel/webhook/endpoint 200', 'POST /v2/bot/channel/webhook/test 200']));
    // The platform's events now go where setup:line pointed them.
    expect((await stack.platform.sendEvent('U00000000000000000000000000007001', { type: 'follow' })).status).toBe(200);
  }, 60_000);

  it('then running it again changes nothing and still tests the webhook', async () => {
    const before = stack.platform.requests().length;
    const run = await quietly(() => setupLine(envFor(stack.platform.url)));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('Webhook URL เดิม / webhook URL unchanged');
    const calls = stack.platform.requests().slice(before);
    expect(calls.filter((r) => r.method === 'PUT' || (r.method === 'POST' && r.path === '/v2/bot/richmenu'))).toEqual([]);
    expect(calls.filter((r) => r.path === '/v2/bot/channel/webhook/test')).toHaveLength(1);
  }, 60_000);

  it('then a channel with another secret gets a failed test (exit 4) with what to check, in Thai', async () => {
    const other = await startLocalLinePlatform({
      channelSecret: 'another-channels-secret-0000',
      channelAccessToken: LOCAL_SECRETS.channelAccessToken,
      loginChannelId: LOCAL_SECRETS.loginChannelId,
    });
    try {
      const run = await quietly(() => setupLine(envFor(other.url)));
      expect(run.code).toBe(EXIT.webhookTestFailed);
      expect(run.out).toContain('LINE เรียก Webhook ไม่สำเร็จ (ERROR_STATUS_CODE 401)');
      expect(run.out).toContain('LINE_CHANNEL_SECRET');
      expect((await webhookOf(other.url)).endpoint).toBe(`${stack.botUrl}/webhook`);
    } finally {
      await other.stop();
    }
  }, 60_000);

  it('then without PUBLIC_BASE_URL the URL is left alone and it says why', async () => {
    const { PUBLIC_BASE_URL: _, ...env } = envFor(stack.platform.url);
    stack.platform.setWebhookUrl('https://old.example.go.th/webhook');
    const run = await quietly(() => setupLine(env));
    expect(run.code).toBe(EXIT.ok);
    expect(run.out).toContain('ไม่มี PUBLIC_BASE_URL');
    expect((await webhookOf(stack.platform.url)).endpoint).toBe('https://old.example.go.th/webhook');
  }, 60_000);
});
