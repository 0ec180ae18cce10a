// Bundles the functions with the workspace code inlined, so `firebase deploy` uploads one self-contained package.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: join(here, 'dist/index.js'),
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  // npm dependencies are installed by Cloud Build from functions/package.json; our own code is inlined.
  plugins: [
    {
      name: 'external-npm',
      setup: (b) =>
        b.onResolve({ filter: /^[^./]/ }, (a) => (a.path.startsWith('@nithet/') ? undefined : { path: a.path, external: true })),
    },
  ],
  logLevel: 'warning',
});
