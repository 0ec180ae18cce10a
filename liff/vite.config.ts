// Vite build of the LIFF app: served by the bot at /liff/ (SPA fallback), shared contracts from source.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { routePreloads } from './build/route-preloads';

const sharedSrc = fileURLToPath(new URL('../shared/src', import.meta.url));
/** The app's shared code: one chunk. */
const COMMON = /\/(liff\/src\/(lib|components|i18n|config)|shared\/src)\//;
/** Shared-folder modules only staff pages use (their Thai strings). */
const STAFF_ONLY = /\/liff\/src\/i18n\/th-staff\.ts$/;
/** Start-up's own modules (app/boot.ts and what it imports) stay in the entry chunk, ahead of everything else. */
const START_UP = /\/liff\/src\/(config\/env|lib\/(liff|mock-identity|early-get|match-route|route-of))\.ts$/;

export default defineConfig({
  base: '/liff/',
  plugins: [react(), routePreloads('/liff')],
  resolve: {
    alias: [{ find: /^@nithet\/shared$/, replacement: `${sharedSrc}/index.ts` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
      output: {
        // Few, larger chunks: a phone on HTTP/1.1 fetches six files at a time, and on a slow line each wave of
        // requests costs a round trip. Libraries, the app's shared code, the teachers' pages and the staff pages
        // are one file apiece; the LIFF mock (local mode only) stays apart so production never downloads it.
        codeSplitting: {
          // A group takes only what its test names, not everything those modules import (start-up stays apart).
          includeDependenciesRecursively: false,
          groups: [
            // The LIFF SDK goes with start-up (app/boot.ts, in the entry chunk) so LIFF init need not wait for React.
            { name: 'liff-sdk', test: /\/node_modules\/(@line\/liff|@liff\/[^/]+|tslib|tiny-sha256)\//, priority: 4 },
            // zod's CSP setting (app/zod-csp.ts) rides with zod itself: it must run before the app's chunks build schemas.
            {
              name: 'vendor',
              test: (id: string) => (id.includes('/node_modules/') && !id.includes('@line/liff-mock')) || id.endsWith('/app/zod-csp.ts'),
              priority: 3,
            },
            { name: 'common', test: (id: string) => COMMON.test(id) && !START_UP.test(id) && !STAFF_ONLY.test(id), priority: 2 },
            // What teachers open from a card (one file for all of it), and the supervisors' and coordinators' pages.
            { name: 'teacher', test: /\/liff\/src\/features\/(registration|networks|my-data|seminars|forms)\//, priority: 1 },
            { name: 'staff', test: (id: string) => /\/liff\/src\/features\//.test(id) || STAFF_ONLY.test(id), priority: 0 },
          ],
        },
      },
      // @nithet/shared's index re-exports server-side helpers (dayjs dates, store ports); its modules
      // have no side effects we rely on unless something is imported from them, so let the unused
      // ones drop out of the phone's download.
      treeshake: {
        moduleSideEffects: (id: string) => !id.startsWith(sharedSrc),
      },
    },
  },
  server: { port: 5173 },
});
