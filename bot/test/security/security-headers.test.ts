// Security headers over real HTTP: the LIFF page's CSP allows exactly its own inline scripts (by hash) and LINE's
// domains; API answers, public pages, files and images carry helmet's headers and a strict default policy.
import express from 'express';
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { DEFAULT_CSP, inlineScriptHashes, liffPageCsp, securityHeaders } from '../../src/http/security-headers';
import { signTicket } from '../../src/seminars/check-in-token';
import { startTestStack, SUPERVISOR } from '../support/local-stack';
import { signingSecret } from '../../src/config';

jest.setTimeout(30_000); // the first QR image loads the PNG encoder

let stack: Awaited<ReturnType<typeof startTestStack>>;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(async () => {
  await stack.stop();
});

/** A CSP header as directive → sources. */
const directives = (csp: string | null) =>
  new Map(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name!, values] as const),
  );

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('When a phone opens a LIFF page', () => {
  it('then each inline script (the runtime config and the route preloads) is allowed by its hash, and nothing else inline', async () => {
    const area = (await stack.deps.repos.areas.get(stack.deps.config.AREA_ID))!;
    await stack.deps.repos.areas.put({ ...area, name: 'สพป.ทดสอบ "เขต 1" </script>' });
    const res = await fetch(`${stack.botUrl}/liff/supervisor/forms`);
    const html = await res.text();
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toContain('window.__NITHET_CONFIG__=');
    expect(scripts[1]).toContain('modulepreload');

    const csp = directives(res.headers.get('content-security-policy'));
    const scriptSrc = csp.get('script-src')!;
    expect(scriptSrc).toEqual(expect.arrayContaining(["'self'", ...scripts.map(sha256)]));
    expect(scriptSrc.filter((s) => s.startsWith("'sha256-"))).toHaveLength(2);
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // The LIFF SDK's own calls, LINE's alert script and profile pictures.
    expect(csp.get('connect-src')).toEqual(expect.arrayContaining(["'self'", 'https://*.line.me']));
    expect(scriptSrc).toContain('https://static.line-scdn.net');
    expect(csp.get('img-src')).toEqual(expect.arrayContaining(['https://*.line-scdn.net']));
  });

  it('then in local mode only its own origin and the simulator may frame it, and the usual helmet headers are there', async () => {
    const res = await fetch(`${stack.botUrl}/liff/`);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('frame-ancestors')).toEqual(["'self'", new URL(stack.platform.url).origin]);
    expect(res.headers.get('x-frame-options')).toBeNull(); // it could not name the simulator
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('then in production the page may not be framed by anyone else and sub-resources are upgraded to HTTPS', () => {
    const csp = directives(liffPageCsp('<head><script>x()</script></head>', { https: true }));
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    expect(csp.get('script-src')).toContain(sha256('x()'));
  });

  it('then a script with a src, or one written with CRLF line ends, is hashed the way the browser does', () => {
    expect(inlineScriptHashes('<script src="/a.js"></script><script type="module">a()\r\nb()</script>')).toEqual([sha256('a()\nb()')]);
  });
});

describe('When anything else is answered', () => {
  it('then API answers carry the strict default policy, may not be framed or read cross-origin', async () => {
    const res = await fetch(`${stack.botUrl}/api/me`, { headers: { authorization: `Bearer ${stack.platform.mintIdToken(SUPERVISOR)}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toBe(DEFAULT_CSP);
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('same-origin');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const refused = await fetch(`${stack.botUrl}/api/me`);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-security-policy')).toBe(DEFAULT_CSP);
  });

  it("then a certificate's verify page runs no script and a ticket image may be shown by LINE and the simulator", async () => {
    const verify = await fetch(`${stack.botUrl}/verify/${'Z'.repeat(22)}`);
    expect(verify.headers.get('content-type')).toMatch(/text\/html/);
    expect(directives(verify.headers.get('content-security-policy')).get('default-src')).toEqual(["'none'"]);
    expect(directives(verify.headers.get('content-security-policy')).has('script-src')).toBe(false);

    const token = signTicket(signingSecret(stack.config), 'sem-1', 'demo-esa:x', new Date(Date.now() + 86_400_000));
    const png = await fetch(`${stack.botUrl}/tickets/${token}.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(png.headers.get('content-security-policy')).toBe(DEFAULT_CSP);
  });

  it('then a page that brings its own policy keeps it, and a PDF gets none (built-in PDF viewers must open it)', async () => {
    const app = express();
    app.use(securityHeaders());
    app.get('/own', (_req, res) => void res.set('content-security-policy', "default-src 'none'; sandbox").type('html').send('<p>x</p>'));
    app.get('/doc.pdf', (_req, res) => void res.type('application/pdf').send(Buffer.from('%PDF-1.7\n')));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await fetch(`${base}/own`)).headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
      const pdf = await fetch(`${base}/doc.pdf`);
      expect(pdf.headers.get('content-security-policy')).toBeNull();
      expect(pdf.headers.get('x-content-type-options')).toBe('nosniff');
    } finally {
      server.close();
    }
  });

  it('then the local simulator page has its own policy: its scripts only, LIFF pages and links in its frame', async () => {
    const res = await fetch(stack.simulatorUrl);
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('frame-src')).toEqual(['http:', 'https:']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
