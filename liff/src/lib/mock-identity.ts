// Local mode: the simulator opens the app with ?mockIdToken&mockUserId&mockName; keep them for reloads, hide them from the URL.
// Plain checks, no zod: this runs on the start-up path, before the app's libraries have arrived.

export const MOCK_QUERY_KEYS = { idToken: 'mockIdToken', userId: 'mockUserId', name: 'mockName' } as const;
const STORAGE_KEY = 'nithet.liff.mockIdentity';

export interface MockIdentity {
  idToken: string;
  userId: string;
  displayName: string;
}

function asMockIdentity(v: unknown): MockIdentity | null {
  if (typeof v !== 'object' || v === null) return null;
  const { idToken, userId, displayName } = v as Record<string, unknown>;
  if (typeof idToken !== 'string' || idToken === '' || typeof userId !== 'string' || userId === '') return null;
  if (typeof displayName !== 'string') return null;
  return { idToken, userId, displayName };
}

/** The identity in the URL wins (the simulator may switch users); else the one this tab stored earlier. */
export function readMockIdentity(url: URL, storage: Pick<Storage, 'getItem'> | undefined): MockIdentity | null {
  const q = url.searchParams;
  const idToken = q.get(MOCK_QUERY_KEYS.idToken);
  const userId = q.get(MOCK_QUERY_KEYS.userId);
  if (idToken && userId) return { idToken, userId, displayName: q.get(MOCK_QUERY_KEYS.name) ?? '' };
  try {
    const stored = storage?.getItem(STORAGE_KEY);
    if (!stored) return null;
    return asMockIdentity(JSON.parse(stored));
  } catch {
    return null;
  }
}

/** The URL without the mock identity, so tokens are not bookmarked, shared or logged. */
export function withoutMockIdentity(url: URL): URL {
  const clean = new URL(url.href);
  for (const key of Object.values(MOCK_QUERY_KEYS)) clean.searchParams.delete(key);
  return clean;
}

/** Reads, stores (sessionStorage: this tab only) and strips the simulator's identity. */
export function takeMockIdentity(): MockIdentity | null {
  const url = new URL(window.location.href);
  const storage = safeSessionStorage();
  const identity = readMockIdentity(url, storage);
  if (identity) {
    try {
      storage?.setItem(STORAGE_KEY, JSON.stringify(identity));
    } catch {
      // Storage full or blocked: the identity still works until the next reload.
    }
  }
  const clean = withoutMockIdentity(url);
  if (clean.href !== url.href) window.history.replaceState(window.history.state, '', clean.href);
  return identity;
}

function safeSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}
