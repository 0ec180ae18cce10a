// The self-hosted server (`bot/src/entry/serve.ts`, what `npm run serve` runs) as a real child process on SQLite, against
// a local LINE platform in the test process: seeded beforehand, SIGKILLed at a chosen moment, started again on its data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BotDeps } from '../../../src/deps';
import { loadConfig } from '../../../src/config';
import { createServices } from '../../../src/services';
import { createLogger } from '../../../src/logger';
import { LOCAL_SECRETS } from '../../../src/local/local-stack';
import { DEMO_AREA, DEMO_PEOPLE } from '../../../src/local/demo-data';
import { seedDemoOffice } from '../../../src/local/seed';
import { startLocalLinePlatform, type LocalLinePlatform } from '../../../src/local/line-platform';
import type { LocalStack } from '../../../src/local/local-stack';
import { ROOT_DIR } from '../../support/local-stack';

const SERVE_ENTRY = join(ROOT_DIR, 'bot/src/entry/serve.ts');
const EXIT_WITH_PARENT = join(__dirname, 'exit-with-parent.cjs');
const READY_TIMEOUT_MS = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

export interface BotProcess {
  /** SIGKILL, as a crash or an OOM kill would end it: no shutdown handler runs. Resolves once it is gone. */
  kill(): Promise<void>;
  /** What it printed (logs at warn and above), for failure messages. */
  output(): string;
}

export interface FaultOffice {
  platform: LocalLinePlatform;
  dataDir: string;
  url: string;
  /** Opens the office's SQLite file in this process (the server may be running: WAL lets both in); close it after. */
  open(): Promise<BotDeps>;
  /** A stand-in LocalStack for the seeding helpers of the other tests (platform users + store). */
  asStack(deps: BotDeps): LocalStack;
  /** Starts the server and waits until /healthz answers. */
  start(): Promise<BotProcess>;
  /** Kills any server still running and stops the platform. */
  stop(): Promise<void>;
}

/** A temp DATA_DIR with the demo office seeded, a local LINE platform, and the env `npm run serve` would be given. */
export async function startFaultOffice(): Promise<FaultOffice> {
  const dataDir = mkdtempSync(join(tmpdir(), 'nithet-faults-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const platform = await startLocalLinePlatform({
    channelSecret: LOCAL_SECRETS.channelSecret,
    channelAccessToken: LOCAL_SECRETS.channelAccessToken,
    loginChannelId: LOCAL_SECRETS.loginChannelId,
    webhookUrl: `${url}/webhook`,
    liffBaseUrl: `${url}/liff`,
    // A test that floods LINE on purpose must not be slowed by LINE's own buckets.
    rateLimits: false,
    users: DEMO_PEOPLE.map((p) => ({ userId: p.userId, displayName: p.displayName, following: true })),
  });
  const env: Record<string, string> = {
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_BASE_URL: url,
    LINE_CHANNEL_SECRET: LOCAL_SECRETS.channelSecret,
    LINE_CHANNEL_ACCESS_TOKEN: LOCAL_SECRETS.channelAccessToken,
    LINE_LOGIN_CHANNEL_ID: LOCAL_SECRETS.loginChannelId,
    LIFF_ID: LOCAL_SECRETS.liffId,
    LIFF_URL: `${url}/liff`,
    LINE_API_BASE_URL: platform.url,
    LINE_DATA_API_BASE_URL: platform.url,
    STORE: 'sqlite',
    DATA_DIR: dataDir,
    AREA_ID: DEMO_AREA.id,
    AREA_NAME: DEMO_AREA.name,
    LIFF_DIST_DIR: join(dataDir, 'no-liff'),
    LOG_LEVEL: 'warn',
  };
  const open = () => createServices(loadConfig(env), { logger: createLogger({ level: 'silent' }) });
  const seeding = await open();
  await seedDemoOffice(seeding);
  await seeding.repos.store.close();

  const running = new Set<ChildProcess>();
  const start = async (): Promise<BotProcess> => {
    // Only what the server needs: nothing of the test run (FIRESTORE_EMULATOR_HOST, NODE_OPTIONS …) leaks in.
    const child = spawn(process.execPath, ['--require', EXIT_WITH_PARENT, '--import', 'tsx', SERVE_ENTRY], {
      cwd: ROOT_DIR,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), FAULT_TEST_PARENT_PID: String(process.pid), ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    running.add(child);
    let output = '';
    child.stdout!.on('data', (d: Buffer) => void (output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => void (output += d.toString()));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    void exited.then(() => running.delete(child));
    const deadline = Date.now() + READY_TIMEOUT_MS;
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error(`The server exited at start:\n${output}`);
      const ok = await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
      if (Date.now() > deadline) throw new Error(`The server did not answer /healthz within ${READY_TIMEOUT_MS / 1000} s:\n${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return {
      async kill() {
        child.kill('SIGKILL');
        await exited;
      },
      output: () => output,
    };
  };

  return {
    platform,
    dataDir,
    url,
    open,
    asStack: (deps) => ({ platform, deps }) as unknown as LocalStack,
    start,
    async stop() {
      for (const child of running) child.kill('SIGKILL');
      await platform.stop();
    },
  };
}

/** Resolves once `check` is true (polled every `everyMs`), or rejects after `timeoutMs` naming `what`. */
export async function waitFor(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000, everyMs = 5): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
