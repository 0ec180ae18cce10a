// The steps `firebase deploy` and Cloud Build take with the functions source, done locally: predeploy, the upload's
// file list (firebase.json ignore), a production-only npm install, and firebase-tools' discovery of the endpoints.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { bundleNeeds } from '../tools/deps-check.cjs';

interface FunctionsConfig {
  source: string;
  predeploy?: string[];
  ignore?: string[];
}

const functionsConfig = (firebaseJson: string): FunctionsConfig => {
  const config = JSON.parse(readFileSync(firebaseJson, 'utf8')) as { functions: FunctionsConfig | FunctionsConfig[] };
  const list = Array.isArray(config.functions) ? config.functions : [config.functions];
  if (list.length !== 1) throw new Error('firebase.json should hold exactly one functions codebase');
  return list[0]!;
};

function run(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv }, what: string): string {
  const r = spawnSync(cmd, args, { ...opts, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0)
    throw new Error(`${what} failed (exit ${r.status}):\n${(r.stderr || '').slice(-4000)}\n${(r.stdout || '').slice(-2000)}`);
  return r.stdout;
}

/** firebase.json's predeploy commands for functions, with $RESOURCE_DIR set as firebase-tools sets it. */
export function runPredeploy(root: string, firebaseJson: string): void {
  const config = functionsConfig(firebaseJson);
  for (const cmd of config.predeploy ?? []) {
    run('sh', ['-c', cmd], { cwd: root, env: { ...process.env, RESOURCE_DIR: join(root, config.source) } }, `predeploy \`${cmd}\``);
  }
}

/**
 * The files firebase-tools zips (src/deploy/functions/prepareFunctionsUpload.ts): every file under the source folder
 * except what the ignore globs match (minimatch with matchBase and dot, so a slash-free glob matches a name at any
 * depth, and an ignored folder is not entered), plus its own always-ignored debug logs and .runtimeconfig.json.
 */
export function uploadedFiles(sourceDir: string, firebaseJson: string): string[] {
  const config = functionsConfig(firebaseJson);
  const globs = [...(config.ignore ?? ['node_modules', '.git']), 'firebase-debug.log', 'firebase-debug.*.log', '.runtimeconfig.json'];
  const matchers = globs.map((glob) => {
    if (glob.includes('/')) throw new Error(`ignore glob "${glob}" has a slash: teach uploadedFiles() its minimatch meaning first`);
    const re = new RegExp(
      `^${glob
        .split('*')
        .map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    );
    return (name: string) => re.test(name);
  });
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      if (matchers.some((m) => m(name))) continue;
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.push(relative(sourceDir, full));
    }
  };
  walk(sourceDir);
  return files;
}

/**
 * `npm install --omit=dev` in the copied folder, as Cloud Build installs it (no lockfile is uploaded). The npm cache
 * makes reruns quick; then every package the bundle loads, lazily or not, must resolve from the installed folder.
 */
export function installArtifact(appDir: string, cacheDir: string): void {
  mkdirSync(cacheDir, { recursive: true });
  run(
    'npm',
    ['install', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', '--cache', cacheDir],
    { cwd: appDir, env: { ...process.env, npm_config_workspaces: 'false' } },
    'npm install --omit=dev of the uploaded functions package',
  );
  const needs = bundleNeeds(undefined, readFileSync(join(appDir, 'dist/index.js'), 'utf8'));
  const probe = [...needs.values()].flat();
  const missing = run(
    process.execPath,
    [
      '-e',
      `const out=[];for(const s of ${JSON.stringify(probe)}){try{require.resolve(s)}catch{out.push(s)}}process.stdout.write(JSON.stringify(out))`,
    ],
    { cwd: appDir },
    'resolving the bundle’s packages',
  );
  const unresolved = JSON.parse(missing) as string[];
  if (unresolved.length) {
    throw new Error(
      `After a production install of the functions package these cannot be loaded: ${unresolved.join(', ')}.\n` +
        `Add the packages to functions/package.json "dependencies" (same range as bot/package.json).`,
    );
  }
}

export interface ManifestEndpoint {
  platform: string;
  region: string[];
  httpsTrigger?: Record<string, unknown>;
  scheduleTrigger?: { schedule: string; timeZone?: string };
  secretEnvironmentVariables?: Array<{ key: string }>;
}
export interface Manifest {
  endpoints: Record<string, ManifestEndpoint>;
  params?: Array<{ name: string }>;
  requiredAPIs?: Array<{ api: string }>;
}

/** firebase-tools' discovery: the SDK's own binary loads the code and writes the functions manifest. */
export function readManifest(appDir: string, projectId: string): Manifest {
  const out = join(appDir, '..', 'functions-manifest.json');
  const bin = join(appDir, 'node_modules/firebase-functions/lib/bin/firebase-functions.js');
  run(
    process.execPath,
    [bin, appDir],
    {
      cwd: appDir,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GCLOUD_PROJECT: projectId, FUNCTIONS_MANIFEST_OUTPUT_PATH: out },
    },
    `discovery of ${basename(appDir)} (firebase-functions manifest)`,
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Manifest;
}
