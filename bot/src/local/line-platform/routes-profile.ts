// Profiles, the loading animation and LINE Login's ID-token verification.
import type { Router } from 'express';
import type { PlatformContext } from './context';
import { jsonBody, lineError } from './http';

export function profileRoutes(router: Router, ctx: PlatformContext): void {
  router.get('/v2/bot/profile/:userId', (req, res) => {
    const user = ctx.state.users.get(req.params.userId);
    // LINE hides the profile of users who are not (or no longer) friends.
    if (!user?.following) return lineError(res, 404, 'Not found');
    const { userId, displayName, pictureUrl, language } = user;
    res.json({ userId, displayName, ...(pictureUrl ? { pictureUrl } : {}), ...(language ? { language } : {}) });
  });

  router.post('/v2/bot/chat/loading/start', (req, res) => {
    const body = jsonBody(req, res);
    if (!body) return;
    const details = [];
    if (typeof body.chatId !== 'string' || !/^U[0-9a-f]{32}$/.test(body.chatId)) {
      details.push({ property: 'chatId', message: 'must be a user ID' });
    }
    const seconds = body.loadingSeconds ?? 20;
    if (typeof seconds !== 'number' || seconds % 5 !== 0 || seconds < 5 || seconds > 60) {
      details.push({ property: 'loadingSeconds', message: 'must be a multiple of 5 between 5 and 60' });
    }
    if (details.length) return lineError(res, 400, `The request body has ${details.length} error(s)`, details);
    ctx.state.loadingUntil.set(String(body.chatId), ctx.state.now().getTime() + Number(seconds) * 1000);
    res.status(202).json({});
  });
}

export function loginRoutes(router: Router, ctx: PlatformContext): void {
  router.post('/oauth2/v2.1/verify', (req, res) => {
    const form = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const invalid = (error_description: string) => res.status(400).json({ error: 'invalid_request', error_description });
    if (typeof form.id_token !== 'string' || !form.id_token) return invalid("Required parameter 'id_token' is missing.");
    if (typeof form.client_id !== 'string' || !form.client_id) return invalid("Required parameter 'client_id' is missing.");
    const expect = {
      ...(typeof form.user_id === 'string' ? { userId: form.user_id } : {}),
      ...(typeof form.nonce === 'string' ? { nonce: form.nonce } : {}),
    };
    const result = ctx.idTokens.verify(form.id_token, form.client_id, ctx.state.now().getTime(), expect);
    if (!result.ok) return invalid(result.error_description);
    res.json(result.payload);
  });
}
