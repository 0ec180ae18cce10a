// Rich menu API: create/validate, image upload (api-data in reality), list, delete, default, per-user links, aliases.
import type { Request, Response, Router } from 'express';
import { validateRichMenu } from '../../line/limits';
import type { PlatformContext } from './context';
import { jsonBody, lineError, validationError } from './http';

const MAX_IMAGE_BYTES = 1024 * 1024;
const ALIAS_ID = /^[A-Za-z0-9_-]{1,32}$/;

/** Finds a menu that may be shown to people (it needs its image first, as on LINE). */
function linkable(ctx: PlatformContext, res: Response, id: string): boolean {
  const menu = ctx.richMenus.menus.get(id);
  if (!menu) lineError(res, 404, 'Not found');
  else if (!menu.image) lineError(res, 400, 'must upload richmenu image before applying it to user');
  return Boolean(menu?.image);
}

export function richMenuRoutes(router: Router, ctx: PlatformContext): void {
  const store = ctx.richMenus;
  const menuBody = (req: Request, res: Response): Record<string, unknown> | undefined => {
    const body = jsonBody(req, res);
    const problems = body ? validateRichMenu(body) : [];
    if (problems.length) validationError(res, problems);
    return problems.length ? undefined : body;
  };

  router.post('/v2/bot/richmenu/validate', (req, res) => void (menuBody(req, res) && res.json({})));
  router.post('/v2/bot/richmenu', (req, res) => {
    const body = menuBody(req, res);
    if (body) res.json({ richMenuId: store.create(body) });
  });
  router.get('/v2/bot/richmenu/list', (_req, res) => {
    res.json({ richmenus: [...store.menus.keys()].map((id) => store.view(id)) });
  });

  router.get('/v2/bot/richmenu/alias/list', (_req, res) => {
    res.json({ aliases: [...store.aliases].map(([richMenuAliasId, richMenuId]) => ({ richMenuAliasId, richMenuId })) });
  });
  router.post('/v2/bot/richmenu/alias', (req, res) => {
    const body = jsonBody(req, res);
    if (!body) return;
    const alias = String(body.richMenuAliasId ?? '');
    if (!ALIAS_ID.test(alias)) return validationError(res, [{ property: 'richMenuAliasId', message: 'invalid alias id' }]);
    if (store.aliases.has(alias)) return lineError(res, 400, 'conflict richmenu alias id');
    if (!linkable(ctx, res, String(body.richMenuId))) return;
    store.aliases.set(alias, String(body.richMenuId));
    res.json({});
  });
  router.get('/v2/bot/richmenu/alias/:aliasId', (req, res) => {
    const richMenuId = store.aliases.get(req.params.aliasId);
    if (!richMenuId) return lineError(res, 404, 'Not found');
    res.json({ richMenuAliasId: req.params.aliasId, richMenuId });
  });
  router.post('/v2/bot/richmenu/alias/:aliasId', (req, res) => {
    const body = jsonBody(req, res);
    if (!body) return;
    if (!store.aliases.has(req.params.aliasId)) return lineError(res, 404, 'Not found');
    if (!linkable(ctx, res, String(body.richMenuId))) return;
    store.aliases.set(req.params.aliasId, String(body.richMenuId));
    res.json({});
  });
  router.delete('/v2/bot/richmenu/alias/:aliasId', (req, res) => {
    if (!store.aliases.delete(req.params.aliasId)) return lineError(res, 404, 'Not found');
    res.json({});
  });

  router.get('/v2/bot/richmenu/:id', (req, res) => {
    const view = store.view(req.params.id);
    if (!view) return lineError(res, 404, 'Not found');
    res.json(view);
  });
  router.delete('/v2/bot/richmenu/:id', (req, res) => {
    if (!store.delete(req.params.id)) return lineError(res, 404, 'Not found');
    res.json({});
  });
  router.post('/v2/bot/richmenu/:id/content', (req, res) => {
    const menu = store.menus.get(req.params.id);
    const contentType =
      String(req.headers['content-type'] ?? '')
        .split(';')[0]
        ?.trim() ?? '';
    if (!menu) return lineError(res, 404, 'Not found');
    if (!['image/png', 'image/jpeg'].includes(contentType)) return lineError(res, 415, 'Unsupported Media Type');
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) return lineError(res, 400, 'The image is empty');
    if (req.body.length > MAX_IMAGE_BYTES) return lineError(res, 413, 'Request Entity Too Large');
    if (menu.image) return lineError(res, 400, 'An image has already been uploaded to the richmenu');
    menu.image = { contentType, bytes: req.body };
    res.json({});
  });
  router.get('/v2/bot/richmenu/:id/content', (req, res) => {
    const image = store.menus.get(req.params.id)?.image;
    if (!image) return lineError(res, 404, 'Not found');
    res.type(image.contentType).send(image.bytes);
  });

  router.get('/v2/bot/user/all/richmenu', (_req, res) => {
    if (!store.defaultMenuId) return lineError(res, 404, 'no default richmenu');
    res.json({ richMenuId: store.defaultMenuId });
  });
  router.post('/v2/bot/user/all/richmenu/:id', (req, res) => {
    if (!linkable(ctx, res, req.params.id)) return;
    store.defaultMenuId = req.params.id;
    res.json({});
  });
  router.delete('/v2/bot/user/all/richmenu', (_req, res) => {
    store.defaultMenuId = undefined;
    res.json({});
  });
  router.get('/v2/bot/user/:userId/richmenu', (req, res) => {
    const richMenuId = store.userLinks.get(req.params.userId);
    if (!richMenuId) return lineError(res, 404, 'the user has no richmenu');
    res.json({ richMenuId });
  });
  router.post('/v2/bot/user/:userId/richmenu/:id', (req, res) => {
    if (!linkable(ctx, res, req.params.id)) return;
    store.userLinks.set(req.params.userId, req.params.id);
    res.json({});
  });
  router.delete('/v2/bot/user/:userId/richmenu', (req, res) => {
    store.userLinks.delete(req.params.userId);
    res.json({});
  });
}
