// The Messaging API clients rich menus need, kept apart from image drawing so the server never loads a canvas.
import { messagingApi } from '@line/bot-sdk';
import type { Config } from '../../config';
import type { RichMenuClients } from './setup';

type LineConfig = Pick<Config, 'LINE_CHANNEL_ACCESS_TOKEN' | 'LINE_API_BASE_URL' | 'LINE_DATA_API_BASE_URL'>;

export function createRichMenuClients(config: LineConfig): RichMenuClients {
  const channelAccessToken = config.LINE_CHANNEL_ACCESS_TOKEN;
  return {
    api: new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: config.LINE_API_BASE_URL }),
    blob: new messagingApi.MessagingApiBlobClient({ channelAccessToken, baseURL: config.LINE_DATA_API_BASE_URL }),
  };
}
