// A file as rows of cell text, and row validation with zod into per-row, per-column Thai errors.
import { z } from 'zod';
import { columnsOf, headerOf, matchHeaders, type DirectoryKind } from './columns';
import { cleanText } from './cell-values';
import { directoryTh } from './messages-th';

/** What the file readers (CSV, XLSX) produce: the header row and the data rows with their sheet row numbers. */
export interface RawTable {
  headers: string[];
  rows: Array<{ row: number; cells: string[] }>;
}

export interface RowError {
  /** The row number as the spreadsheet shows it (header = 1); 0 for a problem of the whole file. */
  row: number;
  column: string | null;
  header: string | null;
  value: string;
  message: string;
}

export interface ParsedRow<T> {
  row: number;
  /** Columns the file has: an absent column leaves the stored value alone, a blank cell clears it. */
  present: ReadonlySet<string>;
  value: T;
}

export const MAX_DIRECTORY_ROWS = 20_000;

/** Zod pieces that report in Thai; `header` is the column's Thai header. */
export const directoryCell = {
  text: (header: string, max: number, required: boolean) =>
    z.string().transform((raw, ctx) => {
      const v = cleanText(raw);
      if (required && v === '') ctx.addIssue({ code: 'custom', message: directoryTh.required(header) });
      else if (v.length > max) ctx.addIssue({ code: 'custom', message: directoryTh.tooLong(header, max) });
      // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
      else if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(v))
        ctx.addIssue({ code: 'custom', message: directoryTh.controlChars(header) });
      return v;
    }),
  parsed: <T>(header: string, required: boolean, parse: (v: string) => T | undefined, message: (v: string) => string) =>
    z.string().transform((raw, ctx): T | undefined => {
      const v = cleanText(raw);
      if (v === '') {
        if (required) ctx.addIssue({ code: 'custom', message: directoryTh.required(header) });
        return undefined;
      }
      const out = parse(v);
      if (out === undefined) ctx.addIssue({ code: 'custom', message: message(v) });
      return out;
    }),
};

export interface TableCheck<T> {
  rows: ParsedRow<T>[];
  errors: RowError[];
  fileErrors: string[];
  ignoredHeaders: string[];
  /** Column keys the file has. */
  presentColumns: string[];
  totalRows: number;
}

/** Header matching, then each row through the kind's zod schema; a row with any error is left out of `rows`. */
export function checkDirectoryTable<S extends z.ZodType>(kind: DirectoryKind, table: RawTable, schema: S): TableCheck<z.output<S>> {
  const match = matchHeaders(kind, table.headers);
  const fileErrors: string[] = [];
  if (table.headers.every((h) => h.trim() === '') && table.rows.length === 0) fileErrors.push(directoryTh.emptyFile);
  else if (match.missing.length > 0) fileErrors.push(directoryTh.missingColumns(match.missing));
  for (const h of match.duplicated) fileErrors.push(directoryTh.duplicateColumn(h));
  if (table.rows.length > MAX_DIRECTORY_ROWS) fileErrors.push(directoryTh.tooManyRows(MAX_DIRECTORY_ROWS));
  const present = new Set(
    columnsOf(kind)
      .map((c) => c.key)
      .filter((k) => match.indexOf[k] !== undefined),
  );
  const result: TableCheck<z.output<S>> = {
    rows: [],
    errors: [],
    fileErrors,
    ignoredHeaders: match.ignored,
    presentColumns: [...present],
    totalRows: table.rows.length,
  };
  if (fileErrors.length > 0) return result;
  for (const { row, cells } of table.rows) {
    const input: Record<string, string> = {};
    for (const key of present) input[key] = cells[match.indexOf[key]!] ?? '';
    const parsed = schema.safeParse(input);
    if (parsed.success) {
      result.rows.push({ row, present, value: parsed.data });
      continue;
    }
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const column = issue.path.length > 0 ? String(issue.path[0]) : null;
      if (column !== null && seen.has(column)) continue; // one message per cell is enough
      if (column !== null) seen.add(column);
      result.errors.push({
        row,
        column,
        header: column === null ? null : headerOf(kind, column),
        value: column === null ? '' : (input[column] ?? ''),
        message: issue.message,
      });
    }
  }
  return result;
}
