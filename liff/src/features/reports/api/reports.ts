// The Form 3 report API from LIFF: list, one report, generate a cycle's draft, review/approve, publish (preview first),
// and the files fetched with the ID token (a plain link would carry none) and saved under a Thai name.
import {
  REPORT_PATHS,
  announcePreviewResponseSchema,
  publishReportResponseSchema,
  reportListResponseSchema,
  reportResponseSchema,
  type AnnouncePreviewResponse,
  type Cycle,
  type PublishReportResponse,
  type ReportFileKind,
  type ReportResponse,
  type ReportView,
} from '@nithet/shared';
import { apiDownload, apiRequest } from '../../../lib/api-client';
import { saveBlob } from '../../../lib/save-file';

export async function getReports(signal?: AbortSignal): Promise<ReportView[]> {
  return (await apiRequest(REPORT_PATHS.all, reportListResponseSchema, { signal })).reports;
}

export async function getReport(id: string, signal?: AbortSignal): Promise<ReportView> {
  return (await apiRequest(REPORT_PATHS.one(id), reportResponseSchema, { signal })).report;
}

/** Computing the figures and storing them can take a few seconds for a large office. */
export const generateReport = (cycle: Cycle): Promise<ReportResponse> =>
  apiRequest(REPORT_PATHS.all, reportResponseSchema, { method: 'POST', body: { cycle }, timeoutMs: 60_000 });

export const transitionReport = (id: string, action: 'review' | 'approve'): Promise<ReportResponse> =>
  apiRequest(REPORT_PATHS.transition(id), reportResponseSchema, { method: 'POST', body: { action } });

export const previewPublish = (id: string, networkIds: readonly string[]): Promise<AnnouncePreviewResponse> =>
  apiRequest(REPORT_PATHS.publishPreview(id), announcePreviewResponseSchema, { method: 'POST', body: { networkIds } });

/** Publishing stores the three files first: give it time on a slow line. */
export const publishReport = (id: string, networkIds: readonly string[]): Promise<PublishReportResponse> =>
  apiRequest(REPORT_PATHS.publish(id), publishReportResponseSchema, { method: 'POST', body: { networkIds }, timeoutMs: 90_000 });

export async function downloadReportFile(id: string, kind: ReportFileKind, fileName: string, names = false): Promise<string> {
  saveBlob(await apiDownload(`${REPORT_PATHS.file(id, kind)}${names ? '?names=1' : ''}`, { timeoutMs: 90_000 }), fileName);
  return fileName;
}
