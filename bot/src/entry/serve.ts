// `npm run serve`: the self-hosted production server, configured only by environment variables.
import { resolve } from 'node:path';
import { ConfigError, loadConfig, redactedConfig } from '../config';
import { createApp } from '../app';
import { createServices, ensureArea } from '../services';
import { startOutboxLoop } from '../outbox';
import { createJobRunner, scheduledJobs, startScheduler } from '../jobs';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const deps = await createServices(config);
  await ensureArea(deps);
  const app = createApp(deps, { liffDistDir: resolve(config.LIFF_DIST_DIR ?? 'liff/dist') });
  const server = app.listen(config.PORT, config.HOST, () => {
    deps.logger.info({ config: redactedConfig(config) }, `Nithet listening on ${config.HOST}:${config.PORT}`);
  });
  // The outbox loop sends and retries pushes; scheduled jobs run on node-cron (Asia/Bangkok), each slot once
  // across servers (jobRuns claims), and missed slots are caught up at start.
  const outbox = startOutboxLoop(deps);
  const scheduler = startScheduler(createJobRunner(deps, scheduledJobs(deps, { outbox: false })), deps.logger);
  const stop = () => {
    void outbox.stop();
    void scheduler.stop();
    server.close(() => void deps.repos.store.close().then(() => process.exit(0)));
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((e: unknown) => {
  process.stderr.write(`Nithet failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
