import type { Answers } from '@nithet/shared';
import { draftStorageKey, editDraft, markSynced, parseLocalDraft, sameAnswers, startingPoint, type LocalDraft } from './form-draft';
import { storedValue, type KeyValueStorage } from './local-store';

const T0 = new Date('2027-01-15T02:00:00.000Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const iso = (minutes: number) => at(minutes).toISOString();
const A: Answers = { role: 'teacher', topics: ['active-learning'] };
const B: Answers = { role: 'teacher', topics: ['active-learning', 'coaching'], hours: 6 };

function memoryStorage(initial: Record<string, string> = {}): KeyValueStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return {
    data,
    getItem: (k) => data[k] ?? null,
    setItem: (k, v) => void (data[k] = v),
    removeItem: (k) => void delete data[k],
  };
}

const synced = (answers: Answers, minutes: number): LocalDraft => ({
  answers,
  changedAt: iso(minutes),
  syncedAt: iso(minutes),
  dirty: false,
});

describe('editing the draft on the phone', () => {
  it('When an answer changes, then the draft is marked as not yet on the server, with the time of the change', () => {
    const first = editDraft(null, A, T0, 'about-you');
    expect(first).toEqual({ answers: A, changedAt: T0.toISOString(), syncedAt: null, dirty: true, sectionId: 'about-you' });
    const saved = markSynced(first, A, iso(1))!;
    expect(saved.dirty).toBe(false);
    const next = editDraft(saved, B, at(5));
    expect(next).toMatchObject({ answers: B, changedAt: iso(5), syncedAt: iso(1), dirty: true, sectionId: 'about-you' });
  });

  it('When only the section changes, then the answers keep their time and stay synced', () => {
    const saved = synced(A, 0);
    expect(editDraft(saved, { topics: ['active-learning'], role: 'teacher' }, at(3), 'needs')).toEqual({ ...saved, sectionId: 'needs' });
  });

  it('When the person changed an answer while the save was on its way, then the draft stays dirty for the next save', () => {
    const draft = editDraft(null, B, at(2));
    expect(markSynced(draft, A, iso(3))).toMatchObject({ dirty: true, syncedAt: iso(3) });
    expect(markSynced(null, A, iso(3))).toBeNull();
  });

  it('survives closing LINE: the stored draft is read back, per person and per round', () => {
    const storage = memoryStorage();
    const mine = storedValue(storage, draftStorageKey('U1', 'round-1'), parseLocalDraft);
    mine.update((d) => editDraft(d, A, T0));
    expect(storedValue(storage, draftStorageKey('U1', 'round-1'), parseLocalDraft).read()?.answers).toEqual(A);
    expect(storedValue(storage, draftStorageKey('U2', 'round-1'), parseLocalDraft).read()).toBeNull();
    expect(storedValue(storage, draftStorageKey('U1', 'round-2'), parseLocalDraft).read()).toBeNull();
    mine.clear();
    expect(storage.data).toEqual({});
  });

  it('When the stored draft is garbled, then the form opens without it instead of breaking', () => {
    for (const raw of ['{not json', 'null', '42', '[]', JSON.stringify({ answers: 'x', changedAt: 'yesterday' })]) {
      const storage = memoryStorage({ [draftStorageKey('U1', 'r')]: raw });
      expect(storedValue(storage, draftStorageKey('U1', 'r'), parseLocalDraft).read()).toBeNull();
    }
  });

  it('When storage is blocked or full, then the draft is kept in memory while the page is open', () => {
    const blocked: KeyValueStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('SecurityError');
      },
      removeItem: () => undefined,
    };
    const store = storedValue(blocked, 'k', parseLocalDraft);
    store.update((d) => editDraft(d, A, T0));
    expect(store.read()?.answers).toEqual(A);
    const full = memoryStorage();
    full.setItem = () => {
      throw new Error('QuotaExceededError');
    };
    const store2 = storedValue(full, 'k', parseLocalDraft);
    store2.update((d) => editDraft(d, B, T0));
    expect(store2.read()?.answers).toEqual(B);
  });
});

describe('which copy the form opens with', () => {
  const prefill: Answers = { school: '1040010002' };

  it('When nothing was saved anywhere, then it opens with the prefill from the profile and the last cycle', () => {
    expect(startingPoint({ local: null, draft: null, response: null, prefill })).toEqual({
      answers: prefill,
      from: 'prefill',
      upload: false,
    });
  });

  it('When the phone has edits the server never got (the connection dropped), then the phone wins and is sent', () => {
    const local: LocalDraft = { answers: B, changedAt: iso(10), syncedAt: iso(2), dirty: true };
    expect(startingPoint({ local, draft: { answers: A, at: iso(2) }, response: null, prefill })).toEqual({
      answers: B,
      from: 'local',
      upload: true,
    });
    expect(startingPoint({ local: { ...local, syncedAt: null }, draft: null, response: null, prefill })).toMatchObject({
      from: 'local',
      upload: true,
    });
  });

  it("When the phone's clock runs hours behind, then its unsent edits still win over the server copy it had already seen", () => {
    const local: LocalDraft = { answers: B, changedAt: '2027-01-14T20:00:00.000Z', syncedAt: iso(0), dirty: true };
    expect(startingPoint({ local, draft: { answers: A, at: iso(0) }, response: null, prefill }).from).toBe('local');
  });

  it('When the person went on on another phone, then the newer server draft wins over this phone', () => {
    const local: LocalDraft = { answers: A, changedAt: iso(5), syncedAt: iso(5), dirty: false };
    expect(startingPoint({ local, draft: { answers: B, at: iso(30) }, response: null, prefill })).toEqual({
      answers: B,
      from: 'draft',
      upload: false,
    });
    const olderEdits: LocalDraft = { ...local, dirty: true, changedAt: iso(6) };
    expect(startingPoint({ local: olderEdits, draft: { answers: B, at: iso(30) }, response: null, prefill }).from).toBe('draft');
    const newerEdits: LocalDraft = { ...local, dirty: true, changedAt: iso(40) };
    expect(startingPoint({ local: newerEdits, draft: { answers: B, at: iso(30) }, response: null, prefill }).from).toBe('local');
  });

  it('When the form was submitted, then it opens with the submitted answers unless an edit was started after it', () => {
    const response = { answers: A, at: iso(20) };
    expect(startingPoint({ local: null, draft: { answers: B, at: iso(10) }, response, prefill })).toEqual({
      answers: A,
      from: 'response',
      upload: false,
    });
    expect(startingPoint({ local: null, draft: { answers: B, at: iso(25) }, response, prefill }).from).toBe('draft');
    expect(startingPoint({ local: synced(B, 1), draft: null, response, prefill }).from).toBe('response');
  });

  it('When a synced draft exists only on the phone (the server lost it), then the phone copy is used and sent again', () => {
    expect(startingPoint({ local: synced(A, 1), draft: null, response: null, prefill })).toEqual({
      answers: A,
      from: 'local',
      upload: true,
    });
  });
});

describe('comparing answers', () => {
  it('ignores the order of keys but not of chosen values', () => {
    expect(sameAnswers({ a: 1, g: { x: 1, y: 2 } }, { g: { y: 2, x: 1 }, a: 1 })).toBe(true);
    expect(sameAnswers({ m: ['a', 'b'] }, { m: ['b', 'a'] })).toBe(false);
    expect(sameAnswers({ n: 1 }, { n: '1' })).toBe(false);
  });
});
