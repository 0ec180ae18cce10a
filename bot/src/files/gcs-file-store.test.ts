// The Cloud Storage FileStore's requests, checked against a fake GCS JSON/upload API at STORAGE_EMULATOR_HOST
// (the endpoint @google-cloud/storage honours); this machine cannot reach Google.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { CRC32C } from '@google-cloud/storage';

interface Seen {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string;
  body: Buffer;
}

const BUCKET = 'nithet-test.firebasestorage.app';
const objects = new Map<string, { bytes: Buffer; contentType: string }>();
const seen: Seen[] = [];
let server: Server;
let host = '';

const body = (req: IncomingMessage) =>
  new Promise<Buffer>((ok) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks)));
  });

const crc32c = (bytes: Buffer): string => {
  const c = new CRC32C();
  c.update(bytes);
  return c.toString();
};

const resource = (name: string, o: { bytes: Buffer; contentType: string }) => ({
  kind: 'storage#object',
  bucket: BUCKET,
  name,
  contentType: o.contentType,
  size: String(o.bytes.length),
  md5Hash: createHash('md5').update(o.bytes).digest('base64'),
  // Real GCS answers with both hashes; the client checks what it sent against them.
  crc32c: crc32c(o.bytes),
});

/** The media part of a multipart/related upload (metadata JSON first, then the bytes). */
function multipart(raw: Buffer, contentType: string): { meta: Record<string, unknown>; media: Buffer } {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1] ?? '';
  const parts = raw.toString('latin1').split(`--${boundary}`).slice(1, -1);
  const payload = (p: string) => p.slice(p.indexOf('\r\n\r\n') + 4, -2);
  return { meta: JSON.parse(payload(parts[0]!)) as Record<string, unknown>, media: Buffer.from(payload(parts[1]!), 'latin1') };
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const raw = await body(req);
    seen.push({
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers['content-type'] ?? '',
      body: raw,
    });
    const json = (status: number, value: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
    const notFound = () => json(404, { error: { code: 404, message: 'No such object' } });
    if (req.method === 'POST' && url.pathname === `/upload/storage/v1/b/${BUCKET}/o`) {
      const { meta, media } = multipart(raw, req.headers['content-type'] ?? '');
      const name = String(url.searchParams.get('name') ?? meta.name);
      if (name.startsWith('areas/forbidden/')) return json(403, { error: { code: 403, message: 'Permission denied' } });
      objects.set(name, { bytes: media, contentType: String(meta.contentType) });
      return json(200, resource(name, objects.get(name)!));
    }
    // With an emulator host the client leaves out the /storage/v1 prefix of the JSON API; accept both.
    const object = new RegExp(`^(?:/storage/v1)?/b/${BUCKET.replace(/\./g, '\\.')}/o/([^/]+)$`).exec(url.pathname);
    if (!object) return json(400, { error: { code: 400, message: 'unexpected' } });
    const name = decodeURIComponent(object[1]!);
    const o = objects.get(name);
    if (req.method === 'DELETE') return o ? (objects.delete(name), res.writeHead(204).end()) : notFound();
    if (!o) return notFound();
    if (url.searchParams.get('alt') === 'media') return res.writeHead(200, { 'content-type': o.contentType }).end(o.bytes);
    return json(200, resource(name, o));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((ok) => server.close(ok)));

/** The adapter runs in its own Node process (asynchronously: this process must keep answering as the fake GCS). */
function runChild(): Promise<{ stdout: string; stderr: string }> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(__dirname, '../../test/support/gcs-adapter-child.ts')], {
      env: { ...process.env, STORAGE_EMULATOR_HOST: host, METADATA_SERVER_DETECTION: 'none' },
      timeout: 60_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', fail);
    child.on('close', () => ok({ stdout, stderr }));
  });
}

describe('Cloud Storage file store (requests checked against a fake GCS endpoint via STORAGE_EMULATOR_HOST, not Google)', () => {
  it('When evidence is put, read, streamed and deleted, then the JSON and upload APIs are called as GCS expects', async () => {
    const child = await runChild();
    const steps = Object.fromEntries(
      child.stdout
        .trim()
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { step: string })
        .map((s) => [s.step, s]),
    );
    if (!steps.put) throw new Error(`child failed: ${child.stderr}`);
    const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 0xff, 0xd9];
    const key = 'areas/demo-esa/networks/net-lead2570/activities/nac-1/f1.jpg';

    expect(steps.put).toEqual({ step: 'put', ok: true });
    // One multipart request (not a resumable session), with the type and a private cache policy in the metadata.
    const upload = seen.find((s) => s.method === 'POST')!;
    expect(upload.path).toBe(`/upload/storage/v1/b/${BUCKET}/o`);
    expect(upload.query).toMatchObject({ uploadType: 'multipart', name: key });
    const { meta, media } = multipart(upload.body, upload.contentType);
    expect(meta).toMatchObject({ contentType: 'image/jpeg', cacheControl: 'private, max-age=0, no-transform' });
    expect([...media]).toEqual(jpeg);
    expect(seen.filter((s) => s.query.uploadType === 'resumable')).toHaveLength(0);

    expect(steps.getBytes).toEqual({ step: 'getBytes', ok: true, value: jpeg });
    expect(steps.open).toEqual({ step: 'open', ok: true, value: { contentType: 'image/jpeg', size: jpeg.length, bytes: jpeg } });
    const objectPath = `/b/${BUCKET}/o/${encodeURIComponent(key)}`;
    expect(seen.filter((s) => s.method === 'GET' && s.path.endsWith(objectPath)).map((s) => s.query.alt ?? 'metadata')).toEqual([
      'media',
      'metadata',
      'media',
    ]);

    expect(steps.getMissing).toEqual({ step: 'getMissing', ok: true, value: null });
    expect(steps.openMissing).toEqual({ step: 'openMissing', ok: true, value: null });
    expect(steps.delete).toEqual({ step: 'delete', ok: true });
    expect(objects.has(key)).toBe(false);
    expect(steps.deleteMissing).toEqual({ step: 'deleteMissing', ok: true });
    // A refusal from storage is a Thai 503 for people ("try again"), never a crash or a leaked GCS message.
    expect(steps.putForbidden).toMatchObject({ step: 'putForbidden', ok: false, code: 'file/unavailable', status: 503 });
    expect(steps.unsafeKey).toMatchObject({ step: 'unsafeKey', ok: false, code: 'validation/invalid-input', status: 400 });
    expect(seen.some((s) => s.path.includes('escape'))).toBe(false);
  }, 70_000);
});
