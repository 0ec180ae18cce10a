// Test support: a local LINE platform wired to a tiny webhook receiver, with a movable clock and the real SDK client.
import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { messagingApi, validateSignature, HTTPFetchError } from '@line/bot-sdk';
import { startLocalLinePlatform, type LocalLinePlatform } from '../src/local/line-platform';

export const SECRET = 'test-channel-secret';
export const TOKEN = 'test-channel-access-token';
export const LOGIN_CHANNEL = '1657000000';
export const SUPERVISOR = 'U' + 'a'.repeat(32);
export const TEACHER = 'U' + 'b'.repeat(32);
export const STRANGER = 'U' + 'c'.repeat(32);

export interface Received {
  body: string;
  signature: string;
  signatureValid: boolean;
}

export interface Harness {
  platform: LocalLinePlatform;
  client: messagingApi.MessagingApiClient;
  blob: messagingApi.MessagingApiBlobClient;
  received: Received[];
  clock: { now: Date; advance(ms: number): void };
  stop(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  const received: Received[] = [];
  const receiver = express();
  receiver.post('/webhook', express.text({ type: '*/*' }), (req, res) => {
    const signature = String(req.headers['x-line-signature'] ?? '');
    received.push({ body: req.body as string, signature, signatureValid: validateSignature(req.body as string, SECRET, signature) });
    res.status(200).json({});
  });
  const server = await new Promise<Server>((resolve) => {
    const s = receiver.listen(0, '127.0.0.1', () => resolve(s));
  });
  const clock = {
    now: new Date('2026-03-01T09:00:00+07:00'),
    advance(ms: number) {
      this.now = new Date(this.now.getTime() + ms);
    },
  };
  const platform = await startLocalLinePlatform({
    channelSecret: SECRET,
    channelAccessToken: TOKEN,
    loginChannelId: LOGIN_CHANNEL,
    webhookUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`,
    now: () => clock.now,
    liffBaseUrl: 'http://127.0.0.1:3000/liff',
    users: [
      { userId: SUPERVISOR, displayName: 'ศน.สมศรี ใจดี', language: 'th', role: 'ศึกษานิเทศก์' },
      { userId: TEACHER, displayName: 'ครูวิชัย', pictureUrl: 'https://example.com/p.png' },
    ],
  });
  return {
    platform,
    client: new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: platform.url }),
    blob: new messagingApi.MessagingApiBlobClient({ channelAccessToken: TOKEN, baseURL: platform.url }),
    received,
    clock,
    async stop() {
      await platform.stop();
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    },
  };
}

/** LINE's error body shape, loosely: tests read message, details and sentMessages. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- error bodies are asserted field by field
export type LineErrorBody = Record<string, any>;

/** Runs an SDK call that must fail and returns LINE's status, parsed body and headers. */
export async function failure(call: Promise<unknown>): Promise<{ status: number; body: LineErrorBody; headers: Headers }> {
  try {
    await call;
  } catch (err) {
    if (err instanceof HTTPFetchError) return { status: err.status, body: JSON.parse(err.body || 'null'), headers: err.headers };
    throw err;
  }
  throw new Error('expected the call to fail');
}

export const text = (t: string): messagingApi.TextMessage => ({ type: 'text', text: t });

/** Plain fetch against the platform, for calls the SDK cannot make (bad bodies, raw headers). */
export function call(h: Harness, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  const { json, ...rest } = init;
  return fetch(h.platform.url + path, {
    method: 'POST',
    ...rest,
    headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json', ...(rest.headers as Record<string, string>) },
    ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
  });
}
