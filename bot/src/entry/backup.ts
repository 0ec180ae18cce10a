// `npm run backup -- --area <id> --out <file.jsonl.gz> [--files]`: one office's data (and with --files its uploaded files)
// to a file, from SQLite or Firestore (the same STORE / DATA_DIR / FIRESTORE_* / FILE_* variables as `npm run serve`, or
// flags); exit codes in EXIT.
import { BACKUP_TEXT } from '../backup/backup-th';
import { EXIT, fileSettings, parseFlags, storeSettings, type FileSettings } from '../backup/backup-cli';
import { openFileStore } from '../files/open-file-store';
import { openBackupStore } from '../backup/backup-store';
import { backupToFile } from '../backup/run-backup';

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let flags;
  let settings;
  let files: FileSettings | undefined;
  try {
    flags = parseFlags(argv, { out: { type: 'string' }, files: { type: 'boolean' } });
    settings = storeSettings(env, flags);
    if (flags.files === true) files = fileSettings(env, flags, settings);
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
    const { trailer, fileBytes, missingFiles } = await backupToFile(source, area, out, new Date(), {
      ...(files ? { files: await openFileStore(files) } : {}),
    });
    process.stdout.write(`${BACKUP_TEXT.backedUp(area, trailer.documents, Object.keys(trailer.counts).length, out)}\n`);
    process.stdout.write(`${files ? BACKUP_TEXT.files(trailer.files ?? 0, fileBytes) : BACKUP_TEXT.noFiles}\n`);
    if (missingFiles.length) process.stderr.write(`${BACKUP_TEXT.missingFiles(missingFiles)}\n`);
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
