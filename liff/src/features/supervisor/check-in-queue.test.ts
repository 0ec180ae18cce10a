import {
  DEDUPE_WINDOW_MS,
  applyResults,
  emptyQueue,
  enqueue,
  parseQueue,
  queueStorageKey,
  readCheckInValue,
  storedQueue,
  takeBatch,
  type CheckInQueue,
  type QueueStorage,
} from './check-in-queue';

const T0 = new Date('2027-01-15T02:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
let n = 0;
const nextId = () => `scan-${String(++n).padStart(4, '0')}`;

function queued(q: CheckInQueue, value: string, at: Date = T0): CheckInQueue {
  const out = enqueue(q, value, at, nextId());
  if (out.kind !== 'queued') throw new Error(`expected ${value} to be queued`);
  return out.queue;
}

function memoryStorage(initial: Record<string, string> = {}): QueueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

describe('reading what the staff member typed at the door', () => {
  it('takes an 8-character code in any case, with spaces or dashes, as the server reads it', () => {
    expect(readCheckInValue(' ab12-cd34 ')).toEqual({ ok: true, value: 'AB12CD34', kind: 'code' });
  });

  it('takes a pasted QR token as it is', () => {
    expect(readCheckInValue(' NTC1.payload.sig ')).toEqual({ ok: true, value: 'NTC1.payload.sig', kind: 'qr' });
  });

  it('When the field is empty or the code has the wrong length, then it says which', () => {
    expect(readCheckInValue('  ')).toEqual({ ok: false, problem: 'empty' });
    expect(readCheckInValue('AB12')).toEqual({ ok: false, problem: 'format' });
    expect(readCheckInValue('สมศรีใจดี')).toEqual({ ok: false, problem: 'format' });
    expect(readCheckInValue(`NTC1.${'x'.repeat(1000)}.sig`)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('queueing scans', () => {
  it('keeps each scan with its own id and the time it was scanned, oldest first', () => {
    let q = emptyQueue;
    const first = enqueue(q, 'AB12CD34', T0, 'id-first-1');
    expect(first.kind).toBe('queued');
    q = first.queue;
    q = queued(q, 'ZZ99YY88', later(60_000));
    expect(q.pending.map((s) => s.value)).toEqual(['AB12CD34', 'ZZ99YY88']);
    expect(q.pending[0]).toEqual({ clientScanId: 'id-first-1', value: 'AB12CD34', scannedAt: '2027-01-15T02:00:00.000Z' });
  });

  it('When the same code is scanned twice within a few seconds, then the second is a duplicate and nothing is added', () => {
    const q = queued(emptyQueue, 'NTC1.a.b');
    const again = enqueue(q, ' NTC1.a.b', later(1_500), nextId());
    expect(again.kind).toBe('duplicate');
    expect(again.queue.pending).toHaveLength(1);
    expect(enqueue(queued(emptyQueue, 'AB12CD34'), 'ab12 cd34', later(2_000), nextId()).kind).toBe('duplicate');
  });

  it('When the same code comes again after the window, then it is queued again (the server answers "already checked in")', () => {
    const q = queued(emptyQueue, 'AB12CD34');
    const again = enqueue(q, 'AB12CD34', later(DEDUPE_WINDOW_MS + 1), nextId());
    expect(again.kind).toBe('queued');
    expect(again.queue.pending).toHaveLength(2);
  });

  it('When a scan was already sent and answered, then a repeat within the window is still a duplicate', () => {
    const q = queued(emptyQueue, 'AB12CD34');
    const sent = applyResults(q, [{ clientScanId: q.pending[0]!.clientScanId }]);
    expect(enqueue(sent, 'AB12CD34', later(1_000), nextId()).kind).toBe('duplicate');
  });
});

describe('sending in batches', () => {
  it('takes at most 200 scans per request, the oldest first', () => {
    let q = emptyQueue;
    for (let i = 0; i < 250; i++) q = queued(q, `NTC1.${i}.x`, later(i * 10_000));
    const batch = takeBatch(q);
    expect(batch).toHaveLength(200);
    expect(batch[0]?.value).toBe('NTC1.0.x');
    expect(takeBatch(q, 3).map((s) => s.value)).toEqual(['NTC1.0.x', 'NTC1.1.x', 'NTC1.2.x']);
  });

  it('drops only the scans the server answered for; the rest stay for the next try', () => {
    let q = emptyQueue;
    for (const v of ['AAAAAAA1', 'AAAAAAA2', 'AAAAAAA3']) q = queued(q, v);
    const [a, , c] = q.pending;
    const after = applyResults(q, [
      { clientScanId: a!.clientScanId },
      { clientScanId: c!.clientScanId },
      { clientScanId: 'from-another-tab' },
    ]);
    expect(after.pending.map((s) => s.value)).toEqual(['AAAAAAA2']);
  });

  it('When a scan is added while a batch is on its way, then applying that batch keeps the new scan', () => {
    const q = queued(emptyQueue, 'AAAAAAA1');
    const batch = takeBatch(q);
    const meanwhile = queued(q, 'BBBBBBB2', later(1_000));
    expect(applyResults(meanwhile, batch).pending.map((s) => s.value)).toEqual(['BBBBBBB2']);
  });
});

describe('the stored queue', () => {
  it('survives a reload: what was queued is read back', () => {
    const storage = memoryStorage();
    storedQueue(storage, 'sem-1').update((q) => queued(q, 'AB12CD34'));
    const reloaded = storedQueue(storage, 'sem-1').read();
    expect(reloaded.pending.map((s) => s.value)).toEqual(['AB12CD34']);
    expect(storedQueue(storage, 'sem-2').read()).toEqual(emptyQueue);
  });

  it('When storage holds garbage, then the queue starts empty instead of breaking the page', () => {
    for (const raw of ['{not json', 'null', '42', '"text"', '[]', JSON.stringify({ pending: 'x', recent: {} })]) {
      expect(parseQueue(raw)).toEqual(emptyQueue);
    }
    const storage = memoryStorage({ [queueStorageKey('sem-1')]: '{broken' });
    const q = storedQueue(storage, 'sem-1').update((x) => queued(x, 'AB12CD34'));
    expect(q.pending).toHaveLength(1);
    expect(parseQueue(storage.data[queueStorageKey('sem-1')] ?? null).pending).toHaveLength(1);
  });

  it('keeps the good scans when one stored item is garbled or repeated', () => {
    const good = { clientScanId: 'scan-good-1', value: 'AB12CD34', scannedAt: T0.toISOString() };
    const raw = JSON.stringify({ pending: [good, { clientScanId: 'x', value: '' }, 7, good], recent: [{ key: 1 }] });
    expect(parseQueue(raw)).toEqual({ pending: [good], recent: [] });
  });

  it('When storage is blocked or full, then scans are kept in memory while the page is open', () => {
    const blocked: QueueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
    };
    const store = storedQueue(blocked, 'sem-1');
    store.update((q) => queued(q, 'AB12CD34'));
    expect(store.read().pending).toHaveLength(1);

    const full = memoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store2 = storedQueue(full, 'sem-1');
    store2.update((q) => queued(q, 'AB12CD34'));
    store2.update((q) => queued(q, 'ZZ99YY88', later(60_000)));
    expect(store2.read().pending.map((s) => s.value)).toEqual(['AB12CD34', 'ZZ99YY88']);
  });
});
