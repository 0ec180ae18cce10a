// Build-time settings, checked when the app starts; runtime settings (LIFF id, mock mode) come from the server.
// Plain checks, no zod: this module is on the start-up path that runs before the app's libraries have arrived.

interface BuildEnv {
  BASE_URL?: unknown;
  VITE_API_BASE_URL?: unknown;
  VITE_API_TIMEOUT_MS?: unknown;
}

export function loadEnv(e: BuildEnv) {
  const base = typeof e.BASE_URL === 'string' && e.BASE_URL.startsWith('/') ? e.BASE_URL : null;
  const api = e.VITE_API_BASE_URL === undefined ? '' : typeof e.VITE_API_BASE_URL === 'string' ? e.VITE_API_BASE_URL : null;
  // Slow rural connections: give a request this long before telling the teacher.
  const timeout = e.VITE_API_TIMEOUT_MS === undefined || e.VITE_API_TIMEOUT_MS === '' ? 15_000 : Number(e.VITE_API_TIMEOUT_MS);
  const bad = [
    ...(base === null ? ['BASE_URL'] : []),
    ...(api === null ? ['VITE_API_BASE_URL'] : []),
    ...(Number.isInteger(timeout) && timeout > 0 ? [] : ['VITE_API_TIMEOUT_MS']),
  ];
  if (bad.length > 0 || base === null || api === null) throw new Error(`Invalid LIFF build environment: ${bad.join(', ')}`);
  return {
    /** Vite's `base` without the trailing slash: the app lives under /liff. */
    basePath: base.replace(/\/$/, ''),
    /** Where the API is; empty means the same origin that served the app (the bot or Firebase Hosting). */
    apiBaseUrl: api.replace(/\/$/, ''),
    apiTimeoutMs: timeout,
  };
}

export const env = loadEnv(import.meta.env as BuildEnv);
