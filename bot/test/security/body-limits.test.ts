// Request size limits, route by route from the app's route table: every JSON body over 64 kB (also when gzip hides
// its size) and every file over its route's limit gets 413 with a Thai message before anything is stored.
import { gzipSync } from 'node:zlib';
import { MAX_DIRECTORY_FILE_BYTES, MAX_STORED_FILE_BYTES } from '@nithet/shared';
import { fuzzFixture, fuzzTargets, snapshot, uploadHeaders, type FuzzStack, type FuzzTarget } from './fuzz-support';

jest.setTimeout(120_000);

const JSON_LIMIT = 64 * 1024;
/** Each upload route's own limit. */
const UPLOAD_LIMITS: Record<string, number> = {
  'POST /api/directory/:kind/preview': MAX_DIRECTORY_FILE_BYTES,
  'POST /api/directory/:kind/import': MAX_DIRECTORY_FILE_BYTES,
  'POST /api/networks/:id/activities/:activityId/evidence': MAX_STORED_FILE_BYTES,
  'POST /api/networks/:id/library/documents': MAX_STORED_FILE_BYTES,
};

let stack: FuzzStack;
let targets: FuzzTarget[];
beforeAll(async () => {
  const fixture = await fuzzFixture();
  stack = fixture.stack;
  targets = fuzzTargets(fixture.app, fixture.ids).targets;
});
afterAll(async () => {
  await stack.stop();
});

const send = async (t: FuzzTarget, body: Uint8Array<ArrayBuffer> | string, headers: Record<string, string>) => {
  const res = await fetch(`${stack.botUrl}${t.path}`, {
    method: t.method,
    headers: { authorization: `Bearer ${stack.platform.mintIdToken(t.caller, { expiresInSeconds: 3000 })}`, ...headers },
    body,
  });
  return { status: res.status, body: (await res.json()) as { error?: { code: string; message: string } } };
};
/** The route's own valid body, padded with a long text field to exactly `size` bytes. */
const padded = (base: unknown, size: number) => {
  const text = JSON.stringify({ ...(base as object), padding: '' });
  return text.replace('"padding":""', `"padding":"${'x'.repeat(size - Buffer.byteLength(text))}"`);
};

describe('When a body is larger than its route takes', () => {
  it('then every route is covered: JSON routes share the 64 kB limit, each upload route has its own', () => {
    const uploads = targets.filter((t) => t.kind === 'upload').map((t) => t.name);
    expect(uploads.sort()).toEqual(Object.keys(UPLOAD_LIMITS).sort());
    expect(targets.filter((t) => t.kind === 'json').length).toBeGreaterThan(30);
  });

  it('then each JSON route answers 413 in Thai to 64 kB + 1 byte, plain or gzipped, and stores nothing', async () => {
    const stored = snapshot(stack);
    const before = stored();
    const json = targets.filter((x) => x.kind === 'json');
    for (const t of json) {
      const over = padded(t.base, JSON_LIMIT + 1);
      const plain = await send(t, over, { 'content-type': 'application/json' });
      expect([t.name, plain.status, plain.body.error?.message]).toEqual([t.name, 413, 'ข้อมูลที่ส่งมีขนาดใหญ่เกินไป']);
      const zipped = await send(t, new Uint8Array(gzipSync(over)), { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect([t.name, zipped.status]).toEqual([t.name, 413]);
    }
    expect(stored()).toBe(before);
    // Just under the limit is read and judged on its content (these are valid bodies): the limit is not lower.
    for (const t of json) {
      const under = await send(t, padded(t.base, JSON_LIMIT - 16), { 'content-type': 'application/json' });
      expect([t.name, under.status === 413]).toEqual([t.name, false]);
    }
  });

  it('then each upload route answers 413 in Thai to its limit + 1 byte, and stores no file', async () => {
    const stored = snapshot(stack);
    const before = stored();
    for (const t of targets.filter((x) => x.kind === 'upload')) {
      const over = new Uint8Array(UPLOAD_LIMITS[t.name]! + 1);
      const res = await send(t, over, uploadHeaders({ bytes: over, contentType: 'image/jpeg', name: 'ใหญ่.jpg' }));
      expect([t.name, res.status]).toEqual([t.name, 413]);
      expect(res.body.error?.message).toMatch(/ใหญ่เกิน/);
    }
    expect(stored()).toBe(before);
  });
});
