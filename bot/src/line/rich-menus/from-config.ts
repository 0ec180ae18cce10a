// Rich menu clients and the whole setup from the server's configuration (used by setup:line and local mode).
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { RICH_MENU_ROLES, menuSpecs } from './definitions';
import { renderMenuImage } from './render-image';
import { prepareMenu, setupRichMenus, type SetupReport } from './setup';
import { createRichMenuClients } from './clients';

export { createRichMenuClients };

type LineConfig = Pick<Config, 'LINE_CHANNEL_ACCESS_TOKEN' | 'LINE_API_BASE_URL' | 'LINE_DATA_API_BASE_URL'>;

/** Renders the three menus for this office's LIFF_URL and makes LINE hold them. Throws on a LINE error. */
export async function setupRichMenusFromConfig(config: LineConfig & Pick<Config, 'LIFF_URL'>, logger?: Logger): Promise<SetupReport> {
  const specs = menuSpecs(config.LIFF_URL);
  const menus = RICH_MENU_ROLES.map((role) => prepareMenu(specs[role], renderMenuImage(specs[role])));
  return setupRichMenus(createRichMenuClients(config), menus, logger ? { logger } : {});
}
