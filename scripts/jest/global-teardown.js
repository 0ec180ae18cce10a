// jest globalTeardown: stops the Firestore emulator that globalSetup started (by its process group), and only that one; then
// checks every query shape the run recorded against firestore.indexes.json (the emulator does not enforce indexes).
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { checkShapes, describeShape, formatMissing, publicIndex, readShapes } = require('./firestore-index-check');

function checkIndexes() {
  const dir = process.env.NITHET_QUERY_SHAPES_DIR;
  if (!dir) return;
  // Tests of the store itself query throw-away collections (`teachers_k3x9…`); the product's collections are camelCase words.
  const shapes = readShapes(dir).filter((s) => /^[a-z][A-Za-z]*$/.test(s.collection));
  if (globalThis.__NITHET_QUERY_SHAPES_OWNED__) fs.rmSync(dir, { recursive: true, force: true });
  if (shapes.length === 0) return;
  const indexes = JSON.parse(fs.readFileSync(path.join(__dirname, '../../firestore.indexes.json'), 'utf8'));
  const { needed, missing } = checkShapes(shapes, indexes);
  if (missing.length) {
    throw new Error(
      `Firestore index check: ${missing.length} of the ${needed.length} composite indexes the queries of this run need ` +
        `are not in firestore.indexes.json (production Firestore would refuse these queries):\n${formatMissing(missing)}`,
    );
  }
  process.stdout.write(
    `[firestore-indexes] ${shapes.length} query shapes ran; ${needed.length} need a composite index; all are in firestore.indexes.json.\n`,
  );
  // NITHET_INDEX_REPORT=1: the list itself, each index with the queries that need it (for review).
  if (process.env.NITHET_INDEX_REPORT) {
    for (const n of needed) {
      process.stdout.write(`  ${JSON.stringify(publicIndex(n.required).fields)} ← ${n.shapes.map(describeShape).join(' | ')}\n`);
    }
  }
}

module.exports = async function globalTeardown() {
  const emulator = globalThis.__NITHET_FIRESTORE_EMULATOR__;
  if (emulator) {
    globalThis.__NITHET_FIRESTORE_EMULATOR__ = undefined;
    await emulator.stop();
    delete process.env.FIRESTORE_EMULATOR_HOST;
  }
  checkIndexes();
};
