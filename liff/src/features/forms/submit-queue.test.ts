import type { Answers } from '@nithet/shared';
import { newIdempotencyKey } from './idempotency-key';
import { storedValue, type KeyValueStorage } from './local-store';
import { ownerKeyOf } from './owner-key';
import {
  dropSubmission,
  emptySubmitQueue,
  failureKind,
  parseSubmitQueue,
  pendingFor,
  queueSubmission,
  submitQueueStorageKey,
  type SubmitQueue,
} from './submit-queue';

const T0 = new Date('2027-01-15T02:00:00.000Z');
const A: Answers = { role: 'teacher', topics: ['coaching'] };
const B: Answers = { role: 'principal' };
let n = 0;
const nextKey = () => `key-${String(++n).padStart(6, '0')}`;

function memoryStorage(): KeyValueStorage & { data: Record<string, string> } {
  const data: Record<string, string> = {};
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v), removeItem: (k) => void delete data[k] };
}

describe('queueing a submission', () => {
  it('When the person taps send twice with the same answers, then one submission with one key waits', () => {
    const first = queueSubmission(emptySubmitQueue, 'round-1', A, T0, nextKey);
    expect(first.repeat).toBe(false);
    const second = queueSubmission(first.queue, 'round-1', { topics: ['coaching'], role: 'teacher' }, T0, nextKey);
    expect(second.repeat).toBe(true);
    expect(second.item.idempotencyKey).toBe(first.item.idempotencyKey);
    expect(second.queue.pending).toHaveLength(1);
  });

  it('When the answers changed before it was sent, then they replace the waiting ones under a new key (never one key for two answers)', () => {
    const first = queueSubmission(emptySubmitQueue, 'round-1', A, T0, nextKey);
    const changed = queueSubmission(first.queue, 'round-1', B, T0, nextKey);
    expect(changed.repeat).toBe(false);
    expect(changed.item.idempotencyKey).not.toBe(first.item.idempotencyKey);
    expect(changed.queue.pending).toEqual([changed.item]);
  });

  it('keeps one submission per round, each round on its own', () => {
    let q: SubmitQueue = queueSubmission(emptySubmitQueue, 'round-1', A, T0, nextKey).queue;
    q = queueSubmission(q, 'round-2', B, T0, nextKey).queue;
    expect(q.pending.map((p) => p.roundId)).toEqual(['round-1', 'round-2']);
    expect(pendingFor(q, 'round-2')?.answers).toEqual(B);
    expect(pendingFor(q, 'round-3')).toBeUndefined();
  });

  it('When the server answered for a submission, then only that one leaves; one queued for the round meanwhile stays', () => {
    const first = queueSubmission(emptySubmitQueue, 'round-1', A, T0, nextKey);
    expect(dropSubmission(first.queue, first.item)).toEqual(emptySubmitQueue);
    const newer = queueSubmission(first.queue, 'round-1', B, T0, nextKey);
    expect(dropSubmission(newer.queue, first.item).pending).toEqual([newer.item]);
  });
});

describe('after a failed send', () => {
  it('keeps the submission when nothing came back, on a timeout, on server trouble or an expired token', () => {
    for (const [status, code] of [
      [0, 'client/network'],
      [0, 'client/timeout'],
      [502, 'http/502'],
      [503, 'internal'],
      [401, 'auth/token-expired'],
      [429, 'rate-limited'],
    ] as const)
      expect(failureKind({ status, code })).toBe('keep');
  });

  it('gives up on it when the server read it and refused (invalid answers, the round closed)', () => {
    expect(failureKind({ status: 400, code: 'validation/failed' })).toBe('refused');
    expect(failureKind({ status: 409, code: 'forms/round-closed' })).toBe('refused');
    expect(failureKind({ status: 404, code: 'forms/round-not-found' })).toBe('refused');
  });
});

describe('the stored queue', () => {
  it('survives a reload, per person', () => {
    const storage = memoryStorage();
    const mine = storedValue(storage, submitQueueStorageKey('U1'), parseSubmitQueue);
    const queued = mine.update((q) => queueSubmission(q, 'round-1', A, T0, nextKey).queue);
    expect(storedValue(storage, submitQueueStorageKey('U1'), parseSubmitQueue).read()).toEqual(queued);
    expect(queued.pending).toHaveLength(1);
    expect(storedValue(storage, submitQueueStorageKey('U2'), parseSubmitQueue).read()).toEqual(emptySubmitQueue);
  });

  it('When storage holds garbage, then the queue keeps the good items (the newest per round) and drops the rest', () => {
    for (const raw of [null, 42, 'text', [], { pending: 'x' }]) expect(parseSubmitQueue(raw)).toEqual(emptySubmitQueue);
    const good = { roundId: 'r1', answers: A, idempotencyKey: 'key-good-0001', queuedAt: T0.toISOString() };
    const newer = { ...good, answers: B, idempotencyKey: 'key-good-0002', queuedAt: '2027-01-15T03:00:00.000Z' };
    expect(parseSubmitQueue({ pending: [good, { roundId: 'r2' }, 7, newer] })).toEqual({ pending: [newer] });
  });
});

describe('idempotency keys', () => {
  const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('uses crypto.randomUUID where the browser has it', () => {
    expect(newIdempotencyKey({ randomUUID: () => '11111111-2222-4333-8444-555555555555' })).toBe('11111111-2222-4333-8444-555555555555');
    expect(newIdempotencyKey()).toMatch(UUID_V4);
  });

  it('When the browser lacks randomUUID (older LINE on iOS), then it makes a v4 UUID from random bytes, each one different', () => {
    const getRandomValues = globalThis.crypto.getRandomValues.bind(globalThis.crypto);
    const keys = new Set(Array.from({ length: 200 }, () => newIdempotencyKey({ getRandomValues })));
    expect(keys.size).toBe(200);
    for (const k of keys) expect(k).toMatch(UUID_V4);
    expect(newIdempotencyKey({})).toMatch(UUID_V4);
  });
});

describe('whose drafts they are', () => {
  const base64Url = (text: string) =>
    btoa(String.fromCharCode(...new TextEncoder().encode(text)))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
  const token = (payload: object) => `h.${base64Url(JSON.stringify(payload))}.s`;

  it('reads the LINE user id from the ID token, so people sharing a phone keep their own drafts', () => {
    expect(ownerKeyOf(token({ sub: 'U00000000000000000000000000007009', name: 'ครูวิไล' }))).toBe('U00000000000000000000000000007009');
  });

  it('When there is no readable token, then the drafts are kept as anonymous', () => {
    for (const t of [null, '', 'abc', 'h.!!!.s', token({ name: 'x' }), token({ sub: 'a/b' })]) expect(ownerKeyOf(t)).toBe('anonymous');
  });
});
