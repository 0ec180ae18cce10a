// The dispatcher: claims due batches with a lease (in a transaction), sends them paced, records LINE's answer.
import {
  afterRequest,
  claimBatch,
  DEFAULT_OUTBOX_POLICY,
  isClaimable,
  nextRequest,
  type OutboundMessage,
  type OutboxPolicy,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { LineMessage } from '../line/messenger';
import { dueBatches, outboxRepo } from './outbox-store';
import { createPacer, type Pacer } from './pacer';

export interface RunOutboxOptions {
  /** Stop after claiming this many batches (default: until nothing is due). */
  maxBatches?: number;
  /** Time of the outbox (default deps.clock). */
  now?: () => Date;
  pacer?: Pacer;
  /** Used when no pacer is given (default LINE's 200/s for multicast). */
  ratePerSecond?: number;
  /** Jitter source in [0, 1). */
  random?: () => number;
  policy?: OutboxPolicy;
}

export interface RunOutboxResult {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  /** LINE requests made (retries included). */
  requests: number;
}

const PAGE = 50;

type Ctx = { deps: BotDeps; now: () => Date; random: () => number; policy: OutboxPolicy; pacer: Pacer; result: RunOutboxResult };

async function claim(ctx: Ctx, id: string): Promise<{ batch: OutboundMessage; send: boolean } | null> {
  return ctx.deps.repos.store.runTransaction(async (tx) => {
    const batches = outboxRepo(ctx.deps.repos.store).inTx(tx);
    const current = await batches.get(id);
    if (!current || !isClaimable(current, ctx.now())) return null;
    const claimed = claimBatch(current, ctx.now(), ctx.policy);
    batches.put(claimed.batch);
    return claimed;
  });
}

/** Writes the batch only while our lease holds; false when another dispatcher took it over. */
async function saveIfHeld(ctx: Ctx, batch: OutboundMessage, lease: string | null): Promise<boolean> {
  return ctx.deps.repos.store.runTransaction(async (tx) => {
    const batches = outboxRepo(ctx.deps.repos.store).inTx(tx);
    const current = await batches.get(batch.id);
    if (!current || current.status !== 'sending' || current.leaseUntil !== lease) return false;
    batches.put(batch);
    return true;
  });
}

async function send(ctx: Ctx, claimed: OutboundMessage): Promise<OutboundMessage> {
  let batch = claimed;
  for (let req = nextRequest(batch); req && batch.status === 'sending'; req = nextRequest(batch)) {
    await ctx.pacer.acquire();
    const outcome = await ctx.deps.messenger.multicast(batch.to, req.messages as unknown as LineMessage[], req.retryKey);
    ctx.result.requests += 1;
    const next = afterRequest(batch, outcome, ctx.now(), ctx.random(), ctx.policy);
    if (!(await saveIfHeld(ctx, next, claimed.leaseUntil))) return next;
    if (!outcome.ok)
      ctx.deps.logger.warn({ batchId: batch.id, status: outcome.status, error: outcome.message, outcome: next.status }, 'multicast failed');
    batch = next;
  }
  return batch;
}

export async function runOutbox(deps: BotDeps, options: RunOutboxOptions = {}): Promise<RunOutboxResult> {
  const ctx: Ctx = {
    deps,
    now: options.now ?? (() => deps.clock.now()),
    random: options.random ?? Math.random,
    policy: options.policy ?? DEFAULT_OUTBOX_POLICY,
    pacer: options.pacer ?? createPacer({ ...(options.ratePerSecond ? { ratePerSecond: options.ratePerSecond } : {}) }),
    result: { claimed: 0, sent: 0, retrying: 0, failed: 0, requests: 0 },
  };
  const max = options.maxBatches ?? Number.POSITIVE_INFINITY;
  // Each batch is tried at most once per run; a retry waits for its backoff and the next run.
  const seen = new Set<string>();
  while (ctx.result.claimed < max) {
    const due = (await dueBatches(deps.repos.store, ctx.now(), PAGE)).filter((b) => !seen.has(b.id));
    if (due.length === 0) break;
    for (const b of due) {
      if (ctx.result.claimed >= max) break;
      seen.add(b.id);
      const claimed = await claim(ctx, b.id);
      if (!claimed) continue; // another dispatcher holds it
      ctx.result.claimed += 1;
      const done = claimed.send ? await send(ctx, claimed.batch) : claimed.batch;
      if (done.status === 'sent') ctx.result.sent += 1;
      else if (done.status === 'failed') ctx.result.failed += 1;
      else ctx.result.retrying += 1;
    }
  }
  return ctx.result;
}
