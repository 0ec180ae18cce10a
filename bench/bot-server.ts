// Bench-only entry: the real bot (loadConfig → createServices → createApp) on SQLite, on a free loopback port.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../bot/src/config';
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
    STORE: 'sqlite',
    DATA_DIR: env.BENCH_DATA_DIR,
    AREA_ID,
    AREA_NAME: 'สพป. ทดสอบสมรรถนะ',
    LOG_LEVEL: 'silent',
  });
  const deps = await createServices(config);
  await ensureArea(deps);
  const app = createApp(deps);
  // The SQLite adapter counts reads/writes; exposed on a bench-only path so the bench can cost one event.
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
