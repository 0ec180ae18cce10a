// Build-time settings checked with zod; runtime settings (LIFF id, mock mode) come from GET /api/liff-config.
import { z } from 'zod';

const envSchema = z.object({
  /** Vite's `base`: the app lives under /liff/. */
  BASE_URL: z.string().startsWith('/'),
  /** Where the API is; empty means the same origin that served the app (the bot or Firebase Hosting). */
  VITE_API_BASE_URL: z.string().default(''),
  /** Slow rural connections: give a request this long before telling the teacher. */
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
});

function loadEnv() {
  const parsed = envSchema.safeParse(import.meta.env);
  if (!parsed.success) {
    const keys = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new Error(`Invalid LIFF build environment: ${keys}`);
  }
  const e = parsed.data;
  return {
    basePath: e.BASE_URL.replace(/\/$/, ''),
    apiBaseUrl: e.VITE_API_BASE_URL.replace(/\/$/, ''),
    apiTimeoutMs: e.VITE_API_TIMEOUT_MS,
  };
}

export const env = loadEnv();
