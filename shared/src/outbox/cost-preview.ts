// What a multicast will cost before it is sent: recipients, requests and LINE's quota (per recipient per request).
import { MULTICAST_MAX_MESSAGES, MULTICAST_MAX_RECIPIENTS } from './batching';

export interface CostPreview {
  /** Distinct people asked for. */
  recipients: number;
  /** Of them, those the office may push to (following, consenting). */
  reachable: number;
  skippedUnreachable: number;
  /** Outbox batches of ≤500 recipients. */
  batches: number;
  /** LINE requests: batches × ⌈messages / 5⌉. */
  requests: number;
  /** LINE counts each recipient of each request: reachable × ⌈messages / 5⌉ (= reachable for ≤5 messages). */
  quotaCost: number;
}

export function costPreview(input: { recipients: number; reachable: number; messages: number }): CostPreview {
  const { recipients, reachable, messages } = input;
  const parts = Math.ceil(messages / MULTICAST_MAX_MESSAGES);
  const batches = messages > 0 ? Math.ceil(reachable / MULTICAST_MAX_RECIPIENTS) : 0;
  return {
    recipients,
    reachable,
    skippedUnreachable: recipients - reachable,
    batches,
    requests: batches * parts,
    quotaCost: batches > 0 ? reachable * parts : 0,
  };
}
