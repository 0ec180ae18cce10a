// Property-based fuzzing of postback payloads (fast-check): 10,000 random button presses go through the webhook's
// event dispatcher in-process, and a sample through the signed webhook over real HTTP. The bot may only answer (a
// reply): no handler fails, nothing stored changes and nothing is pushed.
import fc from 'fast-check';
import { COLLECTIONS } from '@nithet/shared';
import { SUPERVISOR, TEACHER } from '../support/local-stack';
import { COORDINATOR } from '../support/people';
import { dispatchEvent } from '../../src/webhook/dispatch-event';
import { fuzzFixture, snapshot, writesOf, type FuzzStack } from './fuzz-support';

const IN_PROCESS_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const OVER_HTTP_RUNS = Math.min(300, IN_PROCESS_RUNS);
jest.setTimeout(300_000);

let stack: FuzzStack;
beforeAll(async () => {
  ({ stack } = await fuzzFixture());
});
afterAll(async () => {
  await stack.stop();
});

const ACTIONS = ['help', 'register', 'my-networks', 'join', 'leave', 'approve', 'decline', 'rsvp'];
const KEYS = ['action', 'n', 'm', 's', 'v'];
const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 250 }),
  fc.constantFrom('', 'going', 'not-going'),
);
/** What a button could carry: any text, or a query string of our keys (and others) with any values, repeated or not. */
const postbackData = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc
    .tuple(
      fc.oneof(fc.constantFrom(...ACTIONS), text),
      fc.array(fc.tuple(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 8 })), text), { maxLength: 5 }),
    )
    .map(([action, pairs]) => new URLSearchParams([['action', action], ...pairs]).toString()),
);
const postback = fc.record({
  userId: fc.constantFrom(TEACHER, COORDINATOR, SUPERVISOR),
  data: postbackData,
  params: fc.option(fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }), { nil: undefined }),
});

describe('When people press buttons with payloads nobody made', () => {
  it(`then ${IN_PROCESS_RUNS.toLocaleString('en')} random postbacks through the dispatcher fail no handler and change nothing`, async () => {
    const stored = snapshot(stack);
    const before = stored();
    const outcomes: Record<string, number> = {};
    await fc.assert(
      fc.asyncProperty(postback, async (p) => {
        const writes = writesOf(stack);
        // No webhookEventId (no redelivery bookkeeping) and no reply token (no LINE call): the handlers' own path.
        const outcome = await dispatchEvent(
          stack.deps,
          { type: 'postback', mode: 'active', timestamp: Date.now(), source: { type: 'user', userId: p.userId }, postback: p },
          stack.deps.logger,
        );
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
        return outcome === 'processed' && writesOf(stack) === writes;
      }),
      { numRuns: IN_PROCESS_RUNS },
    );
    expect(Object.keys(outcomes)).toEqual(['processed']);
    expect(stored()).toBe(before);
  });

  it(`then ${OVER_HTTP_RUNS} random postbacks through the signed webhook are answered 200, with replies only`, async () => {
    // Each delivery is marked processed (redelivery bookkeeping); everything else must stay as it was.
    const stored = snapshot(stack, [COLLECTIONS.validationFailures, COLLECTIONS.processedEvents]);
    const before = stored();
    const replies = () => stack.platform.requests().filter((r) => r.path === '/v2/bot/message/reply').length;
    const replied = replies();
    await fc.assert(
      fc.asyncProperty(postback, async (p) => {
        const res = await stack.platform.sendEvent(p.userId, { type: 'postback', data: p.data, ...(p.params ? { params: p.params } : {}) });
        return res.status === 200;
      }),
      { numRuns: OVER_HTTP_RUNS },
    );
    expect(replies() - replied).toBe(OVER_HTTP_RUNS); // every press answered, by reply (never a push)
    expect(stored()).toBe(before);
  });
});
