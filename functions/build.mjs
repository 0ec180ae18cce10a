// Bundles the functions with the workspace code inlined, so `firebase deploy` uploads one self-contained package;
// fails when the bundle needs an npm package that functions/package.json does not list (Cloud Build installs only those).
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import depsCheck from './tools/deps-check.cjs';

const { bundleNeeds, checkDependencies } = depsCheck;
const here = dirname(fileURLToPath(import.meta.url));
const outfile = join(here, 'dist/index.js');
const result = await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  sourcemap: true,
  metafile: true,
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

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const problems = checkDependencies({
  needs: bundleNeeds(result.metafile, readFileSync(outfile, 'utf8')),
  functionsPackage: readJson(join(here, 'package.json')),
  botPackage: readJson(join(here, '../bot/package.json')),
});
if (problems.length) {
  process.stderr.write(
    `\nfunctions build: the bundle would not run after \`firebase deploy\`:\n${problems.map((p) => `  - ${p}\n`).join('')}`,
  );
  process.exit(1);
}
