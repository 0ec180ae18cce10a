// POST /webhook: signature over the raw bytes, then every event dispatched in isolation.
import express, { type Router } from 'express';
import { validateSignature } from '@line/bot-sdk';
import { z } from 'zod';
import { AppError } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { dispatchEvent, type EventOutcome } from './dispatch-event';

const bodySchema = z.object({
  destination: z.string().optional(),
  events: z.array(z.looseObject({ type: z.string() })),
});

/**
 * LINE sends at most a few hundred events per request, each a few kB: 1 MB is far above any real body and keeps a
 * flood of bytes from being buffered and hashed. Over it: 413 (LINE records the failure; nothing is half-done).
 */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024;

export function webhookRouter(deps: BotDeps): Router {
  const router = express.Router();
  // No JSON parser in front: the signature must be checked over the exact bytes LINE sent.
  router.post('/webhook', express.raw({ type: () => true, limit: WEBHOOK_BODY_LIMIT_BYTES }), async (req, res, next) => {
    try {
      // Cloud Functions parses the body before express sees it but keeps the exact bytes in rawBody.
      const fromPlatform = (req as { rawBody?: unknown }).rawBody;
      const raw: Buffer = Buffer.isBuffer(fromPlatform) ? fromPlatform : Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      // The platform's own parser has a larger limit than ours: the same 413 on every host.
      if (raw.length > WEBHOOK_BODY_LIMIT_BYTES) throw new AppError('http/payload-too-large', `Webhook body of ${raw.length} bytes`);
      const signature = req.get('x-line-signature');
      if (!signature || !validateSignature(raw, deps.config.LINE_CHANNEL_SECRET, signature)) {
        throw new AppError('webhook/bad-signature', signature ? 'Webhook signature mismatch' : 'Webhook signature header missing');
      }
      let json: unknown;
      try {
        json = JSON.parse(raw.toString('utf8'));
      } catch {
        throw new AppError('webhook/malformed-body', 'Webhook body is not JSON');
      }
      const body = bodySchema.safeParse(json);
      if (!body.success) throw new AppError('webhook/malformed-body', 'Webhook body has no events array');

      const outcomes: EventOutcome[] = await Promise.all(
        body.data.events.map((event) => dispatchEvent(deps, event, req.log ?? deps.logger)),
      );
      // A store outage leaves those events unmarked: answer 500 so LINE can redeliver them.
      if (outcomes.includes('retry')) {
        res.status(500).json({ error: { code: 'store/unavailable', message: 'retry later' } });
        return;
      }
      // Written directly: res.json would hash the body for an ETag on every webhook, which LINE never uses.
      res.status(200).set('content-type', 'application/json; charset=utf-8').end('{}');
    } catch (e) {
      next(e);
    }
  });
  return router;
}
