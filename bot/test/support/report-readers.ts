// Reads the report files back the way people open them: the DOCX's XML (text, fonts, sizes), every page's text of the
// PDF with pdf.js (in a child process: pdf.js is an ES module jest's CommonJS runtime cannot load), the XLSX with exceljs.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';

export interface DocxReading {
  /** The text of word/document.xml, one line per paragraph. */
  text: string;
  styles: string;
  fontTable: string;
  media: string[];
}

const xmlText = (xml: string) =>
  xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'");

export async function readDocx(bytes: Buffer): Promise<DocxReading> {
  const zip = await JSZip.loadAsync(bytes);
  const file = (name: string) => zip.file(name)?.async('string') ?? Promise.resolve('');
  return {
    text: xmlText(await file('word/document.xml')),
    styles: await file('word/styles.xml'),
    fontTable: await file('word/fontTable.xml'),
    media: Object.keys(zip.files).filter((n) => n.startsWith('word/media/')),
  };
}

const READ_PDF = `
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
const pdf = await getDocument({ data: new Uint8Array(readFileSync(process.argv[1])), verbosity: 0 }).promise;
const pages = [];
for (let i = 1; i <= pdf.numPages; i++) {
  const content = await (await pdf.getPage(i)).getTextContent();
  pages.push(content.items.map((it) => ('str' in it ? it.str + (it.hasEOL ? '\\n' : ' ') : '')).join(''));
}
const meta = await pdf.getMetadata();
console.log(JSON.stringify({ pages, title: meta.info.Title ?? null }));
await pdf.destroy();
`;

export async function readPdfText(bytes: Buffer): Promise<{ pages: string[]; title: string | null }> {
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    const file = join(dir, 'r.pdf');
    writeFileSync(file, bytes);
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', READ_PDF, file], {
      cwd: resolve(__dirname, '../../..'),
      maxBuffer: 32 * 1024 * 1024,
    });
    return JSON.parse(stdout.trim().split('\n').pop()!) as { pages: string[]; title: string | null };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every sheet as rows of cell values (row 1 = headers). */
export async function readXlsx(bytes: Buffer): Promise<Record<string, unknown[][]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, unknown[][]> = {};
  wb.eachSheet((ws) => {
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    out[ws.name] = rows;
  });
  return out;
}

/** Text with spaces and line breaks taken out, for contains-checks across wrapped lines and table cells. */
export const flat = (s: string) => s.replace(/\s+/g, '');
