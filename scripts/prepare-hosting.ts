// Lays out Firebase Hosting's public folder so the LIFF app (built with base /liff/) is served at /liff/, with the
// same Content-Security-Policy the bot's server sends for it — as a <meta> tag, since Hosting serves the page itself
// (frame-ancestors cannot be set by a meta tag; Hosting's X-Frame-Options default applies instead).
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { liffPageCsp } from '../bot/src/http/security-headers';

if (!existsSync('liff/dist/index.html')) {
  console.error('liff/dist is missing: run `npm run build -w liff` first.');
  process.exit(1);
}
rmSync('dist-hosting', { recursive: true, force: true });
cpSync('liff/dist', 'dist-hosting/liff', { recursive: true });

export function withCspMeta(html: string): string {
  const policy = liffPageCsp(html, { https: true })
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}">`);
}

const page = 'dist-hosting/liff/index.html';
writeFileSync(page, withCspMeta(readFileSync(page, 'utf8')));
console.log('dist-hosting/liff ready (CSP in the page)');
