// The real bot's dependencies for the outbox and reminder benches, and their synthetic people in its store.
import type { Clock, DocumentStore } from '@nithet/shared';
import type { DestinationStream } from 'pino';
import { loadConfig } from '../../bot/src/config';
import type { BotDeps } from '../../bot/src/deps';
import { createLogger } from '../../bot/src/logger';
import { createServices } from '../../bot/src/services';
import { BENCH_AREA, BENCH_TOKEN, benchMember } from './bench-people';

/** Stores people 0..count-1 in transactions of `chunk`; returns their member ids. */
export async function seedBenchMembers(deps: BotDeps, count: number, chunk = 2000): Promise<string[]> {
  const ids: string[] = [];
  for (let from = 0; from < count; from += chunk) {
    const members = Array.from({ length: Math.min(chunk, count - from) }, (_, k) => benchMember(from + k));
    await deps.repos.store.runTransaction(async (tx) => {
      const repo = deps.repos.members.inTx(tx);
      for (const m of members) repo.put(m);
    });
    ids.push(...members.map((m) => m.id));
  }
  return ids;
}

/** The real bot's dependencies (loadConfig → createServices) on SQLite in `dataDir`, LINE at `lineUrl`. */
export function benchDeps(
  dataDir: string,
  lineUrl: string,
  options: { store?: DocumentStore; clock?: Clock; logLevel?: string; logTo?: DestinationStream; lineTimeoutMs?: number } = {},
): Promise<BotDeps> {
  const config = loadConfig({
    LINE_CHANNEL_SECRET: 'bench-channel-secret',
    LINE_CHANNEL_ACCESS_TOKEN: BENCH_TOKEN,
    LINE_LOGIN_CHANNEL_ID: '1650000000',
    LIFF_ID: '1650000000-BenchBot',
    LINE_API_BASE_URL: lineUrl,
    LINE_DATA_API_BASE_URL: lineUrl,
    STORE: 'sqlite',
    DATA_DIR: dataDir,
    AREA_ID: BENCH_AREA,
    AREA_NAME: 'สพป. ทดสอบสมรรถนะ',
    LOG_LEVEL: options.logLevel ?? 'error',
    ...(options.lineTimeoutMs ? { LINE_API_TIMEOUT_MS: String(options.lineTimeoutMs) } : {}),
  });
  return createServices(config, {
    logger: createLogger({ level: config.LOG_LEVEL, ...(options.logTo ? { destination: options.logTo } : {}) }),
    ...(options.store ? { store: options.store } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
}
