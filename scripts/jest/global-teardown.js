// jest globalTeardown: stops the Firestore emulator that globalSetup started (by its process group), and only that one.
'use strict';

module.exports = async function globalTeardown() {
  const emulator = globalThis.__NITHET_FIRESTORE_EMULATOR__;
  if (!emulator) return;
  globalThis.__NITHET_FIRESTORE_EMULATOR__ = undefined;
  await emulator.stop();
  delete process.env.FIRESTORE_EMULATOR_HOST;
};
