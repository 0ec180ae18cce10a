// The one place that talks to the LIFF SDK: pluggable core with only the APIs we use; the mock plugin loads on demand.
// On the start-up path (app/boot.ts): it imports nothing of the app's but the mock identity, so it runs early.
import liff from '@line/liff/core';
import IsInClient from '@line/liff/is-in-client';
import IsLoggedIn from '@line/liff/is-logged-in';
import Login from '@line/liff/login';
import GetIDToken from '@line/liff/get-id-token';
import CloseWindow from '@line/liff/close-window';
import IsApiAvailable from '@line/liff/is-api-available';
import ScanCodeV2 from '@line/liff/scan-code-v2';
import { takeMockIdentity } from './mock-identity';

/** The part of @line/liff-mock's API we use (its own types describe the full SDK, not the pluggable core). */
interface MockControls {
  set: (data: (prev: Record<string, unknown>) => Record<string, unknown>) => void;
}

export type LiffStart = { kind: 'ready'; mock: boolean } | { kind: 'redirecting' } | { kind: 'mock-identity-missing' };

let modulesInstalled = false;
let mockMode = false;

function installModules(): void {
  if (modulesInstalled) return;
  // IsInClient first: the mock plugin calls isInClient() while it installs.
  liff.use(new IsInClient());
  liff.use(new IsLoggedIn());
  liff.use(new Login());
  liff.use(new GetIDToken());
  liff.use(new CloseWindow());
  liff.use(new IsApiAvailable());
  liff.use(new ScanCodeV2());
  modulesInstalled = true;
}

/** Runs LIFF init for the runtime config; rejects with the SDK's LiffError when init fails. */
export async function startLiff(config: { liffId: string; mock: boolean }): Promise<LiffStart> {
  installModules();
  if (config.mock) return startMock(config.liffId);

  await liff.init({ liffId: config.liffId });
  if (!liff.isLoggedIn()) {
    liff.login({ redirectUri: window.location.href });
    return { kind: 'redirecting' };
  }
  return { kind: 'ready', mock: false };
}

async function startMock(liffId: string): Promise<LiffStart> {
  // Only local mode pays for the mock: a separate chunk, never in the production first load.
  const { LiffMockPlugin } = await import('@line/liff-mock');
  const mocked = liff as unknown as {
    use: (plugin: unknown) => void;
    init: (config: { liffId: string; mock: true }) => Promise<void>;
    login: () => void;
    $mock?: MockControls;
  };
  if (!mocked.$mock) mocked.use(new LiffMockPlugin());
  await mocked.init({ liffId, mock: true });
  mocked.login(); // the mock never logs in by itself outside the LINE app
  const identity = takeMockIdentity();
  if (!identity) return { kind: 'mock-identity-missing' };
  mocked.$mock?.set((prev) => ({
    ...prev,
    isInClient: true,
    getIDToken: identity.idToken,
    getProfile: { userId: identity.userId, displayName: identity.displayName },
  }));
  mockMode = true;
  return { kind: 'ready', mock: true };
}

/** The raw ID token for our API, or null before init / without the openid scope. */
export function getIdToken(): string | null {
  try {
    return liff.getIDToken();
  } catch {
    return null;
  }
}

export function isMockMode(): boolean {
  return mockMode;
}

/** Closes the LIFF window; returns false where that is not possible (local mode), so the page can say so. */
export function closeWindow(): boolean {
  if (mockMode) return false;
  liff.closeWindow();
  return true;
}

/** Whether LINE's QR reader can open here, and if not, why (so the page can say so and offer typing the code). */
export type ScanAvailability = { available: true } | { available: false; reason: 'not-in-client' | 'unsupported' };

export function scanAvailability(): ScanAvailability {
  // The mock answers scanCodeV2 with its `scanCode` value; its isApiAvailable is one flag for every API.
  if (mockMode) return { available: true };
  try {
    if (liff.isApiAvailable('scanCodeV2')) return { available: true };
  } catch {
    // before init or an SDK error: treated as unavailable
  }
  // In LINE: an old version, or the LIFF app's "Scan QR" setting is off. Elsewhere: a browser LINE cannot scan in.
  return { available: false, reason: liff.isInClient() ? 'unsupported' : 'not-in-client' };
}

/** Opens LINE's QR reader; the text read, or null when the person closed the reader. Rejects with the SDK's LiffError. */
export async function scanCode(mockPrompt: string): Promise<string | null> {
  // Local mode has no camera: what the "camera" sees is put in this tab's storage (by the simulator or a test).
  if (mockMode) {
    const seen = safeSession()?.getItem(MOCK_SCAN_KEY);
    // With nothing staged, ask for the text (e.g. copied from a ticket in another simulator tab).
    return seen || window.prompt(mockPrompt) || null;
  }
  const { value } = await liff.scanCodeV2();
  return value || null;
}

/** Local mode only: the text the next scan reads. */
export const MOCK_SCAN_KEY = 'nithet.liff.mockScan';

function safeSession(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
