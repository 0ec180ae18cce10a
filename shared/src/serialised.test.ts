// Per-key serialisation: same key one after another in call order, other keys in parallel, failures isolated.
import { serialised, serialisedKeys } from './serialised';

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('serialised', () => {
  it('When calls share a key, then they run one at a time in call order; a failure rejects only its own call', async () => {
    const log: string[] = [];
    const job =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await tick(ms);
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      serialised('k', job('a', 20)),
      serialised('k', job('b', 5, true)),
      serialised('k', job('c', 1)),
      serialised('other', job('x', 1)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const sameKey = log.filter((l) => !l.endsWith('x'));
    expect(sameKey).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(log.indexOf('end x')).toBeLessThan(log.indexOf('end a')); // another key did not wait
    await tick(0);
    expect(serialisedKeys()).toBe(0);
  });
});
