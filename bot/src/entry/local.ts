// `npm start`: local mode on SQLite and the local LINE platform; prints the simulator URL, stops on Ctrl-C.
import { resolve } from 'node:path';
import { startLocalStack } from '../local/local-stack';

async function main(): Promise<void> {
  const rootDir = resolve(process.env.NITHET_ROOT ?? process.cwd());
  const stack = await startLocalStack({
    rootDir,
    dataDir: resolve(rootDir, process.env.DATA_DIR ?? '.data/local'),
    port: Number(process.env.PORT ?? 3000),
    platformPort: Number(process.env.LOCAL_LINE_PORT ?? 3001),
  });
  process.stdout.write(
    [
      '',
      '  Nithet (นิเทศ) — โหมดทดลองใช้ในเครื่อง / local mode',
      `  Simulator (แชตกับบอทในฐานะครูหรือศึกษานิเทศก์):  ${stack.simulatorUrl}`,
      `  Bot + API + LIFF app:                         ${stack.botUrl}`,
      `  Data (SQLite):                                ${stack.config.DATA_DIR}`,
      '  กด Ctrl-C เพื่อหยุด / press Ctrl-C to stop',
      '',
    ].join('\n') + '\n',
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e: unknown) => {
  process.stderr.write(`Could not start local mode: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  process.exit(1);
});
