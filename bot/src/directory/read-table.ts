// Uploaded bytes → a RawTable: XLSX (exceljs) or CSV (csv-parse), recognised by content, not by the client's word.
import type ExcelJS from 'exceljs';
import { loadExcel } from './load-excel';
import { parse } from 'csv-parse/sync';
import { AppError, directoryTh, matchHeaders, type DirectoryKind, type RawTable } from '@nithet/shared';

export type SniffedFormat = 'xlsx' | 'csv' | 'xls' | 'binary';

/** A zip (XLSX) starts with PK\3\4, an old Excel file with the OLE signature; NUL bytes mean some other binary. */
export function sniffFormat(bytes: Uint8Array): SniffedFormat {
  const [a, b, c, d] = bytes;
  if (a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04) return 'xlsx';
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) return 'xls';
  return bytes.subarray(0, 4096).includes(0) ? 'binary' : 'csv';
}

const unreadable = (cause?: unknown, thai: string = directoryTh.unreadable) =>
  new AppError('directory/unreadable-file', 'Uploaded directory file could not be read', { cause, thai });

export async function readTable(bytes: Buffer, kind: DirectoryKind): Promise<{ format: 'xlsx' | 'csv'; table: RawTable }> {
  const format = sniffFormat(bytes);
  if (format === 'xls') throw unreadable(undefined, directoryTh.legacyXls);
  if (format === 'binary' || bytes.length === 0) throw unreadable();
  return format === 'xlsx' ? { format, table: await readXlsx(bytes, kind) } : { format, table: readCsv(bytes) };
}

/** Sheet rows → table rows: the first non-empty row is the header; blank rows are skipped but keep their numbers. */
function toTable(rows: Array<{ row: number; cells: string[] }>): RawTable {
  const filled = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  const [header, ...data] = filled;
  return { headers: header?.cells.map((c) => c.trim()) ?? [], rows: data };
}

// ---- CSV ----

/** UTF-8 (with or without BOM); Thai Excel's "CSV" without UTF-8 is Windows-874 (TIS-620), so fall back to it. */
function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-874').decode(bytes);
  }
}

function readCsv(bytes: Buffer): RawTable {
  const text = decode(bytes);
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) => (firstLine.split(d).length > firstLine.split(best).length ? d : best), ',');
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: true }) as string[][];
  } catch (cause) {
    throw unreadable(cause);
  }
  return toTable(records.map((cells, i) => ({ row: i + 1, cells })));
}

// ---- XLSX ----

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return String(value.text);
  return ''; // error values (#N/A) read as blank
}

function sheetRows(sheet: ExcelJS.Worksheet): Array<{ row: number; cells: string[] }> {
  const rows: Array<{ row: number; cells: string[] }> = [];
  const width = sheet.columnCount;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= width; col++) cells.push(cellText(row.getCell(col).value));
    rows.push({ row: rowNumber, cells });
  });
  return rows;
}

/** A workbook may hold both lists (one sheet each): take the first sheet whose headers fit this kind. */
async function readXlsx(bytes: Buffer, kind: DirectoryKind): Promise<RawTable> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (cause) {
    throw unreadable(cause);
  }
  const tables = workbook.worksheets.map((sheet) => toTable(sheetRows(sheet)));
  const fits = tables.find((t) => t.headers.length > 0 && matchHeaders(kind, t.headers).missing.length === 0);
  return fits ?? tables[0] ?? { headers: [], rows: [] };
}
