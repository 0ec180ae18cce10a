// Start-up: the runtime config, then LIFF init (real or mock), then the opened page's first GET — one build serves
// local mode and production. This module and what it imports (lib/liff, lib/early-get, config/env) are the app's
// entry chunk with the LIFF SDK: they run while React and the pages are still downloading (main.tsx).
import { env } from '../config/env';
import { startLiff } from '../lib/liff';
import { startEarlyGet } from '../lib/early-get';
import { findRoute } from '../lib/match-route';
import { routeOf } from '../lib/route-of';
import { PAGE_ROUTES } from './route-table';
import { LIFF_CONFIG_PATH, asBootConfig, type BootConfig } from './boot-config';

export type BootState =
  | { status: 'loading' }
  | { status: 'redirecting' }
  | { status: 'mock-identity-missing' }
  | { status: 'failed'; reason: 'config' | 'init'; retry: 'again' | 'reload' }
  | { status: 'ready'; config: BootConfig; mock: boolean };

let inflight: Promise<BootState> | undefined;

/** Runs start-up once (StrictMode runs effects twice; LIFF init must not); a failure lets "retry" run it again. */
export async function boot(): Promise<BootState> {
  inflight ??= run();
  const state = await inflight;
  if (state.status === 'failed') inflight = undefined;
  return state;
}

async function run(): Promise<BootState> {
  const config = asBootConfig((window as { __NITHET_CONFIG__?: unknown }).__NITHET_CONFIG__) ?? (await fetchConfig());
  if (!config) return { status: 'failed', reason: 'config', retry: 'again' };
  try {
    const started = await startLiff(config);
    if (started.kind === 'redirecting') return { status: 'redirecting' };
    if (started.kind === 'mock-identity-missing') return { status: 'mock-identity-missing' };
    startPageData();
    return { status: 'ready', config, mock: started.mock };
  } catch (err) {
    // LiffError (INIT_FAILED, INVALID_ID_TOKEN from a skewed clock, ...): a fresh load is the way out.
    console.error('LIFF init failed', err);
    return { status: 'failed', reason: 'init', retry: 'reload' };
  }
}

/** The opened route's first GET (route-table.ts `early`), with the route's params filled in. */
function startPageData(): void {
  const found = findRoute(
    PAGE_ROUTES.map((r) => [r.path, r] as const),
    routeOf(window.location.pathname, env.basePath),
  );
  const early = found?.value.early;
  if (!found || !early) return;
  startEarlyGet(early.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(found.params[name] ?? '')));
}

/** Where hosting serves index.html as a file, the config is not in the page: one request for it. */
async function fetchConfig(): Promise<BootConfig | null> {
  try {
    const res = await fetch(`${env.apiBaseUrl}${LIFF_CONFIG_PATH}`, { headers: { Accept: 'application/json' } });
    return res.ok ? asBootConfig(await res.json()) : null;
  } catch {
    return null;
  }
}
