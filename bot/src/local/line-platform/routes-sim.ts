// JSON endpoints of the simulator page (/__sim/...): people, their chats, acting as them, opening links as them.
import express, { type Router } from 'express';
import type { PlatformContext } from './context';
import type { LocalLinePlatform } from './platform';
import type { SimEvent } from './types';

const PERSON_EVENTS = new Set(['message', 'sticker', 'postback', 'follow', 'unfollow']);
const LIFF_HOST = 'https://liff.line.me/';

/**
 * Turns a URI from a bot message into what the side panel should load. URIs under the LIFF base URL (and
 * https://liff.line.me/{liffId}/… links, mapped onto it) get a fresh mock ID token so the LIFF app in mock
 * mode knows who is looking.
 */
export function openAsPerson(platform: LocalLinePlatform, liffBaseUrl: string | undefined, userId: string, uri: string) {
  if (!liffBaseUrl) return { url: uri, asPerson: false };
  const base = liffBaseUrl.replace(/\/+$/, '');
  let target = uri;
  if (uri.startsWith(LIFF_HOST)) target = base + uri.slice(LIFF_HOST.length).replace(/^[^/?#]*/, '');
  const under = target === base || ['/', '?', '#'].some((c) => target.startsWith(base + c));
  if (!under) return { url: uri, asPerson: false };
  const user = platform.users().find((u) => u.userId === userId);
  const url = new URL(target);
  url.searchParams.set('mockIdToken', platform.mintIdToken(userId));
  url.searchParams.set('mockUserId', userId);
  url.searchParams.set('mockName', user?.displayName ?? '');
  return { url: url.toString(), asPerson: true };
}

export function simRoutes(router: Router, ctx: PlatformContext, platform: () => LocalLinePlatform): void {
  router.use(express.json({ limit: '1mb' }));

  router.get('/config', (_req, res) => {
    res.json({ liffBaseUrl: ctx.opts.liffBaseUrl ?? null, botUserId: platform().botUserId, webhookUrl: ctx.opts.webhookUrl ?? null });
  });

  router.get('/users', (_req, res) => {
    res.json({ users: platform().users() });
  });

  router.post('/users/:userId/events', async (req, res) => {
    const event = req.body as SimEvent | undefined;
    if (!event || !PERSON_EVENTS.has(event.type)) return void res.status(400).json({ message: 'unsupported event type' });
    if (!ctx.state.users.has(req.params.userId)) return void res.status(404).json({ message: 'unknown user' });
    res.json(await platform().sendEvent(req.params.userId, event));
  });

  router.get('/chats/:chatId', (req, res) => {
    const after = Number(req.query.after ?? 0);
    const entries = (ctx.state.chats.get(req.params.chatId) ?? []).filter((e) => e.seq > after);
    const loading = (ctx.state.loadingUntil.get(req.params.chatId) ?? 0) > ctx.state.now().getTime();
    res.json({ entries, loading });
  });

  router.post('/users/:userId/open-uri', (req, res) => {
    const uri = String((req.body as { uri?: unknown } | undefined)?.uri ?? '');
    if (!ctx.state.users.has(req.params.userId)) return void res.status(404).json({ message: 'unknown user' });
    res.json(openAsPerson(platform(), ctx.opts.liffBaseUrl, req.params.userId, uri));
  });

  router.get('/users/:userId/rich-menu', (req, res) => {
    const shown = ctx.richMenus.shownTo(req.params.userId);
    if (!shown) return void res.json({ richMenu: null });
    res.json({ richMenu: { ...ctx.richMenus.view(shown.richMenuId), imageUrl: `/__sim/rich-menus/${shown.richMenuId}/image` } });
  });

  router.get('/rich-menus/:id/image', (req, res) => {
    const image = ctx.richMenus.menus.get(req.params.id)?.image;
    if (!image) return void res.status(404).end();
    res.type(image.contentType).send(image.bytes);
  });
}
