// Runs the Cloud Storage FileStore in a plain Node process (its HTTP client imports node-fetch dynamically,
// which jest's module sandbox cannot do) against STORAGE_EMULATOR_HOST; prints one JSON line per step.
import { createGcsFileStore } from '../../src/files/gcs-file-store';

const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 0xff, 0xd9]);
const KEY = 'areas/demo-esa/networks/net-lead2570/activities/nac-1/f1.jpg';

async function step(name: string, run: () => Promise<unknown>): Promise<void> {
  try {
    const value = await run();
    process.stdout.write(`${JSON.stringify({ step: name, ok: true, value })}\n`);
  } catch (e) {
    const err = e as { code?: string; status?: number; cause?: { message?: string } };
    const cause = err.cause?.message ?? String(e);
    process.stdout.write(`${JSON.stringify({ step: name, ok: false, code: err.code, status: err.status, cause })}\n`);
  }
}

async function main(): Promise<void> {
  const files = createGcsFileStore({ bucket: 'nithet-test.firebasestorage.app', projectId: 'demo-nithet' });
  await step('put', () => files.put(KEY, JPEG, { contentType: 'image/jpeg' }));
  await step('getBytes', async () => [...((await files.getBytes(KEY)) ?? [])]);
  await step('open', async () => {
    const o = await files.open(KEY);
    if (!o) return null;
    const chunks: Uint8Array[] = [];
    for await (const c of o.stream) chunks.push(c);
    return { contentType: o.contentType, size: o.size, bytes: [...Buffer.concat(chunks)] };
  });
  await step('getMissing', () => files.getBytes('areas/x/missing.jpg'));
  await step('openMissing', () => files.open('areas/x/missing.jpg'));
  await step('delete', () => files.delete(KEY));
  await step('deleteMissing', () => files.delete('areas/x/missing.jpg'));
  await step('putForbidden', () => files.put('areas/forbidden/f.jpg', JPEG, { contentType: 'image/jpeg' }));
  await step('unsafeKey', () => files.put('../escape.jpg', JPEG, { contentType: 'image/jpeg' }));
  await files.close();
}

void main();
