// Submissions waiting on this phone: stored before the first try and kept until the server answers, each with the key that makes it one response.
import { z } from 'zod';
import { answersSchema, type Answers } from '@nithet/shared';
import { sameAnswers } from './form-draft';

export interface PendingSubmission {
  roundId: string;
  answers: Answers;
  /** Sent with every try: the server keeps one response per key, so a retry or a double tap is never a second response. */
  idempotencyKey: string;
  queuedAt: string;
}

/** At most one per round: a newer submission of a round replaces the older. */
export interface SubmitQueue {
  pending: PendingSubmission[];
}

export const emptySubmitQueue: SubmitQueue = { pending: [] };

export const submitQueueStorageKey = (owner: string): string => `nithet.forms.${owner}.outbox`;

const pendingSchema = z.object({
  roundId: z.string().min(1).max(200),
  answers: answersSchema,
  idempotencyKey: z.string().min(8).max(64),
  queuedAt: z.iso.datetime(),
});

/** Reads the stored queue; garbled items are dropped, the rest kept (the newest per round). */
export function parseSubmitQueue(json: unknown): SubmitQueue {
  const list = json !== null && typeof json === 'object' ? (json as { pending?: unknown }).pending : undefined;
  if (!Array.isArray(list)) return emptySubmitQueue;
  const byRound = new Map<string, PendingSubmission>();
  for (const item of list) {
    const parsed = pendingSchema.safeParse(item);
    if (!parsed.success) continue;
    const kept = byRound.get(parsed.data.roundId);
    if (!kept || Date.parse(parsed.data.queuedAt) >= Date.parse(kept.queuedAt))
      byRound.set(parsed.data.roundId, parsed.data as PendingSubmission);
  }
  return { pending: [...byRound.values()] };
}

export function pendingFor(queue: SubmitQueue, roundId: string): PendingSubmission | undefined {
  return queue.pending.find((p) => p.roundId === roundId);
}

export interface Queued {
  queue: SubmitQueue;
  item: PendingSubmission;
  /** The same answers were already waiting: the same key goes again (a double tap or a retry). */
  repeat: boolean;
}

/**
 * Queues a round's answers. The same answers keep their key; changed answers are a new submission with a new key
 * (the server takes it as an edit), so a key is never reused for different answers.
 */
export function queueSubmission(queue: SubmitQueue, roundId: string, answers: Answers, now: Date, newKey: () => string): Queued {
  const waiting = pendingFor(queue, roundId);
  if (waiting && sameAnswers(waiting.answers, answers)) return { queue, item: waiting, repeat: true };
  const item: PendingSubmission = { roundId, answers, idempotencyKey: newKey(), queuedAt: now.toISOString() };
  return { queue: { pending: [...queue.pending.filter((p) => p.roundId !== roundId), item] }, item, repeat: false };
}

/** Drops the submission the server answered for; a newer one queued for the round meanwhile stays. */
export function dropSubmission(queue: SubmitQueue, sent: Pick<PendingSubmission, 'roundId' | 'idempotencyKey'>): SubmitQueue {
  return { pending: queue.pending.filter((p) => !(p.roundId === sent.roundId && p.idempotencyKey === sent.idempotencyKey)) };
}

/**
 * What a failed send means: 'keep' (no answer, a timeout, the server's trouble, a token to renew: send it again later)
 * or 'refused' (the server read it and said no — invalid answers, the round closed: sending again would not help).
 */
export function failureKind(error: { status: number; code: string }): 'keep' | 'refused' {
  const { status } = error;
  if (status === 0 || status >= 500) return 'keep';
  if (status === 401 || status === 408 || status === 429) return 'keep';
  return 'refused';
}
