// Structured JSON logs with tokens, secrets and personal data redacted.
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

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'nithet' },
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination,
  );
}
