// Test helpers for the directory API: build CSV and XLSX files and call the endpoints as a person.
import ExcelJS from 'exceljs';
import type { LocalStack } from '../../src/local/local-stack';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_TYPE = 'text/csv';

export const csvOf = (rows: string[][], bom = true): Buffer =>
  Buffer.from(
    (bom ? '\uFEFF' : '') + rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n'),
  );

export async function xlsxOf(sheets: Record<string, string[][]>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readXlsx(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
  return rows;
}

export function directoryClient(stack: LocalStack, userId: string) {
  const token = () => stack.platform.mintIdToken(userId);
  return {
    async send(kind: 'schools' | 'members', action: 'preview' | 'import', body: Buffer, type: string, query = '') {
      const res = await fetch(`${stack.botUrl}/api/directory/${kind}/${action}${query}`, {
        method: 'POST',
        headers: { 'content-type': type, authorization: `Bearer ${token()}` },
        body: new Uint8Array(body),
      });
      return { status: res.status, json: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
    },
    async download(kind: 'schools' | 'members', format: 'csv' | 'xlsx') {
      const res = await fetch(`${stack.botUrl}/api/directory/${kind}/export?format=${format}`, {
        headers: { authorization: `Bearer ${token()}` },
      });
      return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
    },
  };
}
