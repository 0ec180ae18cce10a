// Sending a published report's summary card to the chosen networks: the same preview (count, quota, quiet hours)
// and the same outbox send as seminar announcements, once per report.
import { AppError, resolveAudience, type AnnouncePreviewResponse, type Report } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { assertPushWithinQuota, previewOfficePush, sendOfficePush, type OfficePush } from '../notify/office-push';
import { reportSummaryCard } from './report-card';

const REASON = 'report';

/** Members of the chosen networks (active, registered); the networks must be the office's own and active. */
export async function reportRecipients(deps: BotDeps, areaId: string, networkIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(networkIds)];
  if (ids.length === 0) return [];
  const networks = await deps.repos.networks.getMany(ids);
  if (networks.some((n) => !n || n.areaId !== areaId || n.status !== 'active'))
    throw new AppError('network/not-found', `Unknown or archived network among ${ids.join(',')}`, {
      thai: 'ไม่พบเครือข่ายที่เลือกบางเครือข่าย (อาจถูกเก็บถาวรแล้ว) กรุณาเลือกใหม่ค่ะ',
    });
  return resolveAudience(deps.repos, { areaId, audience: { networkIds: ids, levels: [], schoolCodes: [] } });
}

async function push(deps: BotDeps, report: Report, networkIds: readonly string[], publicUrl: string): Promise<OfficePush> {
  return {
    areaId: report.areaId,
    memberIds: await reportRecipients(deps, report.areaId, networkIds),
    messages: [reportSummaryCard(report, publicUrl)],
  };
}

/** Who would get the card and what it costs, before anything is published. */
export async function previewReportCard(
  deps: BotDeps,
  report: Report,
  networkIds: readonly string[],
  publicUrl: string,
): Promise<AnnouncePreviewResponse> {
  return previewOfficePush(deps, await push(deps, report, networkIds, publicUrl));
}

/** Refuses (409, Thai) a card that would pass this month's quota, before the report is published. */
export async function assertReportCardWithinQuota(
  deps: BotDeps,
  report: Report,
  networkIds: readonly string[],
  publicUrl: string,
): Promise<void> {
  await assertPushWithinQuota(deps, await push(deps, report, networkIds, publicUrl), `Publishing ${report.id}`);
}

/** Queues one card per recipient; the key is the report's, so publishing twice never sends twice. */
export async function sendReportCard(
  deps: BotDeps,
  report: Report,
  publicUrl: string,
): Promise<AnnouncePreviewResponse & { created: boolean }> {
  return sendOfficePush(deps, {
    ...(await push(deps, report, report.publishedToNetworkIds, publicUrl)),
    reason: REASON,
    dedupeKey: `report:${report.id}:published`,
  });
}
