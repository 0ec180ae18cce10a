// Lays out Firebase Hosting's public folder so the LIFF app (built with base /liff/) is served at /liff/.
import { cpSync, rmSync, existsSync } from 'node:fs';

if (!existsSync('liff/dist/index.html')) {
  console.error('liff/dist is missing: run `npm run build -w liff` first.');
  process.exit(1);
}
rmSync('dist-hosting', { recursive: true, force: true });
cpSync('liff/dist', 'dist-hosting/liff', { recursive: true });
console.log('dist-hosting/liff ready');
