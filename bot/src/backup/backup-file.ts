// JSON lines to and from a file, gzip-compressed when the name ends in .gz (read: recognised by its magic bytes).
import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Readable, Writable } from 'node:stream';

export interface LineWriter {
  write(value: unknown): Promise<void>;
  /** Flushes and closes; the file is complete only after this resolves. */
  close(): Promise<void>;
}

export function openLineWriter(path: string): LineWriter {
  const file = createWriteStream(path, { flags: 'wx' }); // never overwrite an earlier backup by accident
  const gzip = path.endsWith('.gz') ? createGzip() : undefined;
  if (gzip) gzip.pipe(file);
  const out: Writable = gzip ?? file;
  let failed: Error | undefined;
  const fail = (e: Error) => void (failed ??= e);
  file.on('error', fail);
  gzip?.on('error', fail);
  return {
    async write(value) {
      if (failed) throw failed;
      if (!out.write(`${JSON.stringify(value)}\n`)) await Promise.race([once(out, 'drain'), once(file, 'error')]);
      if (failed) throw failed;
    },
    async close() {
      out.end();
      await once(file, 'close');
      if (failed) throw failed;
    },
  };
}

async function isGzip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2), 0, 2, 0);
    return bytesRead === 2 && buffer[0] === 0x1f && buffer[1] === 0x8b;
  } finally {
    await handle.close();
  }
}

/** Each non-empty line parsed as JSON, with its line number for error messages. */
export async function* readLines(path: string): AsyncGenerator<{ line: number; value: unknown }> {
  let input: Readable = createReadStream(path);
  if (await isGzip(path)) {
    const raw = input;
    input = createGunzip();
    raw.on('error', (e) => input.destroy(e));
    raw.pipe(input as Writable & Readable);
  }
  let line = 0;
  for await (const text of createInterface({ input, crlfDelay: Infinity })) {
    line++;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw new Error(`line ${line} is not JSON`);
    }
    yield { line, value };
  }
}
