// Command-line plumbing shared by `npm run backup` and `npm run restore`: flags, store settings from env or flags.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { StoreSettings } from './backup-store';

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
