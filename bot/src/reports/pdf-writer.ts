// The report as a PDF (pdfkit, Sarabun embedded): the same memo cover, sections, tables and bar charts as the DOCX,
// drawn as vectors so every number stays text that can be copied, searched and read aloud.
import { BODY, CM, INK, LINE, MARGIN, PdfFlow, TEXT_W, lineHeight } from './pdf-layout';
import type { BarChartBlock, Block, ReportDocument, TableBlock } from './report-document';

const PAD = 4;
const CELL = 14;
const SHADE = '#E8ECF3';
const BAR = '#1F3A68';

function table(f: PdfFlow, t: TableBlock): void {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (TEXT_W * w) / sum);
  const lh = lineHeight(CELL);
  const layout = (cells: string[], bold: boolean) => {
    const lines = cells.map((c, i) => f.wrap(c, bold ? 'bold' : 'regular', CELL, widths[i]! - 2 * PAD));
    return { lines, height: Math.max(1, ...lines.map((l) => l.length)) * lh + 2 * PAD };
  };
  const drawRow = (cells: string[], opts: { bold: boolean; shade: boolean; header: boolean }) => {
    const { lines, height } = layout(cells, opts.bold);
    let x = MARGIN.left;
    cells.forEach((_, i) => {
      const w = widths[i]!;
      if (opts.shade) f.doc.rect(x, f.y, w, height).fill(SHADE);
      f.doc.lineWidth(0.5).strokeColor(LINE).rect(x, f.y, w, height).stroke();
      const cellLines = lines[i]!;
      const top = f.y + (height - cellLines.length * lh) / 2;
      cellLines.forEach((l, j) =>
        f.line(
          l,
          x + PAD,
          top + j * lh,
          w - 2 * PAD,
          opts.header ? 'center' : (t.align[i] ?? 'left'),
          opts.bold ? 'bold' : 'regular',
          CELL,
        ),
      );
      x += w;
    });
    f.y += height;
  };
  const header = () => drawRow(t.header, { bold: true, shade: true, header: true });
  // Caption, header and first row stay together.
  f.ensure(lineHeight(BODY) + layout(t.header, true).height + layout(t.rows[0] ?? t.header, false).height);
  f.paragraph(t.caption, { weight: 'bold', after: 2 });
  header();
  const rows = [...t.rows.map((r) => ({ r, bold: false })), ...(t.total ? [{ r: t.total, bold: true }] : [])];
  for (const { r, bold } of rows) {
    if (f.ensure(layout(r, bold).height)) header();
    drawRow(r, { bold, shade: false, header: false });
  }
  f.y += 10;
}

function chart(f: PdfFlow, c: BarChartBlock): void {
  const labelW = TEXT_W * 0.36;
  const valueW = 44;
  const barMaxW = TEXT_W - labelW - valueW - 12;
  const size = 12;
  const lh = lineHeight(size);
  const rows = c.bars.map((b) => {
    const lines = f.wrap(b.label, 'regular', size, labelW - 8, true).slice(0, 3);
    return { b, lines, h: Math.max(20, lines.length * lh + 4) };
  });
  const total = rows.reduce((a, r) => a + r.h, 0) + 26;
  f.ensure(lineHeight(BODY) + Math.min(total, 400));
  f.paragraph(c.caption, { weight: 'bold', after: 4 });
  const max = c.max ?? Math.max(1, ...c.bars.map((b) => b.value));
  const x0 = MARGIN.left + labelW + 8;
  const grid = (from: number, to: number) => {
    f.doc.lineWidth(0.4).strokeColor('#D0D5DD');
    for (let q = 0; q <= 4; q++) {
      const x = x0 + (barMaxW * q) / 4;
      f.doc.moveTo(x, from).lineTo(x, to).stroke();
    }
  };
  for (const { b, lines, h } of rows) {
    f.ensure(h + 26);
    grid(f.y, f.y + h);
    const firstTop = f.y + (h - lines.length * lh) / 2;
    lines.forEach((l, j) => f.line(l, MARGIN.left, firstTop + j * lh, labelW, 'right', 'regular', size));
    const w = max > 0 ? (barMaxW * Math.max(0, b.value)) / max : 0;
    f.doc.rect(x0, f.y + h / 2 - 6, Math.max(w, 0.5), 12).fill(BAR);
    f.line(b.display, x0 + w + 4, f.y + h / 2 - lh / 2, valueW, 'left', 'bold', size);
    f.y += h;
  }
  f.line(c.unit, x0, f.y + 2, barMaxW, 'center', 'regular', 11, '#4B5563');
  f.y += 26;
}

function block(f: PdfFlow, b: Block): void {
  switch (b.kind) {
    case 'paragraph':
      return f.paragraph(b.text, { indent: b.indent ? 2.5 * CM : 0 });
    case 'subheading':
      f.ensure(lineHeight(BODY) * 3);
      return f.paragraph(b.text, { weight: 'bold', after: 2 });
    case 'bullets':
      for (const item of b.items) {
        f.ensure(lineHeight(BODY));
        f.line('–', MARGIN.left + 2.5 * CM - 12, f.y, 12, 'left', 'regular', BODY);
        f.paragraph(item, { left: 2.5 * CM, after: 2 });
      }
      return;
    case 'table':
      return table(f, b);
    case 'chart':
      return chart(f, b);
  }
}

function memo(f: PdfFlow, d: ReportDocument): void {
  const m = d.memo;
  f.line('บันทึกข้อความ', MARGIN.left, f.y, TEXT_W, 'center', 'bold', 29);
  f.y += lineHeight(29) + 4;
  const field = (label: string, value: string, x = MARGIN.left, w = TEXT_W) => {
    const lw = f.width(label, 'bold', 20) + 8;
    const lines = f.wrap(value, 'regular', BODY, w - lw);
    f.line(label, x, f.y - 3, lw, 'left', 'bold', 20);
    lines.forEach((l, i) => f.line(l, x + lw, f.y + i * lineHeight(BODY), w - lw, 'left', 'regular', BODY));
    return Math.max(1, lines.length) * lineHeight(BODY) + 4;
  };
  f.y += field('ส่วนราชการ', m.department);
  const half = TEXT_W / 2;
  const h = field('ที่', m.refNo || '................................', MARGIN.left, half);
  field('วันที่', m.date, MARGIN.left + half, half);
  f.y += h;
  f.y += field('เรื่อง', m.subject);
  f.doc
    .lineWidth(0.8)
    .strokeColor(INK)
    .moveTo(MARGIN.left, f.y)
    .lineTo(MARGIN.left + TEXT_W, f.y)
    .stroke();
  f.y += 10;
  f.paragraph(`เรียน  ${m.to}`, { after: 6 });
  for (const para of m.paragraphs) f.paragraph(para, { indent: 2.5 * CM, after: 4 });
  f.paragraph(m.closing, { indent: 2.5 * CM, after: 40 });
  f.ensure(lineHeight(BODY) * 2);
  const sx = MARGIN.left + TEXT_W / 3;
  f.line(`(${m.signer.name || '...............................................'})`, sx, f.y, (TEXT_W * 2) / 3, 'center', 'regular', BODY);
  f.y += lineHeight(BODY);
  f.line(m.signer.position, sx, f.y, (TEXT_W * 2) / 3, 'center', 'regular', BODY);
}

function signOffs(f: PdfFlow, d: ReportDocument): void {
  const lh = lineHeight(BODY);
  f.ensure(lh * (2 + d.signOffs.length * 2));
  f.y += 8;
  f.paragraph('การรับรองรายงาน', { weight: 'bold', after: 6 });
  for (const s of d.signOffs) {
    f.line(s.role, MARGIN.left, f.y, TEXT_W * 0.28, 'left', 'regular', BODY);
    f.line(
      s.name ? `(${s.name})` : '(..................................)',
      MARGIN.left + TEXT_W * 0.28,
      f.y,
      TEXT_W * 0.44,
      'center',
      'regular',
      BODY,
    );
    f.line(
      s.date ? `วันที่ ${s.date}` : 'วันที่ ..........................',
      MARGIN.left + TEXT_W * 0.72,
      f.y,
      TEXT_W * 0.28,
      'left',
      'regular',
      BODY,
    );
    f.y += lh * 1.6;
  }
}

/** Renders the report document as PDF bytes (A4 portrait, Sarabun subsets embedded). */
export async function renderReportPdf(d: ReportDocument): Promise<Buffer> {
  const f = new PdfFlow({ title: d.fileTitle, author: d.office, created: new Date(d.generatedAt) }, d.statusNote);
  memo(f, d);
  f.newPage();
  f.paragraph(d.title, { weight: 'bold', size: 20, align: 'center', after: 0 });
  for (const s of d.subtitle) f.paragraph(s, { weight: 'bold', size: 18, align: 'center', after: 0 });
  f.y += 12;
  table(f, d.summary);
  for (const s of d.sections) {
    f.ensure(lineHeight(18) + lineHeight(BODY) * 3);
    f.y += 6;
    f.paragraph(`${s.number}. ${s.title}`, { weight: 'bold', size: 18, after: 4 });
    for (const b of s.blocks) block(f, b);
  }
  signOffs(f, d);
  f.paragraph(d.sourceNote, { size: 12 });
  return f.end();
}
