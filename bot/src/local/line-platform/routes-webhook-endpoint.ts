// The channel's webhook settings: get and set the endpoint URL, and "Test webhook endpoint" (a signed empty body).
import type { Router } from 'express';
import type { PlatformContext } from './context';
import { jsonBody, lineError, validationError } from './http';
import { postWebhook, sign } from './webhook';

/** LINE's OpenAPI: endpoint ≤ 500 characters. LINE itself takes https only; the local platform also takes http (loopback). */
const MAX_ENDPOINT = 500;

function endpointProblem(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '') return 'must be specified';
  if (value.length > MAX_ENDPOINT) return `size must be between 0 and ${MAX_ENDPOINT}`;
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'Invalid webhook endpoint URL';
  } catch {
    return 'Invalid webhook endpoint URL';
  }
  return undefined;
}

export function webhookEndpointRoutes(router: Router, ctx: PlatformContext): void {
  router.get('/v2/bot/channel/webhook/endpoint', (_req, res) => {
    res.json({ endpoint: ctx.opts.webhookUrl ?? '', active: Boolean(ctx.opts.webhookUrl) });
  });

  router.put('/v2/bot/channel/webhook/endpoint', (req, res) => {
    const body = jsonBody(req, res);
    if (!body) return;
    const problem = endpointProblem(body.endpoint);
    if (problem) return validationError(res, [{ property: 'endpoint', message: problem }]);
    ctx.opts.webhookUrl = String(body.endpoint);
    res.json({});
  });

  router.post('/v2/bot/channel/webhook/test', async (req, res) => {
    // The body is optional: without an endpoint LINE tests the URL that is set.
    const body = req.body === undefined ? {} : jsonBody(req, res);
    if (!body) return;
    if (body.endpoint !== undefined) {
      const problem = endpointProblem(body.endpoint);
      if (problem) return validationError(res, [{ property: 'endpoint', message: problem }]);
    }
    const url = typeof body.endpoint === 'string' ? body.endpoint : ctx.opts.webhookUrl;
    if (!url) return lineError(res, 400, 'The webhook endpoint URL is not set');
    const raw = JSON.stringify({ destination: ctx.opts.botUserId, events: [] });
    const answer = await postWebhook(url, raw, { 'x-line-signature': sign(ctx.opts.channelSecret, raw) });
    const ok = answer.status >= 200 && answer.status < 300;
    res.json({
      success: ok,
      timestamp: ctx.state.now().toISOString(),
      // LINE gives 0 or a negative number when no answer came back.
      statusCode: answer.status === 0 ? -1 : answer.status,
      reason: ok ? 'OK' : answer.status === 0 ? 'COULD_NOT_CONNECT' : 'ERROR_STATUS_CODE',
      detail: answer.status === 0 ? answer.body.slice(0, 200) : String(answer.status),
    });
  });
}
