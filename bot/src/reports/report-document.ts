// The report as a document, independent of file format: a memo cover, numbered sections of paragraphs, lists,
// tables and bar charts, and the sign-off. The DOCX, PDF and public page writers all read this one model.

export type Align = 'left' | 'center' | 'right';

export interface TableBlock {
  kind: 'table';
  /** "ตารางที่ 3 เครือข่ายการนิเทศจำแนกตามประเภท" (numbered by the builder). */
  caption: string;
  header: string[];
  rows: string[][];
  /** A bold last row (totals), when there is one. */
  total?: string[];
  align: Align[];
  /** Relative column widths (any unit; writers scale them to the text width). */
  widths: number[];
}

export interface ChartBar {
  label: string;
  value: number;
  /** The value as printed beside the bar ("1,234", "4.25"). */
  display: string;
}

export interface BarChartBlock {
  kind: 'chart';
  /** "แผนภูมิที่ 1 …" */
  caption: string;
  /** What the values count, under the chart ("จำนวนผู้ตอบ (คน)"). */
  unit: string;
  bars: ChartBar[];
  /** The axis maximum (e.g. 5 for a 1–5 score); the largest bar otherwise. */
  max?: number;
}

export type Block =
  | { kind: 'paragraph'; text: string; /** First-line indent, as Thai official prose is set. */ indent?: boolean }
  | { kind: 'subheading'; text: string }
  | { kind: 'bullets'; items: string[] }
  | TableBlock
  | BarChartBlock;

export interface ReportSection {
  /** "1" … "7". */
  number: string;
  title: string;
  blocks: Block[];
}

/** The cover: a Thai government memo (บันทึกข้อความ). */
export interface MemoCover {
  /** ส่วนราชการ */
  department: string;
  /** ที่ (the registry number, left for the office to fill in) */
  refNo: string;
  /** วันที่, already in Thai (พ.ศ.) */
  date: string;
  /** เรื่อง */
  subject: string;
  /** เรียน */
  to: string;
  paragraphs: string[];
  closing: string;
  signer: { name: string; position: string };
}

export interface SignOff {
  /** "ผู้จัดทำรายงาน", "ผู้ตรวจทาน", "ผู้อนุมัติ" */
  role: string;
  /** Empty until the step is taken. */
  name: string;
  date: string;
}

export interface ReportDocument {
  /** The file's title (PDF info, DOCX core properties). */
  fileTitle: string;
  office: string;
  memo: MemoCover;
  /** The Form 3 title page: title, subtitle lines. */
  title: string;
  subtitle: string[];
  /** Printed in every page header while the report is not published ("ฉบับร่าง …"); empty once published. */
  statusNote: string;
  /** The headline table before section 1. */
  summary: TableBlock;
  sections: ReportSection[];
  signOffs: SignOff[];
  /** The last line: where the figures came from and when. */
  sourceNote: string;
  /** ISO time the figures were computed (PDF creation date: the same report renders to the same bytes). */
  generatedAt: string;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** Counts as printed in the report: Arabic digits with thousands separators ("4,000"). */
export const fmtCount = (n: number): string => integer.format(n);
/** A 1–5 score with two decimals, or a dash when there is none. */
export const fmtScore = (n: number | null): string => (n === null ? '–' : n.toFixed(2));
/** A percentage with one decimal ("87.5%"). */
export const fmtPercent = (n: number): string => `${n.toFixed(1)}%`;
/** Baht with thousands separators and no satang ("125,000 บาท"). */
export const fmtBaht = (n: number): string => `${integer.format(Math.round(n))} บาท`;
