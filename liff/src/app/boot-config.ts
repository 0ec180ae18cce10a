// The runtime config start-up reads (inlined by our server, or fetched): plain checks, no zod, nothing of shared's —
// start-up runs before the app's libraries have arrived. boot-config.test.ts keeps it equal to shared's contract.

/** What the server's GET /api/liff-config answers (shared's liffConfigSchema; boot-config.test.ts keeps the two equal). */
export interface BootConfig {
  liffId: string;
  mock: boolean;
  liffUrl: string;
  areaName: string;
}

/** API_PATHS.liffConfig, written out so start-up needs nothing of shared's (boot-config.test.ts checks it). */
export const LIFF_CONFIG_PATH = '/api/liff-config';

export function asBootConfig(v: unknown): BootConfig | null {
  if (typeof v !== 'object' || v === null) return null;
  const { liffId, mock, liffUrl, areaName } = v as Record<string, unknown>;
  if (typeof liffId !== 'string' || liffId === '' || typeof mock !== 'boolean') return null;
  if (typeof liffUrl !== 'string' || typeof areaName !== 'string') return null;
  return { liffId, mock, liffUrl, areaName };
}
