// Server configuration from environment variables, validated once at start-up with every problem named.
import { join } from 'node:path';
import { z } from 'zod';

const bool = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const url = z.url({ protocol: /^https?$/ });

export const configSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    PUBLIC_BASE_URL: url.optional(),
    LINE_CHANNEL_SECRET: z.string().min(16, 'must be the Messaging API channel secret'),
    /**
     * The product's own signing key: check-in tickets, calendar links and anonymous response ids. Without it they
     * are keyed with LINE_CHANNEL_SECRET, and rotating that secret in the LINE console would void them.
     */
    APP_SECRET: z.preprocess(
      (v) => (v === '' ? undefined : v),
      z.string().min(32, 'must be at least 32 random characters (e.g. openssl rand -base64 32)').optional(),
    ),
    LINE_CHANNEL_ACCESS_TOKEN: z.string().min(10, 'must be the Messaging API channel access token'),
    LINE_LOGIN_CHANNEL_ID: z.string().regex(/^\d{6,12}$/, 'must be the numeric LINE Login channel id'),
    LIFF_ID: z.string().regex(/^\d{6,12}-[A-Za-z0-9]{4,}$/, 'must look like 1234567890-AbcdEfgh'),
    LIFF_URL: url.optional(),
    LIFF_MOCK: bool.default(false),
    LINE_API_BASE_URL: url.default('https://api.line.me'),
    LINE_DATA_API_BASE_URL: url.default('https://api-data.line.me'),
    LINE_API_TIMEOUT_MS: z.coerce.number().int().min(100).max(60000).default(8000),
    STORE: z.enum(['sqlite', 'firestore']).default('sqlite'),
    DATA_DIR: z.string().min(1).default('./data'),
    FIRESTORE_PROJECT_ID: z.string().optional(),
    FIRESTORE_DATABASE_ID: z.string().optional(),
    FIRESTORE_EMULATOR_HOST: z.string().optional(),
    /** Evidence photos and library documents: `disk` (under FILES_DIR) or `gcs` (Cloud Storage); follows STORE when unset. */
    FILE_STORE: z.enum(['disk', 'gcs']).optional(),
    FILES_DIR: z.string().min(1).optional(),
    FILE_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{1,220}[a-z0-9]$/, 'must be a Cloud Storage bucket name')
      .optional(),
    /** Set by Cloud Functions; its storageBucket is the project's default bucket. */
    FIREBASE_CONFIG: z.string().optional(),
    AREA_ID: z
      .string()
      .regex(/^[a-z0-9-]{2,40}$/, 'must be lower-case letters, digits and dashes')
      .default('esa'),
    AREA_NAME: z.string().min(1).default('สำนักงานเขตพื้นที่การศึกษา'),
    LIFF_DIST_DIR: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  })
  .transform((c) => ({
    ...c,
    LIFF_URL: c.LIFF_URL ?? `https://liff.line.me/${c.LIFF_ID}`,
    FILE_STORE: c.FILE_STORE ?? (c.STORE === 'firestore' ? ('gcs' as const) : ('disk' as const)),
    FILES_DIR: c.FILES_DIR ?? join(c.DATA_DIR, 'files'),
    FILE_BUCKET: c.FILE_BUCKET ?? defaultBucket(c.FIREBASE_CONFIG, c.FIRESTORE_PROJECT_ID),
  }));

/** The Firebase project's default bucket: from FIREBASE_CONFIG when Cloud Functions sets it, else the project's name. */
function defaultBucket(firebaseConfig: string | undefined, projectId: string | undefined): string | undefined {
  try {
    const bucket = firebaseConfig ? (JSON.parse(firebaseConfig) as { storageBucket?: unknown }).storageBucket : undefined;
    if (typeof bucket === 'string' && bucket) return bucket;
  } catch {
    // not JSON: fall through to the project's default name
  }
  return projectId ? `${projectId}.firebasestorage.app` : undefined;
}

export type Config = z.output<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee README.md, "Configuration".`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment; throws ConfigError naming every missing or bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = configSchema.safeParse(cleaned);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => {
        const key = i.path.join('.') || '(config)';
        return i.code === 'invalid_type' && cleaned[key] === undefined ? `${key} is missing` : `${key} ${i.message}`;
      });
  // Cross-field rules are checked on the raw values so they are reported alongside the others.
  if (cleaned.STORE === 'firestore' && !cleaned.FIRESTORE_PROJECT_ID)
    problems.push('FIRESTORE_PROJECT_ID is required when STORE=firestore');
  if (parsed.success && parsed.data.FILE_STORE === 'gcs' && !parsed.data.FILE_BUCKET)
    problems.push('FILE_BUCKET is required when FILE_STORE=gcs (or set FIRESTORE_PROJECT_ID for the default bucket)');
  if (parsed.success && problems.length === 0) return parsed.data;
  throw new ConfigError(problems);
}

/** A copy safe to log: secrets replaced. */
export function redactedConfig(c: Config): Record<string, unknown> {
  return {
    ...c,
    LINE_CHANNEL_SECRET: '[redacted]',
    LINE_CHANNEL_ACCESS_TOKEN: '[redacted]',
    ...(c.APP_SECRET ? { APP_SECRET: '[redacted]' } : {}),
  };
}

/** The key for what this product signs itself (tickets, calendar links, anonymous ids): APP_SECRET when set. */
export function signingSecret(c: Pick<Config, 'APP_SECRET' | 'LINE_CHANNEL_SECRET'>): string {
  return c.APP_SECRET ?? c.LINE_CHANNEL_SECRET;
}
