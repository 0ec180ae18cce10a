// Rich menu clients and the whole setup from the server's configuration (used by setup:line and local mode).
import { messagingApi } from '@line/bot-sdk';
import type { Config } from '../../config';
import type { Logger } from '../../logger';
import { RICH_MENU_ROLES, menuSpecs } from './definitions';
import { renderMenuImage } from './render-image';
import { prepareMenu, setupRichMenus, type RichMenuClients, type SetupReport } from './setup';

type LineConfig = Pick<Config, 'LINE_CHANNEL_ACCESS_TOKEN' | 'LINE_API_BASE_URL' | 'LINE_DATA_API_BASE_URL'>;

export function createRichMenuClients(config: LineConfig): RichMenuClients {
  const channelAccessToken = config.LINE_CHANNEL_ACCESS_TOKEN;
  return {
    api: new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: config.LINE_API_BASE_URL }),
    blob: new messagingApi.MessagingApiBlobClient({ channelAccessToken, baseURL: config.LINE_DATA_API_BASE_URL }),
  };
}

/** Renders the three menus for this office's LIFF_URL and makes LINE hold them. Throws on a LINE error. */
export async function setupRichMenusFromConfig(config: LineConfig & Pick<Config, 'LIFF_URL'>, logger?: Logger): Promise<SetupReport> {
  const specs = menuSpecs(config.LIFF_URL);
  const menus = RICH_MENU_ROLES.map((role) => prepareMenu(specs[role], renderMenuImage(specs[role])));
  return setupRichMenus(createRichMenuClients(config), menus, logger ? { logger } : {});
}
