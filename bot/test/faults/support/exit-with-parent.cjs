// Preloaded into a server a fault test starts: it exits when that test process is gone (jest killed), never lingering.
'use strict';

const parent = Number(process.env.FAULT_TEST_PARENT_PID);
if (parent > 0) {
  setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      process.exit(1);
    }
  }, 1000).unref();
}
