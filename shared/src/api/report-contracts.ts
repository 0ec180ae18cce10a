// Wire contracts of the Form 3 report API: generate, view, move along the steps, publish (with its preview).
import { z } from 'zod';
import { cycleSchema } from '../domain/cycle';
import { cycleHeadlineSchema } from '../domain/cycle-figures';
import { reportFileKinds, reportStatuses, type Report } from '../domain/report';
import type { Actor } from '../auth/policy';
import { allowedActions, isSelfApproval, reportActions } from '../use-cases/reports/report-rules';
import { announcePreviewResponseSchema } from './seminar-contracts';

export const REPORT_PATHS = {
  /** GET: the office's reports, newest first; POST: generate (or regenerate) the draft of a cycle. */
  all: '/api/reports',
  one: (id: string) => `/api/reports/${encodeURIComponent(id)}`,
  file: (id: string, kind: (typeof reportFileKinds)[number]) => `/api/reports/${encodeURIComponent(id)}/files/${kind}`,
  transition: (id: string) => `/api/reports/${encodeURIComponent(id)}/transition`,
  publishPreview: (id: string) => `/api/reports/${encodeURIComponent(id)}/publish-preview`,
  publish: (id: string) => `/api/reports/${encodeURIComponent(id)}/publish`,
  /** The public, read-only page of a published report (no sign-in). */
  publicPage: (publicId: string) => `/reports/${encodeURIComponent(publicId)}`,
  publicPdf: (publicId: string) => `/reports/${encodeURIComponent(publicId)}.pdf`,
} as const;

export const generateReportRequestSchema = z.object({ cycle: cycleSchema });
export type GenerateReportRequest = z.infer<typeof generateReportRequestSchema>;

export const transitionReportRequestSchema = z.object({ action: z.enum(['review', 'approve']) });
export type TransitionReportRequest = z.infer<typeof transitionReportRequestSchema>;

export const publishReportRequestSchema = z.object({
  /** The networks whose members get the summary card; none = only the public page. */
  networkIds: z.array(z.string().min(1).max(200)).max(100, 'เลือกได้ไม่เกิน 100 เครือข่ายต่อครั้ง').default([]),
});
export type PublishReportRequest = z.input<typeof publishReportRequestSchema>;

const stepViewSchema = z.object({ name: z.string(), at: z.string() });

export const reportViewSchema = z.object({
  id: z.string(),
  cycle: cycleSchema,
  periodLabel: z.string(),
  version: z.number(),
  title: z.string(),
  status: z.enum(reportStatuses),
  steps: z.object({
    drafted: stepViewSchema,
    reviewed: stepViewSchema.nullable(),
    approved: stepViewSchema.nullable(),
    published: stepViewSchema.nullable(),
  }),
  /** When the figures were computed. */
  generatedAt: z.string(),
  headline: cycleHeadlineSchema,
  /** The work standard's three percentages, when the data-quality board had them. */
  dataQuality: z.object({ accurate: z.number(), complete: z.number(), current: z.number() }).nullable(),
  /** The public page's path once published. */
  publicPath: z.string().nullable(),
  publishedToNetworkIds: z.array(z.string()),
  /** What this person may do now. */
  actions: z.array(z.enum(reportActions)),
  /** True when approving is refused only because this person drafted the figures. */
  ownDraft: z.boolean(),
});
export type ReportView = z.infer<typeof reportViewSchema>;

export const reportListResponseSchema = z.object({ reports: z.array(reportViewSchema) });
export type ReportListResponse = z.infer<typeof reportListResponseSchema>;
export const reportResponseSchema = z.object({ report: reportViewSchema, changed: z.boolean() });
export type ReportResponse = z.infer<typeof reportResponseSchema>;
/** Publishing: the report and, like an announcement, who the card went to and what it cost (`created: false` = sent before). */
export const publishReportResponseSchema = announcePreviewResponseSchema
  .extend(reportResponseSchema.shape)
  .extend({ created: z.boolean() });
export type PublishReportResponse = z.infer<typeof publishReportResponseSchema>;

const step = (s: { name: string; at: string } | null) => (s ? { name: s.name, at: s.at } : null);

export function toReportView(r: Report, actor: Actor): ReportView {
  return {
    id: r.id,
    cycle: r.cycle,
    periodLabel: r.figures.period.label,
    version: r.version,
    title: r.title,
    status: r.status,
    steps: { drafted: step(r.drafted)!, reviewed: step(r.reviewed), approved: step(r.approved), published: step(r.published) },
    generatedAt: r.figures.generatedAt,
    headline: r.figures.headline,
    dataQuality: r.dataQuality
      ? { accurate: r.dataQuality.accurate.percent, complete: r.dataQuality.complete.percent, current: r.dataQuality.current.percent }
      : null,
    publicPath: r.publicId ? REPORT_PATHS.publicPage(r.publicId) : null,
    publishedToNetworkIds: r.publishedToNetworkIds,
    actions: allowedActions(r, actor),
    ownDraft: r.status === 'reviewed' && isSelfApproval(r, actor),
  };
}
