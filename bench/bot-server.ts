// Bench-only entry: the real bot (loadConfig → createServices → createApp) on SQLite or Firestore, on a free loopback port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { loadConfig } from '../bot/src/config';
import { createLogger } from '../bot/src/logger';
import { createServices, ensureArea } from '../bot/src/services';
import { createApp } from '../bot/src/app';

const AREA_ID = 'bench-esa';

async function main(): Promise<void> {
  const env = process.env;
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LINE_CHANNEL_SECRET: env.BENCH_CHANNEL_SECRET,
    LINE_CHANNEL_ACCESS_TOKEN: env.BENCH_CHANNEL_ACCESS_TOKEN,
    LINE_LOGIN_CHANNEL_ID: '1650000000',
    LIFF_ID: '1650000000-BenchBot',
    LINE_API_BASE_URL: env.BENCH_SINK_URL,
    LINE_DATA_API_BASE_URL: env.BENCH_SINK_URL,
    STORE: env.BENCH_STORE ?? 'sqlite',
    DATA_DIR: env.BENCH_DATA_DIR,
    FIRESTORE_PROJECT_ID: env.BENCH_FIRESTORE_PROJECT_ID,
    FIRESTORE_EMULATOR_HOST: env.FIRESTORE_EMULATOR_HOST,
    FILE_STORE: 'disk',
    AREA_ID,
    AREA_NAME: 'สพป. ทดสอบสมรรถนะ',
    LOG_LEVEL: env.BENCH_LOG_FILE ? 'info' : 'silent',
  });
  // As in production, one JSON line per request at info level, written synchronously (`serve` writes them to stdout;
  // here a file, since the bench reads this process's stdout).
  const logger = env.BENCH_LOG_FILE
    ? createLogger({ level: 'info', destination: pino.destination({ dest: env.BENCH_LOG_FILE, sync: true }) })
    : undefined;
  const deps = await createServices(config, logger ? { logger } : {});
  await ensureArea(deps);
  const app = createApp(deps);
  // Both store adapters count reads/writes; exposed on a bench-only path so the bench can cost one event.
  const store = deps.repos.store as { metrics?: { reads: number; writes: number; deletes: number } };
  const server = createServer((req, res) => {
    if (req.url === '/__bench/store-metrics') {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(store.metrics ?? null));
      return;
    }
    app(req, res);
  });
  server.listen(0, '127.0.0.1', () => {
    process.stdout.write(`READY ${(server.address() as AddressInfo).port}\n`);
  });
  // The bench holds our stdin open; when it goes away (even killed with -9) this server goes too.
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
}

main().catch((e: unknown) => {
  process.stderr.write(`bench bot server failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
