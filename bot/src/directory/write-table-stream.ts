// writeTable's streaming twin for large exports: the same CSV (UTF-8 with a BOM) and XLSX (frozen bold Thai header,
// text-typed code columns), written to a stream a batch of rows at a time so the whole table never sits in memory.
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { stringify } from 'csv-stringify/sync';
import type { ColumnDef, DirectoryFileFormat } from '@nithet/shared';
import { loadExcel } from './load-excel';

type Columns = readonly Pick<ColumnDef, 'key' | 'header' | 'text'>[];

export interface TableStream {
  /** Writes rows, waiting while the stream is full (a slow download holds the reading back, not memory). */
  addRows(rows: ReadonlyArray<Record<string, string>>): Promise<void>;
  /** Finishes the file (for XLSX: the zip's directory) and ends the stream. */
  end(): Promise<void>;
}

/** A stream's buffer is full (also for the older stream class inside exceljs's zip, which lacks writableNeedDrain). */
const full = (s: Writable) =>
  s.writableNeedDrain ?? (s as unknown as { _writableState?: { needDrain?: boolean } })._writableState?.needDrain === true;

/** Waits until `sink` takes more; fails when `out` closes first (the person cancelled the download). */
async function drained(out: Writable, sink: Writable = out): Promise<void> {
  if (out.destroyed) throw new Error('The download was closed before it ended');
  if (!full(sink)) return;
  const stop = new AbortController();
  try {
    await Promise.race([
      once(sink, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }).then(() => {
        throw new Error('The download was closed before it ended');
      }),
    ]);
  } finally {
    stop.abort();
  }
}

async function writeCsv(out: Writable, text: string | Buffer): Promise<void> {
  out.write(text);
  await drained(out);
}

function csvTable(out: Writable, columns: Columns): TableStream {
  const line = (cells: string[][]) => stringify(cells, { record_delimiter: '\r\n' });
  let started = false;
  const start = async () => {
    if (started) return;
    started = true;
    await writeCsv(out, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(line([columns.map((c) => c.header)]), 'utf8')]));
  };
  return {
    async addRows(rows) {
      await start();
      if (rows.length) await writeCsv(out, line(rows.map((r) => columns.map((c) => r[c.key] ?? ''))));
    },
    async end() {
      await start();
      out.end();
      await finished(out, { readable: false });
    },
  };
}

async function xlsxTable(out: Writable, sheet: string, columns: Columns): Promise<TableStream> {
  const Excel = await loadExcel();
  const workbook = new Excel.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'Nithet';
  const worksheet = workbook.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.key,
    width: Math.max(12, c.header.length + 4),
    // Codes and phone numbers as text: a number cell would lose the leading 0.
    ...(c.text ? { style: { numFmt: '@' } } : {}),
  }));
  const header = worksheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  // Committed rows go into the sheet's entry of the zip, which exceljs feeds without waiting for the compressor: the
  // writer waits on that entry itself, or a fast reader (SQLite answers at once) would pile the sheet up in memory.
  const sheetEntry = (worksheet as unknown as { stream?: { pipes?: Writable[] } }).stream?.pipes?.[0];
  return {
    async addRows(rows) {
      for (const [i, r] of rows.entries()) {
        worksheet.addRow(Object.fromEntries(columns.map((c) => [c.key, r[c.key] ?? '']))).commit();
        if (i % 100 === 99) await (sheetEntry ? drained(out, sheetEntry) : new Promise((go) => setImmediate(go)));
      }
      if (sheetEntry) await drained(out, sheetEntry);
      await drained(out);
    },
    async end() {
      worksheet.commit();
      // A download closed early would leave the zip waiting forever: `finished` fails then, and so does the export.
      await Promise.all([workbook.commit(), finished(out, { readable: false })]);
    },
  };
}

/** Opens a table on `out`: the header is written at once (CSV) or with the first rows (XLSX). */
export async function openTableStream(format: DirectoryFileFormat, sheet: string, columns: Columns, out: Writable): Promise<TableStream> {
  return format === 'csv' ? csvTable(out, columns) : xlsxTable(out, sheet, columns);
}
