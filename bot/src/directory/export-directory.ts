// Export of the office's schools or people as a CSV or XLSX download.
import {
  DIRECTORY_MIME,
  memberColumns,
  peopleExportRows,
  schoolColumns,
  schoolExportRows,
  type DirectoryFileFormat,
  type DirectoryKind,
} from '@nithet/shared';
import { listArea, rosterRepository, type DirectoryDeps } from './directory-service';
import { contentDisposition, writeTable } from './write-table';

export interface ExportFile {
  bytes: Buffer;
  contentType: string;
  disposition: string;
}

export async function exportDirectory(
  deps: DirectoryDeps,
  areaId: string,
  kind: DirectoryKind,
  format: DirectoryFileFormat,
): Promise<ExportFile> {
  let bytes: Buffer;
  if (kind === 'schools') {
    bytes = await writeTable(format, kind, schoolColumns, schoolExportRows(await listArea(deps.repos.schools, areaId), areaId));
  } else {
    const [members, roster] = await Promise.all([
      listArea(deps.repos.members, areaId),
      listArea(rosterRepository(deps.repos.store), areaId),
    ]);
    bytes = await writeTable(format, kind, memberColumns, peopleExportRows(members, roster, areaId));
  }
  const date = deps.clock.now().toISOString().slice(0, 10);
  const contentType = format === 'csv' ? `${DIRECTORY_MIME.csv}; charset=utf-8` : DIRECTORY_MIME.xlsx;
  return { bytes, contentType, disposition: contentDisposition(kind, format, date) };
}
