// The report as an editable DOCX in the layout of a Thai government document: A4, margins 3/2/2.5/2 cm, TH Sarabun New
// 16 pt (Sarabun named as the alternative where it is missing), a memo cover, page numbers "- 2 -" at the top from
// page 2, numbered sections, real Word tables (header rows repeat) and the bar charts as PNG images.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphOptions,
} from 'docx';
import { renderBarChartPng } from './chart-png';
import type { Align, BarChartBlock, Block, ReportDocument, TableBlock } from './report-document';

export const DOCX_FONT = 'TH Sarabun New';
export const DOCX_FALLBACK_FONT = 'Sarabun';
/** Half-points: 16 pt body, as Thai government documents use. */
const BODY = 32;
const TWIP_PER_CM = 567;
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: Math.round(2.5 * TWIP_PER_CM), bottom: 2 * TWIP_PER_CM, left: 3 * TWIP_PER_CM, right: 2 * TWIP_PER_CM };
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const INDENT = Math.round(2.5 * TWIP_PER_CM);
const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
};

// The font table names the Thai typeface with Sarabun as its alternative (Word and LibreOffice read w:altName) and
// the Thai character set (DE = 222), so a machine without TH Sarabun New still sets the text in the Sarabun family.
const FONT_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="${DOCX_FONT}"><w:altName w:val="${DOCX_FALLBACK_FONT}"/><w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="${DOCX_FALLBACK_FONT}"><w:charset w:val="DE"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font></w:fonts>`;

type RunStyle = { bold?: boolean; size?: number; color?: string };
const run = (text: string, opts: RunStyle = {}, latin = false) =>
  new TextRun({
    text,
    ...(opts.bold ? { bold: true, boldComplexScript: true } : {}),
    ...(opts.size ? { size: opts.size, sizeComplexScript: opts.size } : {}),
    ...(opts.color ? { color: opts.color } : {}),
    ...(latin ? { language: { value: 'en-US' } } : {}),
  });

/** Numbers go in runs of their own tagged English: Thai line breaking (LibreOffice's) would split "3,552" otherwise. */
const runs = (text: string, opts: RunStyle = {}) =>
  text
    .split(/([0-9][0-9,.]*[0-9%]?%?)/)
    .filter(Boolean)
    .map((part) => run(part, opts, /^[0-9]/.test(part)));

const para = (text: string, opts: IParagraphOptions & { bold?: boolean; size?: number } = {}) => {
  const { bold, size, ...rest } = opts;
  return new Paragraph({ ...rest, children: runs(text, { ...(bold ? { bold } : {}), ...(size ? { size } : {}) }) });
};

const thin = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function cell(text: string, align: Align, width: number, opts: { bold?: boolean; shade?: boolean } = {}): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { top: 30, bottom: 30, left: 90, right: 90 },
    ...(opts.shade ? { shading: { type: ShadingType.CLEAR, fill: 'E8ECF3', color: 'auto' } } : {}),
    children: [para(text, { alignment: ALIGN[align], ...(opts.bold ? { bold: true } : {}) })],
  });
}

function table(t: TableBlock): (Paragraph | Table)[] {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => Math.floor((TEXT_WIDTH * w) / sum));
  const rows = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: t.header.map((h, i) => cell(h, 'center', widths[i]!, { bold: true, shade: true })),
    }),
    ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, t.align[i] ?? 'left', widths[i]!)) })),
    ...(t.total
      ? [new TableRow({ cantSplit: true, children: t.total.map((v, i) => cell(v, t.align[i] ?? 'left', widths[i]!, { bold: true })) })]
      : []),
  ];
  return [
    para(t.caption, { bold: true, spacing: { before: 120, after: 60 }, keepNext: true }),
    new Table({
      rows,
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { top: thin, bottom: thin, left: thin, right: thin, insideHorizontal: thin, insideVertical: thin },
    }),
    para('', { spacing: { after: 60 } }),
  ];
}

function chart(c: BarChartBlock): Paragraph[] {
  const widthPt = (TEXT_WIDTH / 20) * 0.95;
  const img = renderBarChartPng(c, widthPt);
  const px = (pt: number) => Math.round((pt * 96) / 72);
  return [
    para(c.caption, { bold: true, spacing: { before: 120, after: 60 }, keepNext: true }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: img.png,
          transformation: { width: px(img.width), height: px(img.height) },
          altText: {
            name: c.caption,
            title: c.caption,
            description: `${c.caption}: ${c.bars.map((b) => `${b.label} ${b.display}`).join(', ')}`,
          },
        }),
      ],
    }),
  ];
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'paragraph':
      return [para(b.text, { alignment: AlignmentType.JUSTIFIED, ...(b.indent ? { indent: { firstLine: INDENT } } : {}) })];
    case 'subheading':
      return [para(b.text, { bold: true, spacing: { before: 120 }, keepNext: true })];
    case 'bullets':
      return b.items.map((item) =>
        para(`–\t${item}`, {
          indent: { left: INDENT + 360, hanging: 360 },
          tabStops: [{ type: TabStopType.LEFT, position: INDENT + 360 }],
        }),
      );
    case 'table':
      return table(b);
    case 'chart':
      return chart(b);
  }
}

function memo(d: ReportDocument): Paragraph[] {
  const m = d.memo;
  const line = (label: string, value: string, tab?: { label: string; value: string }) =>
    new Paragraph({
      tabStops: [{ type: TabStopType.LEFT, position: Math.round(TEXT_WIDTH / 2) }],
      spacing: { after: 40 },
      children: [
        run(label, { bold: true, size: 40 }),
        ...runs(`  ${value}`),
        ...(tab ? [run('\t'), run(tab.label, { bold: true, size: 40 }), ...runs(`  ${tab.value}`)] : []),
      ],
    });
  return [
    para('บันทึกข้อความ', { alignment: AlignmentType.CENTER, bold: true, size: 58, spacing: { after: 120 } }),
    line('ส่วนราชการ', m.department),
    line('ที่', m.refNo || '................................', { label: 'วันที่', value: m.date }),
    line('เรื่อง', m.subject),
    new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 4 } }, children: [] }),
    para(`เรียน  ${m.to}`, { spacing: { before: 160, after: 120 } }),
    ...m.paragraphs.map((t) => para(t, { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT }, spacing: { after: 60 } })),
    para(m.closing, { indent: { firstLine: INDENT }, spacing: { after: 480 }, keepNext: true }),
    para(`(${m.signer.name || '...............................................'})`, {
      alignment: AlignmentType.CENTER,
      indent: { left: TEXT_WIDTH / 3 },
      keepNext: true,
    }),
    para(m.signer.position, { alignment: AlignmentType.CENTER, indent: { left: TEXT_WIDTH / 3 } }),
  ];
}

function signOffs(d: ReportDocument): (Paragraph | Table)[] {
  const w = [Math.round(TEXT_WIDTH * 0.28), Math.round(TEXT_WIDTH * 0.44), Math.round(TEXT_WIDTH * 0.28)];
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  return [
    para('การรับรองรายงาน', { bold: true, spacing: { before: 240, after: 60 }, keepNext: true }),
    new Table({
      width: { size: TEXT_WIDTH, type: WidthType.DXA },
      columnWidths: w,
      layout: TableLayoutType.FIXED,
      borders: noBorders,
      rows: d.signOffs.map(
        (s) =>
          new TableRow({
            cantSplit: true,
            children: [
              cell(s.role, 'left', w[0]!),
              cell(s.name ? `(${s.name})` : '(..................................)', 'center', w[1]!),
              cell(s.date ? `วันที่ ${s.date}` : 'วันที่ ..........................', 'left', w[2]!),
            ],
          }),
      ),
    }),
  ];
}

function body(d: ReportDocument): (Paragraph | Table)[] {
  return [
    new Paragraph({ children: [new PageBreak()] }),
    para(d.title, { alignment: AlignmentType.CENTER, bold: true, size: 40, spacing: { after: 60 } }),
    ...d.subtitle.map((s) => para(s, { alignment: AlignmentType.CENTER, bold: true, size: 36 })),
    para('', { spacing: { after: 120 } }),
    ...table(d.summary),
    ...d.sections.flatMap((s) => [
      para(`${s.number}. ${s.title}`, { bold: true, size: 36, spacing: { before: 240, after: 80 }, keepNext: true }),
      ...s.blocks.flatMap(block),
    ]),
    ...signOffs(d),
    para(d.sourceNote, { size: 24, spacing: { before: 240 }, alignment: AlignmentType.LEFT }),
  ];
}

/** Renders the report document as DOCX bytes. */
export async function renderReportDocx(d: ReportDocument): Promise<Buffer> {
  const font = { ascii: DOCX_FONT, hAnsi: DOCX_FONT, cs: DOCX_FONT, eastAsia: DOCX_FONT };
  const doc = new Document({
    title: d.fileTitle,
    creator: d.office,
    lastModifiedBy: d.office,
    description: d.sourceNote,
    styles: {
      default: {
        document: {
          run: { font, size: BODY, sizeComplexScript: BODY, language: { value: 'th-TH', bidirectional: 'th-TH' } },
        },
      },
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: PAGE, margin: { ...MARGIN, header: 709, footer: 567 } },
        },
        headers: {
          // Thai official documents number pages from the second page, centred at the top: "- 2 -".
          default: new Header({
            children: [
              new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] }),
              ...(d.statusNote ? [para(d.statusNote, { alignment: AlignmentType.RIGHT, size: 24, bold: true })] : []),
            ],
          }),
          first: new Header({
            children: d.statusNote ? [para(d.statusNote, { alignment: AlignmentType.RIGHT, size: 24, bold: true })] : [],
          }),
        },
        footers: { default: new Footer({ children: [] }), first: new Footer({ children: [] }) },
        children: [...memo(d), ...body(d)],
      },
    ],
  });
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: FONT_TABLE }]);
}
