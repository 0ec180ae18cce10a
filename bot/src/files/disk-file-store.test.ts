// The disk FileStore for real: bytes in, bytes and a stream out, deletes that stick, keys that cannot leave the folder.
import { mkdtempSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDiskFileStore } from './disk-file-store';

const dir = () => mkdtempSync(join(tmpdir(), 'nithet-files-'));
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1, 2, 3, 0xff, 0xd9]);

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const c of stream) chunks.push(c);
  return Uint8Array.from(Buffer.concat(chunks));
}

describe('Disk file store', () => {
  it('When a photo is put, then the same bytes come back as bytes and as a stream, with its type, from a real file', async () => {
    const root = dir();
    const files = createDiskFileStore({ dir: root });
    const key = 'areas/demo-esa/networks/net-lead2570/activities/nac-1/abc123.jpg';
    await files.put(key, JPEG, { contentType: 'image/jpeg' });

    expect(readFileSync(join(root, key))).toEqual(Buffer.from(JPEG));
    expect(await files.getBytes(key)).toEqual(JPEG);
    const opened = await files.open(key);
    expect(opened).toMatchObject({ contentType: 'image/jpeg', size: JPEG.length });
    expect(await readAll(opened!.stream)).toEqual(JPEG);
    // No half-written temporary file is left beside it.
    expect(readdirSync(join(root, 'areas/demo-esa/networks/net-lead2570/activities/nac-1'))).toEqual(['abc123.jpg']);
  });

  it('When a file is deleted (twice), then it is gone and reads say absent instead of failing', async () => {
    const root = dir();
    const files = createDiskFileStore({ dir: root });
    await files.put('a/b.pdf', Uint8Array.from([37, 80, 68, 70]), { contentType: 'application/pdf' });
    await files.delete('a/b.pdf');
    await files.delete('a/b.pdf');
    expect(existsSync(join(root, 'a/b.pdf'))).toBe(false);
    expect(await files.getBytes('a/b.pdf')).toBeNull();
    expect(await files.open('a/b.pdf')).toBeNull();
  });

  it('When a key tries to climb out of the folder or is absolute, then it is refused and nothing is written', async () => {
    const root = dir();
    const files = createDiskFileStore({ dir: root });
    for (const key of ['../escape.jpg', 'a/../../escape.jpg', '/etc/passwd', 'a//b.jpg', 'a/./b.jpg', 'a\\..\\b.jpg', '']) {
      await expect(files.put(key, JPEG, { contentType: 'image/jpeg' })).rejects.toMatchObject({ code: 'validation/invalid-input' });
      await expect(files.getBytes(key)).rejects.toMatchObject({ code: 'validation/invalid-input' });
    }
    expect(readdirSync(root)).toEqual([]);
    expect(existsSync(join(root, '..', 'escape.jpg'))).toBe(false);
  });
});
