// jest globalSetup: starts one Firestore emulator for the whole run (or reuses FIRESTORE_EMULATOR_HOST) and exports it to workers;
// gives the workers a folder to note query shapes in (see firestore-index-check.js).
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { startFirestoreEmulator, DEFAULT_PROJECT_ID } = require('./firestore-emulator');

module.exports = async function globalSetup() {
  // Workers are forked from this process after globalSetup, so they inherit these variables.
  process.env.GCLOUD_PROJECT = process.env.GCLOUD_PROJECT || DEFAULT_PROJECT_ID;
  // Tests never run on Google Cloud: stop google-auth probing the GCE metadata address (169.254.169.254),
  // which is off-limits here and was once seen answering an interrupted run with a 403 warning.
  process.env.METADATA_SERVER_DETECTION = process.env.METADATA_SERVER_DETECTION || 'none';
  // Both store adapters note every query shape here; globalTeardown checks them against firestore.indexes.json.
  if (!process.env.NITHET_QUERY_SHAPES_DIR) {
    process.env.NITHET_QUERY_SHAPES_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'nithet-query-shapes-'));
    globalThis.__NITHET_QUERY_SHAPES_OWNED__ = true;
  }
  if (process.env.FIRESTORE_EMULATOR_HOST) return; // someone already runs one: reuse it, never stop it
  const emulator = await startFirestoreEmulator({ projectId: DEFAULT_PROJECT_ID });
  process.env.FIRESTORE_EMULATOR_HOST = emulator.host;
  // globalSetup and globalTeardown share this process's globals.
  globalThis.__NITHET_FIRESTORE_EMULATOR__ = emulator;
};
