// A loopback reverse proxy that gzips what a production host would (Firebase Hosting, or nginx in front of
// `npm run serve`): the local stack sends the LIFF app's files uncompressed. Hashed assets are compressed once.
import { createServer, request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml)|image\/svg\+xml)/;

export interface GzipProxy {
  url: string;
  /** Responses compressed, and their bytes before and after. */
  stats: { compressed: number; bytesIn: number; bytesOut: number };
  stop(): Promise<void>;
}

function readAll(stream: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

/** Proxies every request to `target` (http://host:port), gzipping compressible answers over 1 KB for gzip-accepting clients. */
export async function startGzipProxy(target: string): Promise<GzipProxy> {
  const upstream = new URL(target);
  const cache = new Map<string, Buffer>();
  const stats = { compressed: 0, bytesIn: 0, bytesOut: 0 };
  const server: Server = createServer((req, res) => {
    const body = readAll(req);
    const out = request(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      async (answer) => {
        const data = await readAll(answer);
        const headers = { ...answer.headers };
        const type = String(headers['content-type'] ?? '');
        const wants = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
        if (wants && !headers['content-encoding'] && COMPRESSIBLE.test(type) && data.length > 1024 && answer.statusCode === 200) {
          const key = req.url?.startsWith('/liff/assets/') ? req.url : undefined;
          const zipped = (key && cache.get(key)) || gzipSync(data);
          if (key) cache.set(key, zipped);
          stats.compressed += 1;
          stats.bytesIn += data.length;
          stats.bytesOut += zipped.length;
          headers['content-encoding'] = 'gzip';
          headers['content-length'] = String(zipped.length);
          headers.vary = 'Accept-Encoding';
          delete headers['transfer-encoding'];
          res.writeHead(answer.statusCode ?? 200, headers);
          res.end(zipped);
          return;
        }
        delete headers['transfer-encoding'];
        headers['content-length'] = String(data.length);
        res.writeHead(answer.statusCode ?? 502, headers);
        res.end(data);
      },
    );
    out.on('error', () => {
      res.statusCode = 502;
      res.end();
    });
    void body.then((b) => out.end(b));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stats,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
