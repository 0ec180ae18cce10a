// GET /api/form-rounds/:id/export (staff): the answers as XLSX or CSV, fetched with the ID token (a plain link would
// carry none) and saved from a Blob; names and LINE ids only when asked for (never for anonymous rounds).
import { FORM_PATHS } from '@nithet/shared';
import { apiDownload } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/save-file';

export type ExportFormat = 'xlsx' | 'csv';

export const exportPath = (id: string, format: ExportFormat, names: boolean) =>
  `${FORM_PATHS.one(id)}/export?format=${format}${names ? '&names=1' : ''}`;

export async function downloadRoundExport(id: string, format: ExportFormat, names: boolean, fileName: string): Promise<string> {
  saveBlob(await apiDownload(exportPath(id, format, names), { timeoutMs: 60_000 }), fileName);
  return fileName;
}
