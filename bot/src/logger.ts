// Structured JSON logs with tokens, secrets and personal data redacted: known fields by path, and every written line
// scrubbed of LINE ids, JWTs, phone numbers and token-like strings wherever they appear (messages, paths, errors).
import { createHash } from 'node:crypto';
import pino, { type Logger } from 'pino';

export type { Logger };

export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers["x-line-signature"]',
  '*.channelAccessToken',
  '*.channelSecret',
  '*.idToken',
  '*.id_token',
  '*.phone',
  '*.firstName',
  '*.lastName',
  '*.displayName',
];

/** What no log line may carry, whatever field it sits in. Order matters: the first alternative that matches wins. */
const SCRUB = new RegExp(
  [
    /eyJ[\w-]*\.[\w-]*\.[\w-]*/.source, // a JWT (LIFF ID token)
    /(?<![\w-])[UCR][0-9a-f]{32}(?![0-9a-f])/.source, // a LINE user, group or room id
    /(?<![\w-])[0-9a-f]{32}(?![0-9a-f])/.source, // 32 hex digits: a channel secret
    /[A-Za-z0-9+/_-]{80,}={0,2}/.source, // a long token (channel access token, signatures)
    /(?<![\d.])0\d{1,2}-?\d{3}-?\d{3,4}(?![\d.])/.source, // a Thai phone number
  ].join('|'),
  'g',
);

/** A LINE id becomes a short stable pseudonym, so one person's lines still belong together. */
const pseudonym = (id: string) => `${id[0]}#${createHash('sha256').update(id).digest('hex').slice(0, 8)}`;

export function scrubLogLine(line: string): string {
  return line.replace(SCRUB, (m) => {
    if (m.startsWith('eyJ')) return '[jwt]';
    if (/^[UCR][0-9a-f]{32}$/.test(m)) return pseudonym(m);
    if (/^[0-9a-f]{32}$/.test(m)) return '[hex32]';
    if (m.length >= 80) return '[token]';
    return '[phone]';
  });
}

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const out = options.destination ?? pino.destination(1);
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'nithet' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    { write: (line: string) => out.write(scrubLogLine(line)) },
  );
}

/**
 * `logger.child(bindings)`, made on first use: a webhook event or request that logs nothing (the usual case) skips
 * pino's child(), which serialises and redacts the bindings (~4 % of a webhook's CPU in bench/results/webhook-latest.md).
 */
export function lazyChild(logger: Logger, bindings: Record<string, unknown>): Logger {
  let child: Logger | undefined;
  return new Proxy(logger, {
    get(_target, key) {
      child ??= logger.child(bindings);
      const value: unknown = Reflect.get(child, key, child);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(child) : value;
    },
  });
}
