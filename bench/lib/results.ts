// Where the TypeScript benches put their numbers (bench/results/<name>-<date>.json and <name>-latest.md) and how they end.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { killAll } from './children.mjs';

const ROOT = join(__dirname, '../..');

/** Writes the raw JSON and the markdown summary (rendered with the JSON's path), prints the summary, returns it. */
export function saveResults(name: string, result: { startedAt: string }, render: (jsonFile: string) => string): string {
  const jsonFile = `bench/results/${name}-${result.startedAt.slice(0, 10)}.json`;
  writeFileSync(join(ROOT, jsonFile), JSON.stringify(result, null, 2) + '\n');
  const md = render(jsonFile);
  writeFileSync(join(ROOT, `bench/results/${name}-latest.md`), md);
  process.stdout.write('\n' + md);
  return md;
}

/** Runs a bench's main: exit 0 when done, 1 with the error (children killed either way). */
export function runBench(name: string, main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      process.stderr.write(`${name} failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      killAll();
      process.exit(1);
    },
  );
}
