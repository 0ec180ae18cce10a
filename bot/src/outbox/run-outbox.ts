// The dispatcher: claims due batches with a lease (in a transaction), sends them paced with a few requests in flight,
// records LINE's answer; at LINE's monthly limit it parks the batches and raises an ops alert instead of retrying.
import {
  afterRequest,
  claimBatch,
  DEFAULT_OUTBOX_POLICY,
  isClaimable,
  isParkedForQuota,
  nextRequest,
  parkPendingForQuota,
  resumeParked,
  type OutboundMessage,
  type OutboxPolicy,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { LineMessage } from '../line/messenger';
import { changeBatch, dueBatches, outboxRepo } from './outbox-store';
import { createPacer, type Pacer } from './pacer';

export interface RunOutboxOptions {
  /** Stop after claiming this many batches (default: until nothing is due). */
  maxBatches?: number;
  /** Time of the outbox (default deps.clock). */
  now?: () => Date;
  pacer?: Pacer;
  /** Used when no pacer is given (default LINE's 200/s for multicast). */
  ratePerSecond?: number;
  /**
   * LINE requests in flight at once (default 8). The pacer still spaces their starts; with one at a time a
   * request's round trip and store writes, not the rate limit, would set the pace.
   */
  concurrency?: number;
  /** Jitter source in [0, 1). */
  random?: () => number;
  policy?: OutboxPolicy;
}

export interface RunOutboxResult {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  /** Batches held back because LINE's monthly message limit was reached (tried again after policy.quotaRetryMs). */
  parked: number;
  /** LINE requests made (retries included). */
  requests: number;
}

export const DEFAULT_OUTBOX_CONCURRENCY = 8;
/** Due batches asked for at once: each ask scans the outbox, and the first sends wait for the first answer. */
const PAGE = 100;

interface Ctx {
  deps: BotDeps;
  now: () => Date;
  random: () => number;
  policy: OutboxPolicy;
  pacer: Pacer;
  result: RunOutboxResult;
  /** LINE's answer when a request met the monthly limit in this run: nothing more is claimed. */
  monthlyLimit?: string;
}

async function claim(ctx: Ctx, id: string): Promise<{ batch: OutboundMessage; send: boolean } | null> {
  let send = false;
  const batch = await changeBatch(ctx.deps.repos.store, id, (current) => {
    if (!isClaimable(current, ctx.now())) return null;
    const claimed = claimBatch(current, ctx.now(), ctx.policy);
    send = claimed.send;
    return claimed.batch;
  });
  return batch && { batch, send };
}

/** Writes the batch only while our lease holds; false when another dispatcher took it over. */
async function saveIfHeld(ctx: Ctx, batch: OutboundMessage, lease: string | null): Promise<boolean> {
  const held = (current: OutboundMessage) => current.status === 'sending' && current.leaseUntil === lease;
  return (await changeBatch(ctx.deps.repos.store, batch.id, (current) => (held(current) ? batch : null))) !== null;
}

async function send(ctx: Ctx, claimed: OutboundMessage): Promise<OutboundMessage> {
  let batch = claimed;
  for (let req = nextRequest(batch); req && batch.status === 'sending'; req = nextRequest(batch)) {
    await ctx.pacer.acquire();
    const outcome = await ctx.deps.messenger.multicast(batch.to, req.messages as unknown as LineMessage[], req.retryKey);
    ctx.result.requests += 1;
    const next = afterRequest(batch, outcome, ctx.now(), ctx.random(), ctx.policy);
    if (!(await saveIfHeld(ctx, next, claimed.leaseUntil))) return next;
    if (!outcome.ok && isParkedForQuota(next)) ctx.monthlyLimit ??= outcome.message;
    else if (!outcome.ok)
      ctx.deps.logger.warn({ batchId: batch.id, status: outcome.status, error: outcome.message, outcome: next.status }, 'multicast failed');
    batch = next;
  }
  return batch;
}

/** Parks every pending batch that is due now, so none of them asks LINE again before the quota can have changed. */
async function parkDue(ctx: Ctx, message: string): Promise<number> {
  const until = new Date(ctx.now().getTime() + ctx.policy.quotaRetryMs);
  const tried = new Set<string>();
  let parked = 0;
  for (;;) {
    const due = (await dueBatches(ctx.deps.repos.store, ctx.now(), PAGE)).filter((b) => b.status === 'pending' && !tried.has(b.id));
    if (due.length === 0) return parked;
    for (const b of due) {
      tried.add(b.id);
      const park = (current: OutboundMessage) =>
        current.status === 'pending' && isClaimable(current, ctx.now()) ? parkPendingForQuota(current, message, ctx.now(), until) : null;
      if (await changeBatch(ctx.deps.repos.store, b.id, park)) parked += 1;
    }
  }
}

/**
 * Hands out due batch ids to the workers: one due-query at a time; a batch again only once it is due again after
 * a failure in this run (its backoff over, on a clock that moves); none after `max` claims or the monthly limit.
 */
function dueQueue(ctx: Ctx, max: number) {
  // id → attempts when handed out: the same batch with more attempts is a retry that has come due.
  const seen = new Map<string, number>();
  const queue: string[] = [];
  let exhausted = false;
  let refilling: Promise<void> | undefined;
  let reserved = 0;
  let unsettled = 0;
  const refill = async () => {
    // Ids handed out whose claim is not written yet are still due: ask for enough to see past them.
    const due = await dueBatches(ctx.deps.repos.store, ctx.now(), PAGE + unsettled);
    const fresh = due.filter((b) => seen.get(b.id) !== b.attempts);
    if (fresh.length === 0) exhausted = true;
    for (const b of fresh) {
      seen.set(b.id, b.attempts);
      queue.push(b.id);
    }
  };
  return {
    async take(): Promise<string | undefined> {
      for (;;) {
        if (ctx.monthlyLimit !== undefined || reserved >= max) return undefined;
        const id = queue.shift();
        if (id !== undefined) {
          reserved += 1;
          unsettled += 1;
          return id;
        }
        if (exhausted) return undefined;
        refilling ??= refill().finally(() => (refilling = undefined));
        await refilling;
      }
    },
    /** The claim of a taken id is written (`claimed`) or it was not claimable. */
    settled(claimed: boolean): void {
      unsettled -= 1;
      if (!claimed) reserved -= 1;
    },
  };
}

export async function runOutbox(deps: BotDeps, options: RunOutboxOptions = {}): Promise<RunOutboxResult> {
  const ctx: Ctx = {
    deps,
    now: options.now ?? (() => deps.clock.now()),
    random: options.random ?? Math.random,
    policy: options.policy ?? DEFAULT_OUTBOX_POLICY,
    pacer: options.pacer ?? createPacer({ ...(options.ratePerSecond ? { ratePerSecond: options.ratePerSecond } : {}) }),
    result: { claimed: 0, sent: 0, retrying: 0, failed: 0, parked: 0, requests: 0 },
  };
  const queue = dueQueue(ctx, options.maxBatches ?? Number.POSITIVE_INFINITY);
  // Where each claimed batch ended up (a batch retried within the run counts once, as it ended).
  const outcomes = new Map<string, OutboundMessage>();
  let crashed: { error: unknown } | undefined;
  const worker = async () => {
    for (let id = await queue.take(); id !== undefined && !crashed; id = await queue.take()) {
      let claimed: Awaited<ReturnType<typeof claim>> = null;
      try {
        claimed = await claim(ctx, id);
      } finally {
        queue.settled(claimed !== null);
      }
      if (!claimed) continue; // another dispatcher holds it
      outcomes.set(id, claimed.send ? await send(ctx, claimed.batch) : claimed.batch);
    }
  };
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_OUTBOX_CONCURRENCY));
  // A worker that throws stops the others from taking more; the run ends when every one has stopped.
  await Promise.all(Array.from({ length: concurrency }, () => worker().catch((error: unknown) => void (crashed ??= { error }))));
  if (crashed) throw crashed.error;
  ctx.result.claimed = outcomes.size;
  for (const done of outcomes.values()) {
    if (done.status === 'sent') ctx.result.sent += 1;
    else if (done.status === 'failed') ctx.result.failed += 1;
    else if (isParkedForQuota(done)) ctx.result.parked += 1;
    else ctx.result.retrying += 1;
  }
  if (ctx.monthlyLimit !== undefined) {
    ctx.result.parked += await parkDue(ctx, ctx.monthlyLimit);
    const until = new Date(ctx.now().getTime() + ctx.policy.quotaRetryMs).toISOString();
    deps.logger.error(
      { alert: 'line-monthly-limit', parked: ctx.result.parked, until, line: ctx.monthlyLimit },
      "LINE's monthly message limit is reached: outbox batches parked, nothing lost; raise the quota, then resume the outbox",
    );
  }
  return ctx.result;
}

/** Batches waiting because LINE's monthly limit was reached (of one office, when given). */
export async function parkedForQuota(deps: Pick<BotDeps, 'repos'>, areaId?: string): Promise<OutboundMessage[]> {
  const { items } = await outboxRepo(deps.repos.store).list({
    where: [
      { field: 'status', op: '==', value: 'pending' },
      { field: 'lastStatus', op: '==', value: 429 },
    ],
  });
  return items.filter((b) => isParkedForQuota(b) && (areaId === undefined || b.areaId === areaId));
}

/** After the quota was raised: every batch parked at the monthly limit (of one office, when given) is due now. */
export async function resumeParkedOutbox(deps: BotDeps, now: Date = deps.clock.now(), areaId?: string): Promise<number> {
  let resumed = 0;
  for (const b of await parkedForQuota(deps, areaId)) {
    const resume = (current: OutboundMessage) => (isParkedForQuota(current) ? resumeParked(current, now) : null);
    if (await changeBatch(deps.repos.store, b.id, resume)) resumed += 1;
  }
  if (resumed > 0) deps.logger.warn({ resumed }, 'outbox batches parked at the monthly limit resumed');
  return resumed;
}
