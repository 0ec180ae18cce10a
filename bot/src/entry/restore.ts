// `npm run restore -- --in <file.jsonl.gz>`: one office's backup into a store holding nothing of that office
// (`--force` writes over documents with the same ids), and its uploaded files, if it holds any, into the file store;
// SQLite or Firestore, disk or Cloud Storage, as for `npm run serve`; exit codes in EXIT.
import { BACKUP_TEXT } from '../backup/backup-th';
import { EXIT, fileSettings, parseFlags, storeSettings } from '../backup/backup-cli';
import { openFileStore } from '../files/open-file-store';
import { openBackupStore } from '../backup/backup-store';
import { TargetNotEmptyError } from '../backup/import-area';
import { restoreFromFile } from '../backup/run-backup';

export async function main(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  let flags;
  let settings;
  try {
    flags = parseFlags(argv, { in: { type: 'string' }, force: { type: 'boolean' } });
    settings = storeSettings(env, flags);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n${BACKUP_TEXT.usageRestore}\n`);
    return EXIT.usage;
  }
  const file = flags.in;
  if (typeof file !== 'string') {
    process.stderr.write(`${BACKUP_TEXT.usageRestore}\n`);
    return EXIT.usage;
  }
  const target = await openBackupStore(settings);
  try {
    const { header, trailer, files, fileBytes } = await restoreFromFile(target, file, {
      force: flags.force === true,
      ...(typeof flags.area === 'string' ? { areaId: flags.area } : {}),
      // Settings are read only when the backup holds files, so a documents-only restore needs no bucket.
      openFiles: () => openFileStore(fileSettings(env, flags, settings)),
    });
    process.stdout.write(`${BACKUP_TEXT.restored(header.areaId, trailer.documents, Object.keys(trailer.counts).length)}\n`);
    if (files) process.stdout.write(`${BACKUP_TEXT.files(files, fileBytes)}\n`);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof TargetNotEmptyError) {
      process.stderr.write(`${BACKUP_TEXT.notEmpty(e.areaId, e.present)}\n`);
      return EXIT.notEmpty;
    }
    process.stderr.write(`${BACKUP_TEXT.failed(e instanceof Error ? e.message : String(e))}\n`);
    return EXIT.failed;
  } finally {
    await target.close();
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
