// Enqueuing a multicast: reachable members only, split into batches with stored retry keys, idempotent by dedupeKey.
import { createHash, randomUUID } from 'node:crypto';
import {
  AppError,
  canReceivePush,
  COLLECTIONS,
  costPreview,
  createRepository,
  memberSchema,
  newOutboundBatch,
  planBatches,
  type CostPreview,
  type OutboundMessage,
} from '@nithet/shared';
import type { BotDeps } from '../deps';
import type { LineMessage } from '../line/messenger';
import { validateMessage } from '../line/limits';
import { announceQueued } from './queued-signal';
import { outboxRepo } from './outbox-store';

export interface MulticastInput {
  areaId: string;
  recipientMemberIds: readonly string[];
  messages: readonly LineMessage[];
}
export interface EnqueueMulticastInput extends MulticastInput {
  /** Why we send (logged and stored), e.g. `seminar-announcement`. */
  reason: string;
  /** The same key enqueues nothing new (e.g. `seminar:<id>:announce`). */
  dedupeKey: string;
  /** Not sent before this moment (quiet hours); the retry-key window starts at the first real attempt. */
  notBefore?: Date;
}
export interface EnqueueResult extends CostPreview {
  jobId: string;
  /** False when nothing new was stored: the key was seen before, or nobody is reachable. */
  created: boolean;
}

/** One Firestore transaction holds at most 500 writes. */
const MAX_BATCHES_PER_JOB = 400;

/** What reachability needs of a member: checked against the member schema, the rest of the profile left unread. */
const reachabilitySchema = memberSchema.pick({ id: true, areaId: true, lineUserId: true, status: true, consents: true });
type Reachability = ReturnType<typeof reachabilitySchema.parse>;

async function reachableLineIds(deps: BotDeps, input: MulticastInput): Promise<{ recipients: number; to: string[] }> {
  const unique = [...new Set(input.recipientMemberIds)];
  // An announcement may reach 100,000 people: parsing whole profiles would cost seconds before anything is queued.
  const members = await createRepository(deps.repos.store, COLLECTIONS.members, reachabilitySchema).getMany(unique);
  const ok = (m: Reachability | null): m is Reachability => m !== null && m.areaId === input.areaId && canReceivePush(m);
  return { recipients: unique.length, to: [...new Set(members.filter(ok).map((m) => m.lineUserId))] };
}

function checkMessages(messages: readonly LineMessage[]): void {
  const problems = messages.flatMap((m, i) => validateMessage(m, `messages[${i}]`));
  if (messages.length === 0) problems.push({ property: 'messages', message: 'at least one message' });
  if (problems.length) {
    throw new AppError(
      'validation/invalid-input',
      `Outbox messages break LINE's limits: ${problems.map((p) => `${p.property} ${p.message}`).join('; ')}`,
    );
  }
}

/** What sending would cost now: who is reachable, how many requests, how much of the monthly quota. */
export async function previewMulticast(deps: BotDeps, input: MulticastInput): Promise<CostPreview> {
  const { recipients, to } = await reachableLineIds(deps, input);
  return costPreview({ recipients, reachable: to.length, messages: input.messages.length });
}

export const outboxJobId = (areaId: string, dedupeKey: string) =>
  `mc-${createHash('sha256').update(`${areaId}\n${dedupeKey}`).digest('hex').slice(0, 24)}`;
const batchId = (jobId: string, index: number) => `${jobId}-${String(index).padStart(4, '0')}`;

export async function enqueueMulticast(deps: BotDeps, input: EnqueueMulticastInput): Promise<EnqueueResult> {
  checkMessages(input.messages);
  const jobId = outboxJobId(input.areaId, input.dedupeKey);
  const repo = outboxRepo(deps.repos.store);
  const seen = (b: OutboundMessage): EnqueueResult => ({
    ...costPreview({ recipients: b.job.recipients, reachable: b.job.reachable, messages: input.messages.length }),
    jobId,
    created: false,
  });
  const existing = await repo.get(batchId(jobId, 0));
  if (existing) return seen(existing);
  const { recipients, to } = await reachableLineIds(deps, input);
  const preview = costPreview({ recipients, reachable: to.length, messages: input.messages.length });
  const plan = planBatches(
    to,
    input.messages.map((m) => JSON.parse(JSON.stringify(m)) as Record<string, unknown>),
  );
  if (plan.length > MAX_BATCHES_PER_JOB)
    throw new AppError('validation/invalid-input', `A multicast of ${plan.length} batches is too large`);
  if (plan.length === 0) return { ...preview, jobId, created: false };
  const nowDate = deps.clock.now();
  const now = nowDate.toISOString();
  const due = input.notBefore && input.notBefore > nowDate ? input.notBefore.toISOString() : now;
  const job = {
    id: jobId,
    dedupeKey: input.dedupeKey,
    batches: plan.length,
    recipients,
    reachable: to.length,
    skippedUnreachable: preview.skippedUnreachable,
  };
  const docs: OutboundMessage[] = plan.map((b, index) =>
    newOutboundBatch(
      {
        id: batchId(jobId, index),
        areaId: input.areaId,
        to: b.to,
        requests: b.parts.map((messages) => ({ messages, retryKey: randomUUID() })),
        reason: input.reason,
        job: { ...job, index },
      },
      now,
      due,
    ),
  );
  const raced = await deps.repos.store.runTransaction(async (tx) => {
    const batches = repo.inTx(tx);
    const first = await batches.get(docs[0]!.id);
    if (first) return first;
    for (const d of docs) batches.create(d);
    return null;
  });
  if (raced) return seen(raced);
  deps.logger.info({ jobId, reason: input.reason, ...preview }, 'multicast enqueued');
  announceQueued();
  return { ...preview, jobId, created: true };
}
