// A report's three files: rendered from its frozen figures while it is unpublished, stored once at publication and
// served from storage after that (a published report never changes, even if the renderers do).
import { createHash } from 'node:crypto';
import { AppError, cycleKey, type Report, type ReportFileKind, type ReportStep, type StoredReportFile } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { form3Document, type ReportWorkflow } from './form3-document';

export const REPORT_CONTENT_TYPES: Record<ReportFileKind, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

const workflowOf = (r: Report, published: ReportStep | null = r.published): ReportWorkflow => ({
  status: published ? 'published' : r.status,
  version: r.version,
  drafted: r.drafted,
  reviewed: r.reviewed,
  approved: r.approved,
  published,
});

/** Renders one file of the report (the writers are loaded on first use: they bring pdfkit, docx, exceljs, canvas). */
export async function renderReportFile(
  r: Report,
  kind: ReportFileKind,
  options: { names?: boolean; published?: ReportStep | null } = {},
): Promise<Buffer> {
  const workflow = workflowOf(r, options.published === undefined ? r.published : options.published);
  if (kind === 'xlsx') {
    const { renderReportXlsx } = await import('./xlsx-writer');
    return renderReportXlsx(r.figures, r.dataQuality, { workflow, names: options.names ?? false });
  }
  const doc = form3Document(r.figures, r.dataQuality, { name: r.figures.office.name }, workflow);
  if (kind === 'pdf') return (await import('./pdf-writer')).renderReportPdf(doc);
  return (await import('./docx-writer')).renderReportDocx(doc);
}

/** Storage keys are built from ids only: office / cycle-version / public id. */
const keyOf = (r: Report, publicId: string, kind: ReportFileKind) =>
  `reports/${r.areaId}/${cycleKey(r.cycle)}-v${r.version}/${publicId}.${kind}`;

/** Renders the three files as published (with the publishing step) and stores them; returns what the record keeps. */
export async function storePublishedFiles(
  deps: BotDeps,
  r: Report,
  publicId: string,
  published: ReportStep,
): Promise<NonNullable<Report['files']>> {
  const store = async (kind: ReportFileKind): Promise<StoredReportFile> => {
    const bytes = await renderReportFile(r, kind, { published });
    const key = keyOf(r, publicId, kind);
    await deps.files.put(key, bytes, { contentType: REPORT_CONTENT_TYPES[kind] });
    return { key, contentType: REPORT_CONTENT_TYPES[kind], bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
  };
  // One after another: each file holds its renderer's memory only while it is made.
  const pdf = await store('pdf');
  const docx = await store('docx');
  const xlsx = await store('xlsx');
  return { pdf, docx, xlsx };
}

/** The published bytes, checked against the hash recorded at publication. */
export async function readPublishedFile(deps: BotDeps, r: Report, kind: ReportFileKind): Promise<Buffer> {
  const file = r.files?.[kind];
  const bytes = file ? await deps.files.getBytes(file.key) : null;
  if (!file || !bytes) throw new AppError('report/not-found', `Published file ${kind} of ${r.id} is missing`);
  const buffer = Buffer.from(bytes);
  if (createHash('sha256').update(buffer).digest('hex') !== file.sha256)
    throw new AppError('internal/unexpected', `Published file ${kind} of ${r.id} does not match its hash`);
  return buffer;
}

/** The file as a person downloads it: stored bytes once published (names on request re-render only the XLSX). */
export async function reportFileFor(deps: BotDeps, r: Report, kind: ReportFileKind, names = false): Promise<Buffer> {
  if (r.status === 'published' && !(kind === 'xlsx' && names)) return readPublishedFile(deps, r, kind);
  return renderReportFile(r, kind, { names });
}

/** "form3-2570-academic-v1.pdf" and its Thai name for the download. */
export function reportFileNames(r: Report, kind: ReportFileKind): { ascii: string; thai: string } {
  const suffix = `${cycleKey(r.cycle)}-v${r.version}`;
  const thai =
    kind === 'xlsx'
      ? `ภาคผนวกแบบรายงาน-${r.figures.period.label}-ฉบับที่${r.version}`
      : `แบบรายงานผลการพัฒนาระบบการนิเทศ-${r.figures.period.label}-ฉบับที่${r.version}`;
  return { ascii: `form3-${suffix}${kind === 'xlsx' ? '-appendix' : ''}.${kind}`, thai: `${thai.replace(/\s+/g, '')}.${kind}` };
}
