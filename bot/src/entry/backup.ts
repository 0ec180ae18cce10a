// `npm run backup -- --area <id> --out <file.jsonl.gz>`: one office's data to a file, from SQLite or Firestore
// (the same STORE / DATA_DIR / FIRESTORE_* variables as `npm run serve`, or flags); exit codes in EXIT.
import { BACKUP_TEXT } from '../backup/backup-th';
import { EXIT, parseFlags, storeSettings } from '../backup/backup-cli';
import { openBackupStore } from '../backup/backup-store';
import { backupToFile } from '../backup/run-backup';

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let flags;
  let settings;
  try {
    flags = parseFlags(argv, { out: { type: 'string' } });
    settings = storeSettings(env, flags);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${BACKUP_TEXT.usageBackup}\n`);
    return EXIT.usage;
  }
  const area = typeof flags.area === 'string' ? flags.area : env.AREA_ID;
  const out = flags.out;
  if (!area || typeof out !== 'string') {
    process.stderr.write(`${BACKUP_TEXT.usageBackup}\n`);
    return EXIT.usage;
  }
  const source = await openBackupStore(settings);
  try {
    const trailer = await backupToFile(source, area, out, new Date());
    process.stdout.write(`${BACKUP_TEXT.backedUp(area, trailer.documents, Object.keys(trailer.counts).length, out)}\n`);
    return EXIT.ok;
  } catch (e) {
    process.stderr.write(`${BACKUP_TEXT.failed(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.failed;
  } finally {
    await source.close();
  }
}

if (require.main === module) {
  main(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`${BACKUP_TEXT.failed(e instanceof Error ? (e.stack ?? e.message) : String(e))}\n`);
      process.exit(EXIT.failed);
    },
  );
}
