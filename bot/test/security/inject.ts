// A thin in-process HTTP layer: a real IncomingMessage/ServerResponse pair through the whole express app, no sockets.
import { IncomingMessage, ServerResponse, type RequestListener } from 'node:http';
import { Duplex } from 'node:stream';

export interface Injected {
  status: number;
  headers: Record<string, string>;
  text: string;
}

export interface InjectRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  remoteAddress?: string;
}

/** A socket stand-in: collects what the response writes; nothing is ever read from it. */
class CaptureSocket extends Duplex {
  readonly chunks: Buffer[] = [];
  remoteAddress: string;
  readonly encrypted = false;
  constructor(remoteAddress: string) {
    super();
    this.remoteAddress = remoteAddress;
  }
  override _read(): void {}
  override _write(chunk: Buffer, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.chunks.push(Buffer.from(chunk));
    done();
  }
  setTimeout(): this {
    return this;
  }
  setNoDelay(): this {
    return this;
  }
}

export function inject(app: RequestListener, r: InjectRequest): Promise<Injected> {
  const socket = new CaptureSocket(r.remoteAddress ?? '127.0.0.1');
  const req = new IncomingMessage(socket as never);
  const body = r.body === undefined ? undefined : Buffer.isBuffer(r.body) ? r.body : Buffer.from(r.body);
  req.method = r.method;
  req.url = r.url;
  req.httpVersionMajor = 1;
  req.httpVersionMinor = 1;
  req.httpVersion = '1.1';
  const headers: Record<string, string> = { host: 'localhost' };
  for (const [k, v] of Object.entries(r.headers ?? {})) headers[k.toLowerCase()] = v;
  if (body) headers['content-length'] = String(body.length);
  req.headers = headers;
  req.rawHeaders = Object.entries(headers).flat();
  if (body) req.push(body);
  req.push(null);
  req.complete = true;
  const res = new ServerResponse(req);
  res.assignSocket(socket as never);
  return new Promise((resolve, reject) => {
    res.on('finish', () => {
      try {
        resolve(parse(Buffer.concat(socket.chunks), res.statusCode));
      } catch (e) {
        reject(e as Error);
      }
    });
    res.on('error', reject);
    app(req, res);
  });
}

function parse(raw: Buffer, status: number): Injected {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, split).toString('latin1').split('\r\n').slice(1);
  const headers: Record<string, string> = {};
  for (const line of head) {
    const at = line.indexOf(':');
    headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
  }
  let payload = raw.subarray(split + 4);
  if (headers['transfer-encoding'] === 'chunked') payload = dechunk(payload);
  return { status, headers, text: payload.toString('utf8') };
}

function dechunk(buf: Buffer): Buffer {
  const out: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = buf.indexOf('\r\n', at);
    const size = parseInt(buf.subarray(at, eol).toString('latin1'), 16);
    if (!size) break;
    out.push(buf.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
  return Buffer.concat(out);
}
