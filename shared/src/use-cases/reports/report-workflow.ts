// The report's life: generate (or regenerate) a cycle's draft from the dashboard's figures, review, approve, publish.
// Every change lands in one transaction with its audit entry.
import { AppError } from '../../errors';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { TransactionContext } from '../../ports/document-store';
import type { Repositories } from '../../store/repositories';
import { assertSupervisor, type Actor } from '../../auth/policy';
import { parseOrThrow } from '../../validation';
import type { Cycle } from '../../domain/cycle';
import type { CycleFigures } from '../../domain/cycle-figures';
import {
  reportDataQualitySchema,
  reportDocId,
  reportTitle,
  type Report,
  type ReportDataQuality,
  type ReportStatus,
  type ReportStep,
} from '../../domain/report';
import { generateReportRequestSchema } from '../../api/report-contracts';
import { cycleFigures } from '../cycle/cycle-figures';
import { loadDataQualityFigures } from '../data-quality/load-figures';
import { recordAudit } from '../audit/record-audit';
import { ACTION_RESULT, assertCanAct, reportStatusLabels, type ReportAction } from './report-rules';

export interface ReportDeps {
  repos: Repositories;
  clock: Clock;
  ids: IdGenerator;
}
/** The person acting, with the name the steps record. */
export interface ReportActor {
  actor: Actor;
  name: string;
}

const sameCycle = (a: Cycle, b: Cycle) => a.yearBE === b.yearBE && a.periodKind === b.periodKind;

/** Every version of an office's reports for one cycle (an office has a handful), newest first. */
export async function reportsOfCycle(repos: Repositories, areaId: string, cycle: Cycle): Promise<Report[]> {
  const { items } = await repos.reports.list({ where: [{ field: 'areaId', op: '==', value: areaId }], limit: 500 });
  return items.filter((r) => sameCycle(r.cycle, cycle)).sort((a, b) => b.version - a.version);
}

function audit(
  deps: ReportDeps,
  tx: TransactionContext,
  who: ReportActor,
  at: string,
  report: Report,
  action: 'create' | 'update' | 'status',
  summary: string,
  from: ReportStatus | null,
) {
  recordAudit(deps.repos, deps.ids, tx, {
    areaId: report.areaId,
    at,
    actorMemberId: who.actor.memberId,
    entity: 'report',
    entityId: report.id,
    action,
    summary: summary.slice(0, 300),
    changes: from === report.status ? [] : [{ field: 'status', from, to: report.status }],
  });
}

/**
 * The cycle's draft made from the figures as the dashboard computes them now. An unpublished report of the cycle is
 * refreshed in place (back to draft: a review of other numbers no longer holds); after publication the next version
 * starts, and the published one stays as it was.
 */
export async function generateReport(
  deps: ReportDeps,
  who: ReportActor,
  body: unknown,
  sources: { figures?: CycleFigures; dataQuality?: ReportDataQuality | null } = {},
): Promise<{ report: Report; created: boolean }> {
  const { actor } = who;
  assertSupervisor(actor);
  const { cycle } = parseOrThrow(generateReportRequestSchema, body, 'Report body');
  const now = deps.clock.now();
  const at = now.toISOString();
  const [figures, quality] = await Promise.all([
    sources.figures ?? cycleFigures(deps.repos, actor.areaId, cycle, { clock: deps.clock }),
    sources.dataQuality !== undefined ? sources.dataQuality : loadDataQualityFigures(deps.repos, actor.areaId, now),
  ]);
  // The board's figures fit the report's record (checked by the compiler), and are checked again as stored.
  const board: ReportDataQuality | null = quality;
  const dataQuality = board ? reportDataQualitySchema.parse(board) : null;
  const latest = (await reportsOfCycle(deps.repos, actor.areaId, cycle))[0] ?? null;
  const drafted: ReportStep = { memberId: actor.memberId, name: who.name, at };

  return deps.repos.store.runTransaction(async (tx) => {
    const reports = deps.repos.reports.inTx(tx);
    // Read (even when absent) every document this may write, so a concurrent generate makes this one retry.
    const first = await reports.get(reportDocId(actor.areaId, cycle, latest?.version ?? 1));
    const current = first?.status === 'published' ? await reports.get(reportDocId(actor.areaId, cycle, first.version + 1)) : first;
    if (current?.status === 'published') throw new AppError('store/conflict', `Report ${current.id} was published meanwhile`);
    if (current) {
      const next: Report = { ...current, status: 'draft', figures, dataQuality, drafted, reviewed: null, approved: null, updatedAt: at };
      reports.put(next);
      audit(deps, tx, who, at, next, 'update', `สร้างรายงานใหม่จากข้อมูลล่าสุด ฉบับที่ ${next.version} (กลับเป็นฉบับร่าง)`, current.status);
      return { report: next, created: false };
    }
    const version = (first?.version ?? 0) + 1;
    const report: Report = {
      id: reportDocId(actor.areaId, cycle, version),
      areaId: actor.areaId,
      cycle,
      version,
      title: reportTitle(figures.period.label),
      status: 'draft',
      figures,
      dataQuality,
      drafted,
      reviewed: null,
      approved: null,
      published: null,
      publicId: null,
      files: null,
      publishedToNetworkIds: [],
      previousVersionId: first?.id ?? null,
      createdAt: at,
      updatedAt: at,
    };
    reports.create(report);
    audit(deps, tx, who, at, report, 'create', `สร้างรายงานแบบที่ 3 ${figures.period.label} ฉบับที่ ${version}`, null);
    return { report, created: true };
  });
}

async function reportInTx(deps: ReportDeps, tx: TransactionContext, actor: Actor, id: string): Promise<Report> {
  const report = await deps.repos.reports.inTx(tx).get(id);
  if (!report || report.areaId !== actor.areaId) throw new AppError('report/not-found', `No report ${id}`);
  return report;
}

const STEP_FIELD: Record<ReportAction, 'reviewed' | 'approved' | 'published'> = {
  review: 'reviewed',
  approve: 'approved',
  publish: 'published',
};

/** Review or approve. Pressing the same button twice changes nothing the second time. */
export async function transitionReport(
  deps: ReportDeps,
  who: ReportActor,
  id: string,
  action: 'review' | 'approve',
): Promise<{ report: Report; changed: boolean }> {
  assertSupervisor(who.actor);
  const at = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const report = await reportInTx(deps, tx, who.actor, id);
    const step = report[STEP_FIELD[action]];
    if (report.status === ACTION_RESULT[action] && step?.memberId === who.actor.memberId) return { report, changed: false };
    assertCanAct(report, action, who.actor);
    const next: Report = {
      ...report,
      status: ACTION_RESULT[action],
      [STEP_FIELD[action]]: { memberId: who.actor.memberId, name: who.name, at },
      updatedAt: at,
    };
    deps.repos.reports.inTx(tx).put(next);
    audit(
      deps,
      tx,
      who,
      at,
      next,
      'status',
      `เปลี่ยนสถานะรายงานเป็น ${reportStatusLabels[next.status]} (ฉบับที่ ${next.version})`,
      report.status,
    );
    return { report: next, changed: true };
  });
}

/** Publishes an approved report with its files already stored; publishing again changes nothing. */
export async function publishReport(
  deps: ReportDeps,
  who: ReportActor,
  id: string,
  input: { at: string; publicId: string; files: NonNullable<Report['files']>; networkIds: string[] },
): Promise<{ report: Report; changed: boolean }> {
  assertSupervisor(who.actor);
  return deps.repos.store.runTransaction(async (tx) => {
    const report = await reportInTx(deps, tx, who.actor, id);
    if (report.status === 'published') return { report, changed: false };
    assertCanAct(report, 'publish', who.actor);
    const next: Report = {
      ...report,
      status: 'published',
      published: { memberId: who.actor.memberId, name: who.name, at: input.at },
      publicId: input.publicId,
      files: input.files,
      publishedToNetworkIds: input.networkIds,
      updatedAt: input.at,
    };
    deps.repos.reports.inTx(tx).put(next);
    audit(
      deps,
      tx,
      who,
      input.at,
      next,
      'status',
      `เผยแพร่รายงานแบบที่ 3 ฉบับที่ ${next.version} ถึง ${input.networkIds.length} เครือข่าย`,
      report.status,
    );
    return { report: next, changed: true };
  });
}
