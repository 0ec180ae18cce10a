#!/usr/bin/env node
// `npm test`: checks the machine (Chromium, Thai fonts, Firestore emulator), installs what it may,
// builds the LIFF app, then runs type-check, lint and every jest project (unit, integration, contract, e2e).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (cmd, args, opts = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
};
const say = (msg) => process.stdout.write(`\n[test] ${msg}\n`);
const fail = (msg) => {
  process.stderr.write(`\n[test] ${msg}\n`);
  process.exit(1);
};

if (!process.version.startsWith('v24.')) {
  fail(
    `Node ${process.version} is running; the project needs Node 24. Run through npm (npm test), which uses the pinned node@24 from node_modules.`,
  );
}

// 1. Debian Chromium and Thai fonts for the browser tests (never a downloaded browser).
const needApt = [];
if (!existsSync('/usr/bin/chromium')) needApt.push('chromium');
if (!existsSync('/usr/share/fonts/truetype/tlwg')) needApt.push('fonts-thai-tlwg');
if (needApt.length) {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot)
    fail(`Missing ${needApt.join(', ')}. Install them with:\n  sudo apt-get update && sudo apt-get install -y ${needApt.join(' ')}`);
  say(`Installing ${needApt.join(', ')} from Debian…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update', '-qq'], { env }) !== 0 || run('apt-get', ['install', '-y', '-qq', ...needApt], { env }) !== 0) {
    fail(`apt-get could not install ${needApt.join(', ')}. Install them by hand: apt-get install -y ${needApt.join(' ')}`);
  }
}

// 2. Google's Firestore emulator (the contract suite and the Firestore path need it).
const launcher = '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud_firestore_emulator';
if (!existsSync(launcher)) {
  fail(
    "Google's Firestore emulator is missing. Install it with:\n  apt-get install -y google-cloud-cli-firestore-emulator openjdk-17-jre-headless",
  );
}

// 3. Build what the browser tests load, then check and test everything.
say('Building the LIFF app…');
if (run('npm', ['run', 'build', '-w', 'liff']) !== 0) fail('The LIFF build failed.');
say('Type-checking…');
if (run('npm', ['run', 'typecheck']) !== 0) fail('Type errors (see above).');
say('Linting and checking formatting…');
if (run('npm', ['run', 'lint']) !== 0) fail('Lint or formatting errors (see above; `npm run format` fixes formatting).');
say('Running jest (unit, integration, store contract on SQLite + Firestore emulator, browser journeys)…');
const status = run('npx', ['jest', '--ci', ...process.argv.slice(2)]);
process.exit(status);
