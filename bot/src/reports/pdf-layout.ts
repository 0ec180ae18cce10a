// A small page-flow layer over pdfkit for the report: A4 with a Thai government document's margins, Sarabun with
// the Thai shaping fixes, lines wrapped between Thai words, a cursor that starts a new page (numbered "- 2 -" at the
// top, as official documents are) when the next thing does not fit.
import PDFDocument from 'pdfkit';
import type { Font } from 'fontkit';
import { exactThaiText, loadSarabun, type SarabunWeight } from '../certificates/pdf-thai-font';
import { wrapThai } from '../certificates/pdf-thai-wrap';
import type { Align } from './report-document';

export const CM = 72 / 2.54;
const PAGE_W = 595.28;
const PAGE_H = 841.89;
export const MARGIN = { top: 2.5 * CM, bottom: 2 * CM, left: 3 * CM, right: 2 * CM };
export const TEXT_W = PAGE_W - MARGIN.left - MARGIN.right;
/** Body text: 16 pt, as Thai government documents use. */
export const BODY = 16;
export const INK = '#111827';
export const LINE = '#6B7280';
export type Weight = 'regular' | 'bold';
const WEIGHTS: Record<Weight, SarabunWeight> = { regular: '400Regular', bold: '700Bold' };

/** Line height for a size: Thai stacks vowels and tone marks above and below, so lines need room. */
export const lineHeight = (size: number) => size * 1.42;

export class PdfFlow {
  readonly doc: PDFKit.PDFDocument;
  y = MARGIN.top;
  private page = 1;

  constructor(
    info: { title: string; author: string; created: Date },
    private readonly statusNote: string,
  ) {
    const fonts: Record<Weight, Font> = { regular: loadSarabun(WEIGHTS.regular), bold: loadSarabun(WEIGHTS.bold) };
    this.doc = new PDFDocument({
      size: 'A4',
      margin: 0,
      lang: 'th',
      displayTitle: true,
      autoFirstPage: true,
      font: fonts.regular as unknown as string,
      info: { Title: info.title, Author: info.author, Creator: 'Nithet', CreationDate: info.created, ModDate: info.created },
    });
    for (const w of Object.keys(fonts) as Weight[]) {
      this.doc.registerFont(w, fonts[w] as unknown as string).font(w);
      exactThaiText((this.doc as unknown as { _font: unknown })._font);
    }
    this.drawHeader();
  }

  use(weight: Weight, size: number, color = INK): this {
    this.doc.font(weight).fontSize(size).fillColor(color);
    return this;
  }

  width(text: string, weight: Weight, size: number): number {
    return this.use(weight, size).doc.widthOfString(text);
  }

  /** Lines run full (ragged right) unless `even`, which balances them for centred text. */
  wrap(text: string, weight: Weight, size: number, maxWidth: number, even = false): string[] {
    this.use(weight, size);
    return wrapThai(text, maxWidth, (s) => this.doc.widthOfString(s), { ragged: !even });
  }

  /** One line with its top at `top`, aligned within [x, x + w]. */
  line(text: string, x: number, top: number, w: number, align: Align, weight: Weight, size: number, color = INK): void {
    this.use(weight, size, color);
    const tw = this.doc.widthOfString(text);
    const left = align === 'left' ? x : align === 'right' ? x + w - tw : x + (w - tw) / 2;
    // Baseline at about 1.05 size below the top of the line box (Sarabun's ascent plus room for stacked marks).
    this.doc.text(text, left, top + size * 1.08, { lineBreak: false, baseline: 'alphabetic' });
  }

  /** Moves to a new page unless `height` still fits below the cursor. */
  ensure(height: number): boolean {
    if (this.y + height <= PAGE_H - MARGIN.bottom) return false;
    this.newPage();
    return true;
  }

  newPage(): void {
    this.doc.addPage({ size: 'A4', margin: 0 });
    this.page += 1;
    this.y = MARGIN.top;
    this.drawHeader();
  }

  get pageBottom(): number {
    return PAGE_H - MARGIN.bottom;
  }

  /** A wrapped paragraph; `indent` indents the first line (Thai official prose), `hanging` indents the others. */
  paragraph(
    text: string,
    opts: { weight?: Weight; size?: number; indent?: number; left?: number; align?: Align; after?: number } = {},
  ): void {
    const weight = opts.weight ?? 'regular';
    const size = opts.size ?? BODY;
    const left = opts.left ?? 0;
    const indent = opts.indent ?? 0;
    const width = TEXT_W - left;
    const flat = text.replace(/\s+/g, ' ').trim();
    const even = opts.align === 'center';
    const first = this.wrap(flat, weight, size, width - indent, even)[0] ?? '';
    const rest = flat.slice(first.length).trim();
    const lines = indent ? [first, ...(rest ? this.wrap(rest, weight, size, width) : [])] : this.wrap(flat, weight, size, width, even);
    const lh = lineHeight(size);
    lines.forEach((l, i) => {
      this.ensure(lh);
      const x = MARGIN.left + left + (i === 0 ? indent : 0);
      this.line(l, x, this.y, width - (i === 0 ? indent : 0), opts.align ?? 'left', weight, size);
      this.y += lh;
    });
    this.y += opts.after ?? 4;
  }

  private drawHeader(): void {
    const top = 1.25 * CM;
    if (this.page > 1) this.line(`- ${this.page} -`, MARGIN.left, top, TEXT_W, 'center', 'regular', BODY);
    if (this.statusNote) this.line(this.statusNote, MARGIN.left, top + (this.page > 1 ? 0 : 0), TEXT_W, 'right', 'bold', 12);
  }

  async end(): Promise<Buffer> {
    const done = new Promise<Buffer>((resolve, reject) => {
      const chunks: Buffer[] = [];
      this.doc.on('data', (c: Buffer) => chunks.push(c));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.doc.end();
    return done;
  }
}
