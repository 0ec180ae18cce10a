// Splitting one multicast into LINE-sized requests: ≤500 recipients and ≤5 messages per request.
export const MULTICAST_MAX_RECIPIENTS = 500;
export const MULTICAST_MAX_MESSAGES = 5;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export interface PlannedBatch<M> {
  to: string[];
  /** Message groups sent one request each, in order. */
  parts: M[][];
}

/**
 * One batch per ≤500 distinct recipients (first-seen order); each batch sends every message, 5 per
 * request, so a person gets the messages in the order given.
 */
export function planBatches<M>(recipients: readonly string[], messages: readonly M[]): PlannedBatch<M>[] {
  if (messages.length === 0) return [];
  const parts = chunk(messages, MULTICAST_MAX_MESSAGES);
  return chunk([...new Set(recipients)], MULTICAST_MAX_RECIPIENTS).map((to) => ({ to, parts: parts.map((p) => [...p]) }));
}
