// Which npm packages the functions bundle needs at run time, and whether functions/package.json provides each (same range as bot/).
'use strict';

const { builtinModules } = require('node:module');

const builtins = new Set(builtinModules);

/** `@scope/name/sub/path` → `@scope/name`; `name/sub` → `name`; node built-ins → undefined. */
function packageOf(specifier) {
  if (specifier.startsWith('node:') || builtins.has(specifier) || builtins.has(specifier.split('/')[0])) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * Every package the bundle loads: esbuild's external imports (require, dynamic import) plus the files it looks up
 * with require.resolve (fonts), which esbuild does not see as imports. `metafile` may be omitted: the code is scanned.
 */
function bundleNeeds(metafile, code) {
  const specifiers = new Set();
  for (const output of Object.values(metafile?.outputs ?? {})) {
    for (const imp of output.imports ?? []) if (imp.external) specifiers.add(imp.path);
  }
  const patterns = [/\brequire\(\s*["'`]([^"'`$]+)/g, /\bimport\(\s*["'`]([^"'`$]+)/g, /\brequire\.resolve\(\s*["'`]([^"'`$]+)/g];
  for (const re of patterns) for (const m of code.matchAll(re)) if (!m[1].startsWith('.') && !m[1].startsWith('/')) specifiers.add(m[1]);
  const needs = new Map();
  for (const s of specifiers) {
    const pkg = packageOf(s);
    if (pkg && !pkg.startsWith('@nithet/')) needs.set(pkg, [...(needs.get(pkg) ?? []), s]);
  }
  return needs;
}

/** Problems in plain words: a package the bundle needs that is missing, or listed with another range than bot/ uses. */
function checkDependencies({ needs, functionsPackage, botPackage }) {
  const fnDeps = functionsPackage.dependencies ?? {};
  const botDeps = botPackage.dependencies ?? {};
  const problems = [];
  for (const [pkg, specifiers] of [...needs].sort(([a], [b]) => a.localeCompare(b))) {
    const used = `used as ${specifiers.slice(0, 3).join(', ')}`;
    if (!fnDeps[pkg]) {
      const hint = botDeps[pkg] ? `add "${pkg}": "${botDeps[pkg]}" (the range bot/package.json uses)` : `add it`;
      problems.push(`${pkg} is missing from functions/package.json dependencies (${used}): ${hint}`);
    } else if (botDeps[pkg] && botDeps[pkg] !== fnDeps[pkg]) {
      problems.push(
        `${pkg} is "${fnDeps[pkg]}" in functions/package.json but "${botDeps[pkg]}" in bot/package.json: use the same range, so the cloud runs what the tests ran`,
      );
    }
  }
  return problems;
}

module.exports = { bundleNeeds, checkDependencies, packageOf };
