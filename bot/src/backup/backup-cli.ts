// Command-line plumbing shared by `npm run backup` and `npm run restore`: flags, store settings from env or flags.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { join } from 'node:path';
import type { StoreSettings } from './backup-store';
import type { Config } from '../config';

/** 0 done · 1 failed · 2 wrong usage or settings · 3 refused: the target already holds the office's data. */
export const EXIT = { ok: 0, failed: 1, usage: 2, notEmpty: 3 } as const;

const settingsSchema = z
  .object({
    STORE: z.enum(['sqlite', 'firestore']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('./data'),
    FIRESTORE_PROJECT_ID: z.string().min(1).optional(),
    FIRESTORE_DATABASE_ID: z.string().min(1).optional(),
    FIRESTORE_EMULATOR_HOST: z.string().min(1).optional(),
  })
  .refine((s) => s.STORE !== 'firestore' || s.FIRESTORE_PROJECT_ID, {
    message: 'FIRESTORE_PROJECT_ID (or --project) is required when STORE=firestore',
  });

export type CliFlags = Record<string, string | boolean | undefined>;

export function parseFlags(argv: string[], extra: Record<string, { type: 'string' | 'boolean' }>): CliFlags {
  const { values } = parseArgs({
    args: argv,
    options: {
      store: { type: 'string' },
      'data-dir': { type: 'string' },
      project: { type: 'string' },
      database: { type: 'string' },
      area: { type: 'string' },
      'files-dir': { type: 'string' },
      bucket: { type: 'string' },
      ...extra,
    },
    strict: true,
  });
  return values as CliFlags;
}

/** The same variables as `npm run serve` (STORE, DATA_DIR, FIRESTORE_*), each overridable by a flag. */
export function storeSettings(env: NodeJS.ProcessEnv, flags: CliFlags): StoreSettings {
  const pick = (flag: string, name: string) => (typeof flags[flag] === 'string' ? (flags[flag] as string) : env[name] || undefined);
  const parsed = settingsSchema.safeParse({
    STORE: pick('store', 'STORE'),
    DATA_DIR: pick('data-dir', 'DATA_DIR'),
    FIRESTORE_PROJECT_ID: pick('project', 'FIRESTORE_PROJECT_ID'),
    FIRESTORE_DATABASE_ID: pick('database', 'FIRESTORE_DATABASE_ID'),
    FIRESTORE_EMULATOR_HOST: env.FIRESTORE_EMULATOR_HOST || undefined,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.') || 'store'}: ${i.message}`).join('; '));
  return parsed.data;
}

export type FileSettings = Pick<Config, 'FILE_STORE' | 'FILES_DIR' | 'FILE_BUCKET' | 'FIRESTORE_PROJECT_ID'>;

/**
 * Where the uploaded files are, with the defaults of `serve` (bot/src/config.ts): the disk under DATA_DIR/files with
 * SQLite, the project's default Cloud Storage bucket with Firestore; FILE_STORE, FILES_DIR, FILE_BUCKET or flags override.
 */
export function fileSettings(env: NodeJS.ProcessEnv, flags: CliFlags, store: StoreSettings): FileSettings {
  const pick = (flag: string, name: string) => (typeof flags[flag] === 'string' ? (flags[flag] as string) : env[name] || undefined);
  const kind = env.FILE_STORE || (store.STORE === 'firestore' ? 'gcs' : 'disk');
  if (kind !== 'disk' && kind !== 'gcs') throw new Error('FILE_STORE must be disk or gcs');
  const bucket =
    pick('bucket', 'FILE_BUCKET') ?? (store.FIRESTORE_PROJECT_ID ? `${store.FIRESTORE_PROJECT_ID}.firebasestorage.app` : undefined);
  if (kind === 'gcs' && !bucket) throw new Error('FILE_BUCKET (or --bucket) is required when the files are in Cloud Storage');
  return {
    FILE_STORE: kind,
    FILES_DIR: pick('files-dir', 'FILES_DIR') ?? join(store.DATA_DIR, 'files'),
    FILE_BUCKET: bucket,
    FIRESTORE_PROJECT_ID: store.FIRESTORE_PROJECT_ID,
  };
}
