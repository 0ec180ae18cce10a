// Start-up: fetch the runtime config, then LIFF init (real or mock) — one build serves local mode and production.
import { API_PATHS, liffConfigSchema, type LiffConfig } from '@nithet/shared';
import { ApiError, apiRequest } from '../lib/api-client';
import { startLiff } from '../lib/liff';
import { th } from '../i18n/th';

export type BootState =
  | { status: 'loading' }
  | { status: 'redirecting' }
  | { status: 'mock-identity-missing' }
  | { status: 'failed'; message: string; retry: 'again' | 'reload' }
  | { status: 'ready'; config: LiffConfig; mock: boolean };

let inflight: Promise<BootState> | undefined;

/** Runs start-up once (StrictMode runs effects twice; LIFF init must not); a failure lets "retry" run it again. */
export async function boot(): Promise<BootState> {
  inflight ??= run();
  const state = await inflight;
  if (state.status === 'failed') inflight = undefined;
  return state;
}

async function run(): Promise<BootState> {
  let config: LiffConfig;
  try {
    config = inlinedConfig() ?? (await apiRequest(API_PATHS.liffConfig, liffConfigSchema, { auth: false }));
  } catch (err) {
    const message = err instanceof ApiError ? err.thaiMessage : th.errors.unexpected;
    return { status: 'failed', message, retry: 'again' };
  }
  try {
    const started = await startLiff(config);
    if (started.kind === 'redirecting') return { status: 'redirecting' };
    if (started.kind === 'mock-identity-missing') return { status: 'mock-identity-missing' };
    return { status: 'ready', config, mock: started.mock };
  } catch (err) {
    // LiffError (INIT_FAILED, INVALID_ID_TOKEN from a skewed clock, ...): a fresh load is the way out.
    console.error('LIFF init failed', err);
    return { status: 'failed', message: th.boot.initFailed, retry: 'reload' };
  }
}

/** The config our server writes into the page (saves a round trip); absent where hosting serves the page as a file. */
function inlinedConfig(): LiffConfig | null {
  const parsed = liffConfigSchema.safeParse((window as { __NITHET_CONFIG__?: unknown }).__NITHET_CONFIG__);
  return parsed.success ? parsed.data : null;
}
