// What every route module of the fake LINE shares: options, memory, ID-token issuer, rich menus.
import type { LocalLinePlatformOptions } from './types';
import type { PlatformState } from './state';
import type { IdTokenIssuer } from './id-token';
import type { RichMenuStore } from './rich-menu-store';

export interface PlatformContext {
  opts: LocalLinePlatformOptions;
  state: PlatformState;
  idTokens: IdTokenIssuer;
  richMenus: RichMenuStore;
}
