// Export files: CSV in UTF-8 with a BOM (so Excel shows Thai) and XLSX with Thai headers and text-typed code cells.
import { loadExcel } from './load-excel';
import { stringify } from 'csv-stringify/sync';
import type { ColumnDef, DirectoryFileFormat, DirectoryKind } from '@nithet/shared';

const SHEET_NAME: Record<DirectoryKind, string> = { schools: 'โรงเรียน', members: 'บุคลากร' };
export const EXPORT_FILE_TITLE: Record<DirectoryKind, string> = { schools: 'ทะเบียนโรงเรียน', members: 'ทะเบียนบุคลากร' };

/** A table as CSV or XLSX; `sheet` names the worksheet (a directory kind, or any Thai name). */
export async function writeTable(
  format: DirectoryFileFormat,
  sheet: DirectoryKind | string,
  columns: readonly Pick<ColumnDef, 'key' | 'header' | 'text'>[],
  rows: ReadonlyArray<Record<string, string>>,
): Promise<Buffer> {
  if (format === 'csv') {
    const body = stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => r[c.key] ?? ''))], {
      record_delimiter: '\r\n',
    });
    return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(body, 'utf8')]);
  }
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = 'Nithet';
  const name = sheet in SHEET_NAME ? SHEET_NAME[sheet as DirectoryKind] : sheet;
  const worksheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length + 4),
    // Codes and phone numbers as text: a number cell would lose the leading 0.
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const r of rows) worksheet.addRow(Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? ''])));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `attachment` with an ASCII fallback and the Thai name per RFC 6266 / 5987. */
export function attachmentDisposition(asciiName: string, thaiName: string): string {
  return `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(thaiName)}`;
}

export function contentDisposition(kind: DirectoryKind, format: DirectoryFileFormat, date: string): string {
  return attachmentDisposition(`directory-${kind}-${date}.${format}`, `${EXPORT_FILE_TITLE[kind]}-${date}.${format}`);
}
