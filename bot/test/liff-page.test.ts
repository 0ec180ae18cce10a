// The LIFF page as the server sends it: gzip on a slow line, and the runtime config written into the page (one round
// trip less), escaped so an office name can never close the script.
import { gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { startTestStack } from './support/local-stack';

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
});

/** A raw GET (fetch would undo the gzip and hide the header). */
function getRaw(path: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request(`${stack.botUrl}${path}`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('When a phone opens a LIFF link', () => {
  it('then the page comes gzipped with the runtime config inside, and a hostile office name stays text', async () => {
    const area = (await stack.deps.repos.areas.get(stack.deps.config.AREA_ID))!;
    await stack.deps.repos.areas.put({ ...area, name: 'สพป.ทดสอบ</script><script>alert(1)</script>' });
    const res = await getRaw('/liff/forms/rnd-1');
    expect(res.headers['content-encoding']).toBe('gzip');
    const html = gunzipSync(res.body).toString('utf8');
    const inline = /<script>window\.__NITHET_CONFIG__=(.*?)<\/script>/.exec(html);
    expect(inline).not.toBeNull();
    const config = JSON.parse(inline![1]!) as { liffId: string; areaName: string };
    expect(config.liffId).toBe(stack.deps.config.LIFF_ID);
    expect(config.areaName).toBe('สพป.ทดสอบ</script><script>alert(1)</script>');
    expect(html).not.toContain('<script>alert(1)');

    const script = /src="(\/liff\/assets\/[^"]+\.js)"/.exec(html)![1]!;
    expect((await getRaw(script)).headers['content-encoding']).toBe('gzip');
  });
});
