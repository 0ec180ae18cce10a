// Routes one webhook event to its handler: standby and already-seen events dropped, failures isolated.
import { AppError, COLLECTIONS } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { lazyChild, type Logger } from '../logger';
import { onFollow } from './handlers/on-follow';
import { onUnfollow } from './handlers/on-unfollow';
import { onMessage } from './handlers/on-message';
import { onPostback } from './handlers/on-postback';
import type { LineEvent } from './event-types';

export type EventOutcome = 'processed' | 'duplicate' | 'ignored' | 'failed' | 'retry';

const PROCESSED_EVENT_TTL_MS = 7 * 24 * 3600 * 1000;

type Handler = (deps: BotDeps, event: LineEvent, log: Logger) => Promise<void>;
const handlers: Record<string, Handler | undefined> = {
  follow: onFollow,
  unfollow: onUnfollow,
  message: onMessage,
  postback: onPostback,
};

const isStoreOutage = (e: unknown) => e instanceof AppError && e.code === 'store/unavailable';

export async function dispatchEvent(deps: BotDeps, raw: { type: string } & Record<string, unknown>, logger: Logger): Promise<EventOutcome> {
  const event = raw as LineEvent;
  const log = lazyChild(logger, { eventType: event.type, webhookEventId: event.webhookEventId });
  const handler = handlers[event.type];
  // In standby another channel owns the chat: the bot must stay silent. Unknown types are ignored.
  if (event.mode === 'standby' || !handler) {
    log.debug({ mode: event.mode }, 'event ignored');
    return 'ignored';
  }
  const eventId = typeof event.webhookEventId === 'string' && event.webhookEventId ? event.webhookEventId : null;
  try {
    if (eventId) {
      const now = deps.clock.now();
      const first = await deps.repos.store.create(COLLECTIONS.processedEvents, eventId, {
        type: event.type,
        receivedAt: now.toISOString(),
        expireAt: new Date(now.getTime() + PROCESSED_EVENT_TTL_MS).toISOString(),
      });
      if (!first) {
        log.info('duplicate event skipped');
        return 'duplicate';
      }
    }
  } catch (e) {
    log.error({ err: e }, 'could not record event; asking LINE to redeliver');
    return 'retry';
  }
  try {
    await handler(deps, event, log);
    return 'processed';
  } catch (e) {
    if (isStoreOutage(e) && eventId) {
      // Unmark so a redelivery can process it; if even that fails the event is lost, and we say so.
      const unmarked = await deps.repos.store.delete(COLLECTIONS.processedEvents, eventId).then(
        () => true,
        () => false,
      );
      log.error({ err: e, unmarked }, 'event failed on a store outage');
      return unmarked ? 'retry' : 'failed';
    }
    log.error({ err: e }, 'event handler failed');
    return 'failed';
  }
}
