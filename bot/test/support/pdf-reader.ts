// Reads PDFs back the way a viewer does: pdf.js text of page 1 and jsQR on the page rendered at 2×, in a child
// process (pdf.js is an ES module that jest's CommonJS runtime cannot load).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

/** What pdf.js reads from the first page, and what jsQR finds on it rendered at 2×. */
export interface PageReading {
  pages: number;
  size: [number, number];
  text: string;
  qr: string | null;
}

const READ_PDFS = `
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import jsQR from 'jsqr';
const out = [];
for (const file of process.argv.slice(1)) {
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(file)), verbosity: 0 }).promise;
  const page = await pdf.getPage(1);
  const content = await page.getTextContent();
  const text = content.items.map((i) => ('str' in i ? i.str + (i.hasEOL ? '\\n' : '') : '')).join('');
  const viewport = page.getViewport({ scale: 2 });
  const { canvas, context } = pdf.canvasFactory.create(viewport.width, viewport.height);
  await page.render({ canvas, canvasContext: context, viewport }).promise;
  const img = context.getImageData(0, 0, canvas.width, canvas.height);
  const qr = jsQR(img.data, canvas.width, canvas.height);
  out.push({ pages: pdf.numPages, size: page.view.slice(2), text, qr: qr ? qr.data : null });
  await pdf.destroy();
}
console.log(JSON.stringify(out));
`;

export async function readPdfs(pdfs: Buffer[]): Promise<PageReading[]> {
  const dir = mkdtempSync(join(tmpdir(), 'certificate-pdf-'));
  try {
    const files = pdfs.map((pdf, i) => {
      const file = join(dir, `${i}.pdf`);
      writeFileSync(file, pdf);
      return file;
    });
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', READ_PDFS, ...files], {
      cwd: resolve(__dirname, '../../..'),
      maxBuffer: 16 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as PageReading[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
