// Reading reports: the office's list and one report for its supervisors, and a published one by its public id.
import { AppError } from '../../errors';
import type { Repositories } from '../../store/repositories';
import { assertSupervisor, type Actor } from '../../auth/policy';
import type { Report } from '../../domain/report';

/** The office's reports, the newest cycle and version first. */
export async function listReports(repos: Repositories, actor: Actor): Promise<Report[]> {
  assertSupervisor(actor);
  const { items } = await repos.reports.list({ where: [{ field: 'areaId', op: '==', value: actor.areaId }], limit: 500 });
  return items.sort((a, b) => b.cycle.yearBE - a.cycle.yearBE || b.updatedAt.localeCompare(a.updatedAt) || b.version - a.version);
}

/** One report of the actor's office (another office's report is "not found"). */
export async function reportForSupervisor(repos: Repositories, actor: Actor, id: string): Promise<Report> {
  assertSupervisor(actor);
  const report = await repos.reports.get(id);
  if (!report || report.areaId !== actor.areaId) throw new AppError('report/not-found', `No report ${id}`);
  return report;
}

/** A published report by the public id of its page; null for anything else (drafts are never public). */
export async function publishedReportByPublicId(repos: Repositories, publicId: string): Promise<Report | null> {
  const { items } = await repos.reports.list({ where: [{ field: 'publicId', op: '==', value: publicId }], limit: 1 });
  const report = items[0];
  return report && report.status === 'published' ? report : null;
}
