// Points the Messaging API channel at our /webhook and has LINE call it once (setup:line), through the Messaging API.
import { messagingApi } from '@line/bot-sdk';
import type { Config } from '../config';
import { isNotFound } from './rich-menus/relink';

export type WebhookEndpointClient = Pick<
  messagingApi.MessagingApiClient,
  'getWebhookEndpoint' | 'setWebhookEndpoint' | 'testWebhookEndpoint'
>;

export interface WebhookSetupReport {
  endpoint: string;
  /** false: LINE already had exactly this URL. */
  changed: boolean;
  /** "Use webhook" in the console; no API turns it on. */
  active: boolean;
  test: { success: boolean; statusCode: number; reason: string; detail: string };
}

/** The URL LINE should call: PUBLIC_BASE_URL + /webhook (Firebase Hosting rewrites /webhook to the function). */
export const webhookUrlOf = (publicBaseUrl: string): string => `${publicBaseUrl.replace(/\/+$/, '')}/webhook`;

/**
 * Sets the webhook URL when it differs (GET first, so a re-run changes nothing) and asks LINE to send its test body
 * (`{"events":[]}`, signed) to it. Throws on a LINE error; a failed test is reported, not thrown.
 */
export async function setupWebhookEndpoint(api: WebhookEndpointClient, endpoint: string): Promise<WebhookSetupReport> {
  // A channel that never had a URL may answer 404 rather than an empty endpoint.
  const current = await api.getWebhookEndpoint().catch((e: unknown) => {
    if (isNotFound(e)) return { endpoint: '', active: false };
    throw e;
  });
  const changed = current.endpoint !== endpoint;
  if (changed) await api.setWebhookEndpoint({ endpoint });
  const active = changed ? (await api.getWebhookEndpoint()).active : current.active;
  const test = await api.testWebhookEndpoint({ endpoint });
  return {
    endpoint,
    changed,
    active,
    test: { success: test.success === true, statusCode: test.statusCode, reason: test.reason, detail: test.detail },
  };
}

export function createWebhookEndpointClient(config: Pick<Config, 'LINE_CHANNEL_ACCESS_TOKEN' | 'LINE_API_BASE_URL'>) {
  return new messagingApi.MessagingApiClient({ channelAccessToken: config.LINE_CHANNEL_ACCESS_TOKEN, baseURL: config.LINE_API_BASE_URL });
}
