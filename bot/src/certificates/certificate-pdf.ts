// The certificate of attendance (เกียรติบัตร) of a seminar as a one-page A4 landscape PDF in Sarabun, with the
// office's running number and a QR code of the verification link. Loaded on first use: only this module
// brings in pdfkit and fontkit.
import PDFDocument from 'pdfkit';
import type { Font } from 'fontkit';
import { buddhistYear } from '@nithet/shared';
import { drawQrCode } from './pdf-qr';
import { exactThaiText, loadSarabun, type SarabunWeight } from './pdf-thai-font';
import { wrapThai, wrapUrl } from './pdf-thai-wrap';

export interface CertificatePdfInput {
  /** The office, e.g. "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1". */
  officeName: string;
  /** With title, e.g. "นางสาวสมศรี ใจดี". */
  recipientName: string;
  seminarTitle: string;
  /** ISO instant of the seminar; shown as its date in Bangkok, in พ.ศ. */
  seminarDate: string;
  /** ISO instant of issue: the "ให้ไว้ ณ วันที่" line and the PDF's creation date. */
  issuedAt: string;
  /** The running number as printed, e.g. "ที่ 0012/2569" (formatCertificateNumber). */
  number: string;
  /** The public verification link the QR code holds. */
  verifyUrl: string;
  signerName?: string;
  /** e.g. "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษาประถมศึกษาตัวอย่าง เขต 1". */
  signerTitle?: string;
}

// A4 landscape in points.
const W = 841.89;
const H = 595.28;
const NAVY = '#1F3A68';
const GOLD = '#B08A3E';
const INK = '#1F2937';
const MUTED = '#4B5563';
const WEIGHTS: Record<'regular' | 'semibold' | 'bold', SarabunWeight> = {
  regular: '400Regular',
  semibold: '600SemiBold',
  bold: '700Bold',
};
type Weight = keyof typeof WEIGHTS;
type Doc = PDFKit.PDFDocument;

const dayMonth = new Intl.DateTimeFormat('th-TH', {
  timeZone: 'Asia/Bangkok',
  day: 'numeric',
  month: 'long',
  calendar: 'gregory',
  numberingSystem: 'latn',
});

/** "15 มกราคม พ.ศ. 2569": the date in Bangkok, Thai month, Buddhist Era, Arabic digits (as the running number). */
export function formatCertificateDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${iso}`);
  const parts = dayMonth.formatToParts(d);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} พ.ศ. ${buddhistYear(d)}`;
}

function use(doc: Doc, weight: Weight, size: number, color = INK): Doc {
  return doc.font(weight).fontSize(size).fillColor(color);
}

/** The largest size from `max` down to `min` at which `text` fits `width` on one line. */
function fitSize(doc: Doc, text: string, weight: Weight, max: number, min: number, width: number): number {
  let size = max;
  while (size > min && use(doc, weight, size).widthOfString(text) > width) size -= 1;
  return size;
}

/** Draws one line centred on `cx` with its baseline at `y`. */
function centred(doc: Doc, text: string, y: number, weight: Weight, size: number, color = INK, cx = W / 2): void {
  use(doc, weight, size, color);
  doc.text(text, cx - doc.widthOfString(text) / 2, y, { lineBreak: false, baseline: 'alphabetic' });
}

/** Wraps `text` to at most `maxLines` lines of `width`, shrinking from `max` to `min` points; ellipsis past that. */
function wrapFit(doc: Doc, text: string, weight: Weight, max: number, min: number, width: number, maxLines: number) {
  for (let size = max; ; size -= 1) {
    use(doc, weight, size);
    const lines = wrapThai(text, width, (s) => doc.widthOfString(s));
    if (lines.length <= maxLines) return { size, lines };
    if (size <= min) {
      const kept = lines.slice(0, maxLines);
      let last = kept[maxLines - 1]!;
      while (last && doc.widthOfString(`${last}…`) > width)
        last = [...new Intl.Segmenter('th').segment(last)]
          .slice(0, -1)
          .map((g) => g.segment)
          .join('');
      kept[maxLines - 1] = `${last}…`;
      return { size, lines: kept };
    }
  }
}

function drawFrame(doc: Doc): void {
  doc
    .lineWidth(3)
    .strokeColor(NAVY)
    .rect(18, 18, W - 36, H - 36)
    .stroke();
  doc
    .lineWidth(0.8)
    .strokeColor(GOLD)
    .rect(26, 26, W - 52, H - 52)
    .stroke();
  // Small gold diamonds in the corners of the inner frame.
  for (const [x, y] of [
    [26, 26],
    [W - 26, 26],
    [26, H - 26],
    [W - 26, H - 26],
  ] as const) {
    doc
      .moveTo(x, y - 5)
      .lineTo(x + 5, y)
      .lineTo(x, y + 5)
      .lineTo(x - 5, y)
      .closePath()
      .fill(GOLD);
  }
}

function drawSigner(doc: Doc, name: string | undefined, title: string | undefined): void {
  if (!name && !title) return;
  const cx = W / 2;
  // Room for the signature, above a dotted line.
  doc
    .lineWidth(0.6)
    .strokeColor(MUTED)
    .dash(1, { space: 2 })
    .moveTo(cx - 110, 468)
    .lineTo(cx + 110, 468)
    .stroke()
    .undash();
  let y = 492;
  if (name) {
    centred(doc, `(${name})`, y, 'regular', fitSize(doc, `(${name})`, 'regular', 18, 12, 360), INK, cx);
    y += 24;
  }
  if (title) {
    // One line where it fits at 14 points or more, else two.
    const one = fitSize(doc, title, 'regular', 16, 14, 440);
    const fitsOne = use(doc, 'regular', one).widthOfString(title) <= 440;
    const { size, lines } = fitsOne ? { size: one, lines: [title] } : wrapFit(doc, title, 'regular', 16, 12, 400, 2);
    for (const line of lines) {
      centred(doc, line, y, 'regular', size, INK, cx);
      y += size * 1.35;
    }
  }
}

function drawVerification(doc: Doc, url: string): void {
  const side = 76;
  const right = W - 56;
  const cx = right - side / 2;
  drawQrCode(doc, url, right - side, 432, side, INK);
  centred(doc, 'ตรวจสอบเกียรติบัตร', 522, 'regular', 10, INK, cx);
  use(doc, 'regular', 7, MUTED);
  const lines = wrapUrl(url, 128, (s) => doc.widthOfString(s)).slice(0, 4);
  lines.forEach((line, i) => centred(doc, line, 533 + i * 8.5, 'regular', 7, MUTED, cx));
}

/** Renders the certificate as a PDF (one A4 landscape page, Sarabun subsets embedded). */
export async function renderCertificatePdf(input: CertificatePdfInput): Promise<Buffer> {
  const seminarDate = formatCertificateDate(input.seminarDate);
  const issuedDate = formatCertificateDate(input.issuedAt);
  const fonts: Record<Weight, Font> = {
    regular: loadSarabun(WEIGHTS.regular),
    semibold: loadSarabun(WEIGHTS.semibold),
    bold: loadSarabun(WEIGHTS.bold),
  };
  const issued = new Date(input.issuedAt);
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 0,
    lang: 'th',
    displayTitle: true,
    // pdfkit's default font would load Helvetica's AFM; start in Sarabun instead (the fontkit font is accepted).
    font: fonts.regular as unknown as string,
    info: {
      Title: `เกียรติบัตร ${input.number}`,
      Author: input.officeName,
      Subject: `${input.recipientName}: ${input.seminarTitle}`,
      Creator: 'Nithet',
      // The same certificate renders to the same bytes whenever it is downloaded.
      CreationDate: issued,
      ModDate: issued,
    },
  });
  for (const w of Object.keys(fonts) as Weight[]) {
    doc.registerFont(w, fonts[w] as unknown as string).font(w);
    exactThaiText((doc as unknown as { _font: unknown })._font);
  }
  const done = new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawFrame(doc);
  const textWidth = W - 2 * 96;
  centred(doc, input.officeName, 84, 'bold', fitSize(doc, input.officeName, 'bold', 24, 14, textWidth), NAVY);
  doc
    .lineWidth(1)
    .strokeColor(GOLD)
    .moveTo(W / 2 - 90, 100)
    .lineTo(W / 2 + 90, 100)
    .stroke();
  centred(doc, 'เกียรติบัตรฉบับนี้ให้ไว้เพื่อแสดงว่า', 146, 'regular', 20);
  centred(doc, input.recipientName, 200, 'bold', fitSize(doc, input.recipientName, 'bold', 40, 22, textWidth), NAVY);
  centred(doc, 'ได้เข้าร่วม', 242, 'regular', 20);
  const title = wrapFit(doc, input.seminarTitle, 'semibold', 22, 16, textWidth, 3);
  let y = 278;
  for (const line of title.lines) {
    centred(doc, line, y, 'semibold', title.size);
    y += title.size * 1.4;
  }
  y += 36 - title.size * 1.4;
  centred(doc, `เมื่อวันที่ ${seminarDate}`, y, 'regular', 18);
  centred(doc, `ให้ไว้ ณ วันที่ ${issuedDate}`, y + 30, 'regular', 18);
  drawSigner(doc, input.signerName?.trim() || undefined, input.signerTitle?.trim() || undefined);
  use(doc, 'regular', 14, INK).text(input.number, 56, 522, { lineBreak: false, baseline: 'alphabetic' });
  drawVerification(doc, input.verifyUrl);

  doc.end();
  return done;
}
