// JSON calls to LINE's Messaging API over node:http(s) keep-alive: a third of fetch's CPU per call (bench/results/webhook-latest.md).
import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** How long a request the caller has given up on may still run before its connection is cut. */
const ABANDONED_REQUEST_MS = 60_000;

export interface LineHttpResponse {
  status: number;
  /** The response body as text ('' when empty). */
  body: string;
}

/** A non-2xx answer from LINE; `body` is LINE's error JSON as text. */
export class LineHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
  ) {
    super(`LINE API answered ${status}`);
    this.name = 'LineHttpError';
  }
}

export interface LineHttpOptions {
  baseUrl: string;
  channelAccessToken: string;
  /**
   * The whole call, connect to last byte. The caller gets a timeout error then; the request itself is left to finish
   * (LINE may still accept it, and a retry with the same key is then answered 409) and cut a minute later.
   */
  timeoutMs: number;
}

export type LineHttpCall = (
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<LineHttpResponse>;

/** Resolves with 2xx answers, rejects with LineHttpError for the others and with an Error on network failures and timeouts. */
export function createLineHttp(options: LineHttpOptions): LineHttpCall {
  const base = new URL(options.baseUrl);
  const secure = base.protocol === 'https:';
  const agent = secure ? new HttpsAgent({ keepAlive: true }) : new HttpAgent({ keepAlive: true });
  const send = secure ? httpsRequest : httpRequest;
  const prefix = base.pathname.replace(/\/$/, '');
  const authorization = `Bearer ${options.channelAccessToken}`;

  return (method, path, body, headers = {}) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    return new Promise<LineHttpResponse>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined = undefined;
      let cut: NodeJS.Timeout | undefined = undefined;
      const fail = (e: Error) => {
        clearTimeout(timer);
        clearTimeout(cut);
        reject(e);
      };
      const req = send(
        {
          protocol: base.protocol,
          hostname: base.hostname,
          ...(base.port ? { port: base.port } : {}),
          path: prefix + path,
          method,
          agent,
          headers: {
            authorization,
            'user-agent': 'nithet-bot',
            ...(payload ? { 'content-type': 'application/json', 'content-length': payload.length } : {}),
            ...headers,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', fail);
          res.on('end', () => {
            clearTimeout(timer);
            clearTimeout(cut);
            const status = res.statusCode ?? 0;
            const text = Buffer.concat(chunks).toString('utf8');
            if (status >= 200 && status < 300) resolve({ status, body: text });
            else reject(new LineHttpError(status, text));
          });
        },
      );
      timer = setTimeout(() => {
        reject(new Error(`LINE API timed out after ${options.timeoutMs} ms`));
        cut = setTimeout(() => req.destroy(), ABANDONED_REQUEST_MS);
        cut.unref();
      }, options.timeoutMs);
      req.on('error', fail);
      req.end(payload);
    });
  };
}
