// Routes one webhook event to its handler: standby and already-seen events dropped, failures isolated.
// Each event is marked in two phases: "processing" with a lease before any side effect, "done" after the handler.
// An event whose process died mid-way (killed, frozen, a store outage) keeps a lapsed lease: LINE's redelivery
// takes it over and runs it again, instead of finding it marked and dropping it half-done.
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
/** How long a started event is left to its first attempt before a redelivery may run it again. */
export const EVENT_LEASE_MS = 60_000;

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
      const claim = await claimEvent(deps, eventId, event.type);
      if (claim === 'done') {
        log.info('duplicate event skipped');
        return 'duplicate';
      }
      if (claim === 'busy') {
        // Another attempt is running it now (or died moments ago): LINE redelivers later, when it is done or lapsed.
        log.warn('event still in progress elsewhere; asking LINE to redeliver');
        return 'retry';
      }
      if (claim === 'taken-over') log.warn('event left unfinished by an earlier attempt; running it again');
    }
  } catch (e) {
    log.error({ err: e }, 'could not record event; asking LINE to redeliver');
    return 'retry';
  }
  try {
    await handler(deps, event, log);
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
    await markDone(deps, eventId, log);
    return 'failed';
  }
  await markDone(deps, eventId, log);
  return 'processed';
}

type Claim = 'first' | 'taken-over' | 'done' | 'busy';

/** Create-if-absent marks the event as started; an existing mark is done, busy, or lapsed and taken over. */
async function claimEvent(deps: BotDeps, eventId: string, type: string): Promise<Claim> {
  const now = deps.clock.now();
  const started = {
    type,
    state: 'processing',
    receivedAt: now.toISOString(),
    leaseUntil: new Date(now.getTime() + EVENT_LEASE_MS).toISOString(),
    expireAt: new Date(now.getTime() + PROCESSED_EVENT_TTL_MS).toISOString(),
  };
  if (await deps.repos.store.create(COLLECTIONS.processedEvents, eventId, started)) return 'first';
  return deps.repos.store.runTransaction(async (tx) => {
    const mark = await tx.get(COLLECTIONS.processedEvents, eventId);
    // Marks written before the two phases have no state: they were finished (the handler ran in the same call).
    if (!mark || mark.state !== 'processing') return mark ? 'done' : 'busy';
    if (typeof mark.leaseUntil === 'string' && Date.parse(mark.leaseUntil) > now.getTime()) return 'busy';
    tx.set(COLLECTIONS.processedEvents, eventId, { ...mark, leaseUntil: started.leaseUntil });
    return 'taken-over';
  });
}

/** The second phase; if it cannot be written the lease lapses and a redelivery may run the event once more. */
async function markDone(deps: BotDeps, eventId: string | null, log: Logger): Promise<void> {
  if (!eventId) return;
  await deps.repos.store.update(COLLECTIONS.processedEvents, eventId, { state: 'done' }).catch((err: unknown) => {
    log.error({ err }, 'could not mark event done');
  });
}
