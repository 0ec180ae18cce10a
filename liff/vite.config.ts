// Vite build of the LIFF app: served by the bot at /liff/ (SPA fallback), shared contracts from source.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const sharedSrc = fileURLToPath(new URL('../shared/src', import.meta.url));

export default defineConfig({
  base: '/liff/',
  plugins: [react()],
  resolve: {
    alias: [{ find: /^@nithet\/shared$/, replacement: `${sharedSrc}/index.ts` }],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: {
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
