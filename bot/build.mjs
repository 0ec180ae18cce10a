// Bundles the bot's entry points with esbuild: workspace code inlined, npm dependencies left external.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));

/** npm packages stay in node_modules; only our own workspace code (@nithet/*) is bundled. */
const externalNpm = {
  name: 'external-npm',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => (args.path.startsWith('@nithet/') ? undefined : { path: args.path, external: true }));
  },
};

await build({
  entryPoints: {
    serve: join(here, 'src/entry/serve.ts'),
    local: join(here, 'src/entry/local.ts'),
    'setup-line': join(here, 'src/entry/setup-line.ts'),
    backup: join(here, 'src/entry/backup.ts'),
    restore: join(here, 'src/entry/restore.ts'),
    staff: join(here, 'src/entry/staff.ts'),
    // `npm run bench` starts the real bot through this entry (bench/bot-server.ts).
    'bench-server': join(here, '../bench/bot-server.ts'),
  },
  outdir: join(here, 'dist'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  plugins: [externalNpm],
  logLevel: 'warning',
});
