// "Something was queued": enqueueMulticast says so and every running outbox loop in this process sends at once
// (rather than at its next tick), so an announcement goes out the moment it is confirmed.
import { EventEmitter } from 'node:events';

const signal = new EventEmitter();
signal.setMaxListeners(0); // one loop per stack; tests run several

export const announceQueued = (): void => void signal.emit('queued');

/** Calls `listener` on every new queued job until the returned function is called. */
export function onQueued(listener: () => void): () => void {
  signal.on('queued', listener);
  return () => signal.off('queued', listener);
}
