// `npm run setup:line`: sets the channel's webhook URL and has LINE test it, then creates or keeps the role rich menus
// on LINE (or the local platform); exit codes in EXIT.
//
// Same variables as `npm run serve` (README "Configuration"); the webhook URL is PUBLIC_BASE_URL + /webhook. Against
// the local platform, with `npm start` running:
//   LINE_API_BASE_URL=http://127.0.0.1:3001 LINE_DATA_API_BASE_URL=http://127.0.0.1:3001 PUBLIC_BASE_URL=http://127.0.0.1:3000 \
//   LINE_CHANNEL_SECRET=local-channel-secret-not-for-production LINE_CHANNEL_ACCESS_TOKEN=local-channel-access-token \
//   LINE_LOGIN_CHANNEL_ID=1650000000 LIFF_ID=1650000000-LocalDev LIFF_URL=http://127.0.0.1:3000/liff npm run setup:line
// (LOCAL_SECRETS in local/local-stack.ts). Re-running is safe: an unchanged URL and unchanged menus are only read.
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger } from '../logger';
import { setupRichMenusFromConfig } from '../line/rich-menus/from-config';
import type { SetupReport } from '../line/rich-menus/setup';
import { SETUP_TEXT } from '../line/rich-menus/th';
import { createWebhookEndpointClient, setupWebhookEndpoint, webhookUrlOf, type WebhookSetupReport } from '../line/webhook-endpoint';

/**
 * 3 = menus are live but some superseded menu still holds linked users (re-run later to move and delete it);
 * 4 = the URL is set but LINE's test call to it failed (server down, not HTTPS, or another channel's secret).
 */
export const EXIT = { ok: 0, lineFailed: 1, badConfig: 2, partial: 3, webhookTestFailed: 4 } as const;

export function describeReport(report: SetupReport): string[] {
  const lines = report.menus.map((m) => (m.status === 'created' ? SETUP_TEXT.created : SETUP_TEXT.kept)(m.role, m.richMenuId));
  lines.push((report.defaultMenu.changed ? SETUP_TEXT.defaultSet : SETUP_TEXT.defaultKept)(report.defaultMenu.richMenuId));
  lines.push(...report.deleted.map(SETUP_TEXT.deleted), ...report.retained.map(SETUP_TEXT.retained));
  return lines;
}

export function describeWebhook(report: WebhookSetupReport): string[] {
  const { test } = report;
  return [
    (report.changed ? SETUP_TEXT.webhookSet : SETUP_TEXT.webhookKept)(report.endpoint),
    ...(report.active ? [] : [SETUP_TEXT.webhookInactive]),
    test.success ? SETUP_TEXT.webhookTestOk(test.statusCode) : SETUP_TEXT.webhookTestFailed(test.reason, test.detail),
  ];
}

const print = (lines: string[]) => process.stdout.write(lines.map((l) => `  ${l}\n`).join(''));

function lineFailure(what: string, e: unknown): number {
  const detail = e instanceof Error ? e.message : String(e);
  const body = typeof e === 'object' && e && 'body' in e ? ` ${String(e.body)}` : '';
  process.stderr.write(`${what}: ${detail}${body}\n`);
  return EXIT.lineFailed;
}

export async function main(env: NodeJS.ProcessEnv): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${SETUP_TEXT.badConfig}\n${e.message}\n`);
    return EXIT.badConfig;
  }
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  process.stdout.write(`LINE API: ${config.LINE_API_BASE_URL} · LIFF: ${config.LIFF_URL}\n`);
  let webhookOk = true;
  if (!config.PUBLIC_BASE_URL) print([SETUP_TEXT.webhookSkipped]);
  else {
    try {
      const report = await setupWebhookEndpoint(createWebhookEndpointClient(config), webhookUrlOf(config.PUBLIC_BASE_URL));
      print(describeWebhook(report));
      webhookOk = report.test.success;
    } catch (e) {
      return lineFailure(SETUP_TEXT.webhookFailed, e);
    }
  }
  try {
    const report = await setupRichMenusFromConfig(config, logger);
    print([...describeReport(report), SETUP_TEXT.done]);
    if (!webhookOk) return EXIT.webhookTestFailed;
    return report.retained.length ? EXIT.partial : EXIT.ok;
  } catch (e) {
    return lineFailure(SETUP_TEXT.failed, e);
  }
}

if (require.main === module) {
  main(process.env).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${SETUP_TEXT.failed}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(EXIT.lineFailed);
    },
  );
}
