// Starts and stops Google's Firestore emulator on a free loopback port; plain CommonJS so jest's untransformed globalSetup and TS tests share it.
'use strict';

const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');

const DEFAULT_PROJECT_ID = 'demo-nithet';
const READY_LINE = 'Dev App Server is now running';
const START_TIMEOUT_MS = 60_000;
// The launcher directly, not `gcloud emulators firestore start`: measured here 1.8 s vs 7.1 s,
// because gcloud spends ~5 s starting Python before it runs this same launcher.
const LAUNCHER = '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud_firestore_emulator';
const INSTALL_HINT =
  'Install it with: apt-get update && apt-get install -y google-cloud-cli-firestore-emulator openjdk-17-jre-headless ' +
  '(see shared/docs/firestore.md; firebase-tools emulators do not work on these machines).';

/** Asks the kernel for a free loopback port; the tiny race until the emulator binds it is acceptable in tests. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(address.port));
    });
  });
}

function assertInstalled() {
  const launcher = process.env.FIRESTORE_EMULATOR_LAUNCHER || LAUNCHER;
  if (!fs.existsSync(launcher)) {
    throw new Error(`Firestore emulator launcher not found at ${launcher}. ${INSTALL_HINT}`);
  }
  const java = spawnSync(process.env.JAVA || 'java', ['-version'], { encoding: 'utf8' });
  if (java.error || java.status !== 0) {
    throw new Error(`Java (17+) is needed by the Firestore emulator but \`java -version\` failed. ${INSTALL_HINT}`);
  }
  return launcher;
}

/** Kills the emulator's whole process group (shell watchdog + launcher + JVM); quiet when already gone. */
function killGroup(pid, signal = 'SIGTERM') {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** True while any non-zombie process is left in the group; orphaned zombies linger until reaped elsewhere. */
function isGroupAlive(pid) {
  let entries;
  try {
    entries = fs.readdirSync('/proc');
  } catch {
    try {
      process.kill(-pid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    // Fields after the parenthesised command: state, ppid, pgrp, ...
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pid && state !== 'Z') return true;
  }
  return false;
}

async function stopGroup(pid) {
  if (!killGroup(pid, 'SIGTERM')) return;
  // The JVM shuts down its gRPC server on SIGTERM; give it a moment, then make sure.
  for (let i = 0; i < 50 && isGroupAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  killGroup(pid, 'SIGKILL');
}

async function clearFirestoreEmulator(host, projectId = DEFAULT_PROJECT_ID, databaseId = '(default)') {
  const url = `http://${host}/emulator/v1/projects/${encodeURIComponent(projectId)}/databases/${encodeURIComponent(databaseId)}/documents`;
  const res = await fetch(url, { method: 'DELETE' });
  if (!res.ok) throw new Error(`Clearing the Firestore emulator failed: ${res.status} ${await res.text()}`);
}

/**
 * Spawns the emulator in its own process group under a small shell watchdog: if the process that
 * started it dies without cleaning up (jest killed with SIGKILL, a crashed script), the watchdog
 * notices within a second and takes the JVM down with it, so no Java process is left behind.
 */
async function startFirestoreEmulator(options = {}) {
  const launcher = assertInstalled();
  const projectId = options.projectId || DEFAULT_PROJECT_ID;
  const port = options.port || (await freePort());
  const host = `127.0.0.1:${port}`;
  const watchdog =
    'owner=$1; shift; "$@" & child=$!; ' +
    'while kill -0 "$owner" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done; ' +
    'kill -TERM 0';
  const startedAt = Date.now();
  const child = spawn(
    'sh',
    [
      '-c',
      watchdog,
      'firestore-emulator',
      String(process.pid),
      launcher,
      'start',
      '--host=127.0.0.1',
      `--port=${port}`,
      // Security rules are enforced on client requests only when given (the Admin SDK bypasses them, as in production).
      ...(options.rules ? [`--rules=${options.rules}`] : []),
      // Starts with the documents of an export (its .overall_export_metadata file): a restart that keeps the data.
      ...(options.seedFromExport ? [`--seed_from_export=${options.seedFromExport}`] : []),
    ],
    {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not spawn the Firestore emulator (no pid).');

  let output = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      killGroup(pid, 'SIGKILL');
      reject(
        new Error(
          `Firestore emulator did not print "${READY_LINE}" within ${START_TIMEOUT_MS / 1000} s on ${host}. Output:\n${output.slice(-2000)}`,
        ),
      );
    }, START_TIMEOUT_MS);
    const onData = (chunk) => {
      output += chunk.toString();
      if (output.includes(READY_LINE)) {
        clearTimeout(timer);
        child.off('exit', onExit);
        resolve();
      }
    };
    const onExit = (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Firestore emulator exited before it was ready (code ${code}, signal ${signal}). Output:\n${output.slice(-2000)}`));
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', onExit);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
  });
  const startMs = Date.now() - startedAt;

  // Keep draining the pipes so the JVM never blocks on a full pipe, but let the owner exit freely.
  output = '';
  child.stdout.on('data', () => {});
  child.stderr.on('data', () => {});
  child.stdout.unref?.();
  child.stderr.unref?.();
  child.unref();

  // On a normal exit or a fatal signal of the owner, take the group down synchronously.
  const onOwnerExit = () => killGroup(pid, 'SIGTERM');
  const onSignal = (signal) => {
    killGroup(pid, 'SIGTERM');
    // Only re-raise when nobody else (e.g. jest) handles the signal, so default behaviour is kept.
    if (process.listenerCount(signal) === 1) {
      detach();
      process.kill(process.pid, signal);
    }
  };
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  const detach = () => {
    process.off('exit', onOwnerExit);
    for (const s of signals) process.off(s, onSignal);
  };
  process.on('exit', onOwnerExit);
  for (const s of signals) process.on(s, onSignal);

  return {
    host,
    projectId,
    pid,
    startMs,
    async stop() {
      detach();
      await stopGroup(pid);
    },
    clear(otherProjectId) {
      return clearFirestoreEmulator(host, otherProjectId || projectId);
    },
  };
}

module.exports = { startFirestoreEmulator, clearFirestoreEmulator, stopGroup, DEFAULT_PROJECT_ID };
