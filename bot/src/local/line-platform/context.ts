// What every route module of the fake LINE shares: options, memory, ID-token issuer, rich menus, limits and faults.
import type { LocalLinePlatformOptions } from './types';
import type { PlatformState } from './state';
import type { IdTokenIssuer } from './id-token';
import type { RichMenuStore } from './rich-menu-store';
import type { RateLimiter } from './rate-limits';
import type { RandomFailurePicker } from './random-failures';
import type { QuotaLedger } from './quota';

export interface PlatformContext {
  opts: LocalLinePlatformOptions;
  state: PlatformState;
  idTokens: IdTokenIssuer;
  richMenus: RichMenuStore;
  rateLimiter: RateLimiter;
  randomFailures: RandomFailurePicker;
  quota: QuotaLedger;
}
