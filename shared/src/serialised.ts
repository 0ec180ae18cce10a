// One at a time per key inside this process: work on one hot document (a seminar's seats, a numbering counter)
// queues here instead of piling transactions onto the store, where they would abort each other under contention.
const tails = new Map<string, Promise<void>>();

/** Runs `work` after every earlier call with the same key has settled; a failure does not block the next. */
export function serialised<T>(key: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve();
  const run = previous.then(work);
  const tail = run.then(
    () => undefined,
    () => undefined,
  );
  tails.set(key, tail);
  void tail.then(() => {
    if (tails.get(key) === tail) tails.delete(key);
  });
  return run;
}

/** Keys still queued (for tests: nothing should stay behind). */
export const serialisedKeys = (): number => tails.size;
