// One JSON value in the phone's storage (survives closing LINE); when storage is blocked or full it lives in memory for the page's life.

/** The part of Storage the forms need (localStorage in the app, a fake in tests). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StoredValue<T> {
  read(): T;
  /** Read–change–write, re-reading each time so what another tab or an earlier call wrote is kept. */
  update(change: (value: T) => T): T;
  clear(): void;
}

/** `parse` turns whatever is stored (null when nothing) into a value; it must never throw on garbage. */
export function storedValue<T>(storage: KeyValueStorage | undefined, key: string, parse: (json: unknown) => T): StoredValue<T> {
  let inMemory = storage === undefined;
  let memory = parse(null);
  const read = (): T => {
    if (inMemory || !storage) return memory;
    try {
      return parse(parseJson(storage.getItem(key)));
    } catch {
      inMemory = true; // SecurityError: blocked by privacy settings
      return memory;
    }
  };
  return {
    read,
    update(change) {
      memory = change(read());
      if (!inMemory && storage) {
        try {
          storage.setItem(key, JSON.stringify(memory));
        } catch {
          inMemory = true; // quota or privacy mode: kept while the page is open
        }
      }
      return memory;
    },
    clear() {
      memory = parse(null);
      if (inMemory || !storage) return;
      try {
        storage.removeItem(key);
      } catch {
        inMemory = true;
      }
    },
  };
}

function parseJson(raw: string | null): unknown {
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return null;
  }
}

/** localStorage, or undefined where the browser blocks it. */
export function browserStorage(): KeyValueStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
