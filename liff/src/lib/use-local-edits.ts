// Keeps a fetched list current after saves on the same page, without refetching (the list and focus stay put).
import { useState } from 'react';

export interface LocalEdits<T extends { id: string }> {
  /** An item edited here: shown in place at once. */
  changed(item: T): void;
  /** An item made here: shown first until a refetch brings it. */
  created(item: T): void;
  /** The fetched items with this page's creations first and its latest edits applied. */
  merge(fetched: readonly T[]): T[];
}

/** Creations first (until the fetched list holds them), then the fetched items, each with its latest edit. */
export function mergeLocalEdits<T extends { id: string }>(
  fetched: readonly T[],
  changed: ReadonlyMap<string, T>,
  created: readonly T[],
): T[] {
  const ids = new Set(fetched.map((x) => x.id));
  return [...created.filter((x) => !ids.has(x.id)), ...fetched].map((x) => changed.get(x.id) ?? x);
}

export function useLocalEdits<T extends { id: string }>(): LocalEdits<T> {
  const [edits, setEdits] = useState<{ changed: ReadonlyMap<string, T>; created: readonly T[] }>({ changed: new Map(), created: [] });
  return {
    changed: (item) => setEdits((e) => ({ ...e, changed: new Map(e.changed).set(item.id, item) })),
    created: (item) => setEdits((e) => ({ ...e, created: [item, ...e.created] })),
    merge: (fetched) => mergeLocalEdits(fetched, edits.changed, edits.created),
  };
}
