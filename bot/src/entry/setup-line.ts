// `npm run setup:line`: creates or keeps the role rich menus on LINE (or the local platform); exit codes in EXIT.
//
// Same variables as `npm run serve` (README "Configuration"). Against the local platform, with `npm start` running:
//   LINE_API_BASE_URL=http://127.0.0.1:3001 LINE_DATA_API_BASE_URL=http://127.0.0.1:3001 \
//   LINE_CHANNEL_SECRET=local-channel-secret-not-for-production LINE_CHANNEL_ACCESS_TOKEN=local-channel-access-token \
//   LINE_LOGIN_CHANNEL_ID=1650000000 LIFF_ID=1650000000-LocalDev LIFF_URL=http://127.0.0.1:3000/liff npm run setup:line
// (LOCAL_SECRETS in local/local-stack.ts). Re-running is safe: unchanged menus are only read.
import { ConfigError, loadConfig, type Config } from '../config';
import { createLogger } from '../logger';
import { setupRichMenusFromConfig } from '../line/rich-menus/from-config';
import type { SetupReport } from '../line/rich-menus/setup';
import { SETUP_TEXT } from '../line/rich-menus/th';

/** 3 = menus are live but some superseded menu still holds linked users (re-run later to move and delete it). */
export const EXIT = { ok: 0, lineFailed: 1, badConfig: 2, partial: 3 } as const;

export function describeReport(report: SetupReport): string[] {
  const lines = report.menus.map((m) => (m.status === 'created' ? SETUP_TEXT.created : SETUP_TEXT.kept)(m.role, m.richMenuId));
  lines.push((report.defaultMenu.changed ? SETUP_TEXT.defaultSet : SETUP_TEXT.defaultKept)(report.defaultMenu.richMenuId));
  lines.push(...report.deleted.map(SETUP_TEXT.deleted), ...report.retained.map(SETUP_TEXT.retained));
  return lines;
}

async function main(): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`${SETUP_TEXT.badConfig}\n${e.message}\n`);
    return EXIT.badConfig;
  }
  const logger = createLogger({ level: config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL });
  process.stdout.write(`LINE API: ${config.LINE_API_BASE_URL} · LIFF: ${config.LIFF_URL}\n`);
  try {
    const report = await setupRichMenusFromConfig(config, logger);
    process.stdout.write([...describeReport(report), SETUP_TEXT.done].map((l) => `  ${l}\n`).join(''));
    return report.retained.length ? EXIT.partial : EXIT.ok;
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    const body = typeof e === 'object' && e && 'body' in e ? ` ${String(e.body)}` : '';
    process.stderr.write(`${SETUP_TEXT.failed}: ${detail}${body}\n`);
    return EXIT.lineFailed;
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${SETUP_TEXT.failed}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exit(EXIT.lineFailed);
    },
  );
}
