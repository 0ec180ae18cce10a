// Identifiers shaped like LINE's: ULID webhook event ids, numeric message ids, request ids, reply tokens.
import { randomBytes, randomUUID } from 'node:crypto';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 26-character ULID (48-bit time + 80 random bits), the format of LINE's webhookEventId. */
export function ulid(timeMs: number): string {
  let time = '';
  let t = timeMs;
  for (let i = 0; i < 10; i += 1) {
    time = CROCKFORD[t % 32] + time;
    t = Math.floor(t / 32);
  }
  let rand = '';
  for (const byte of randomBytes(16)) rand += CROCKFORD[byte % 32];
  return time + rand;
}

let lastMessageId = 500_000_000_000_000_000n;
/** LINE message ids are 18-digit decimal strings that grow over time. */
export function messageId(): string {
  lastMessageId += BigInt(1 + Math.floor(Math.random() * 1000));
  return lastMessageId.toString();
}

export function token(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** x-line-request-id values are UUIDs. */
export function requestId(): string {
  return randomUUID();
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function hexId(prefix: string): string {
  return prefix + randomBytes(16).toString('hex');
}
