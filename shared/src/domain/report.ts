// The Form 3 report (step 7): a frozen snapshot of the cycle's figures that goes draft → reviewed → approved → published.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';
import { cycleKey, cycleSchema, type Cycle } from './cycle';
import { cycleFiguresSchema } from './cycle-figures';

/** The manual's Form 3 title, as printed on the report. */
export const FORM3_TITLE = 'แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน';

export const reportStatuses = ['draft', 'reviewed', 'approved', 'published'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportFileKinds = ['docx', 'pdf', 'xlsx'] as const;
export type ReportFileKind = (typeof reportFileKinds)[number];

/** Who took a step and when (the name as it was then, for the sign-off and the LIFF steps). */
export const reportStepSchema = z.object({ memberId: z.string(), name: thaiText(200), at: isoDateTime });
export type ReportStep = z.infer<typeof reportStepSchema>;

const qualityFigureSchema = z.object({
  percent: z.number(),
  total: z.number().int().min(0),
  good: z.number().int().min(0),
  problems: z.number().int().min(0),
});

/** The work standard's three figures (accurate, complete, current) as the data-quality board computed them. */
export const reportDataQualitySchema = z.object({
  asOf: isoDateTime,
  buddhistYear: z.number().int(),
  accurate: qualityFigureSchema.extend({
    validationFailures: z.number().int().min(0),
    /** Duplicates found, by kind (members with the same name and school, schools, networks, …). */
    duplicates: z.record(z.string(), z.number().int().min(0)),
  }),
  complete: qualityFigureSchema.extend({
    missingProfiles: z.number().int().min(0),
    expectedResponses: z.number().int().min(0),
    missingResponses: z.number().int().min(0),
  }),
  current: qualityFigureSchema.extend({
    staleProfiles: z.number().int().min(0),
    networksNotUpdated: z.number().int().min(0),
  }),
});
export type ReportDataQuality = z.infer<typeof reportDataQualitySchema>;

/** A generated file kept once the report is published (the bytes live in file storage under `key`). */
export const storedReportFileSchema = z.object({
  key: z.string().min(1).max(300),
  contentType: z.string(),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type StoredReportFile = z.infer<typeof storedReportFileSchema>;

export const reportSchema = z.object({
  /** `${areaId}:${yearBE}-${periodKind}:v${version}`: one record per office, cycle and version. */
  id: z.string(),
  areaId,
  cycle: cycleSchema,
  /** 1 for the first draft of a cycle; regenerating after publication starts the next version. */
  version: z.number().int().min(1),
  title: thaiText(300).min(1),
  status: z.enum(reportStatuses),
  /** The numbers the files are made from: the dashboard's figures when the draft was (re)generated. */
  figures: cycleFiguresSchema,
  /** The data-quality board's three figures at the same moment; null when the board had none. */
  dataQuality: reportDataQualitySchema.nullable(),
  /** Whoever generated these figures: the author, whom the approval rule compares with the approver. */
  drafted: reportStepSchema,
  reviewed: reportStepSchema.nullable(),
  approved: reportStepSchema.nullable(),
  published: reportStepSchema.nullable(),
  /** Unguessable id of the public page (`/reports/:publicId`), set on publication. */
  publicId: z.string().nullable(),
  /** The files as published (frozen); null before publication. */
  files: z.object({ docx: storedReportFileSchema, pdf: storedReportFileSchema, xlsx: storedReportFileSchema }).nullable(),
  /** The networks the summary card went to on publication. */
  publishedToNetworkIds: z.array(z.string()).default([]),
  /** The published version this one follows (regenerated after publication). */
  previousVersionId: z.string().nullable(),
  ...auditFields,
});
export type Report = z.infer<typeof reportSchema>;

export const reportDocId = (area: string, cycle: Cycle, version: number): string => `${area}:${cycleKey(cycle)}:v${version}`;

/** The title for a cycle, e.g. "แบบรายงานผลการพัฒนาระบบการนิเทศและจัดการเรียนการสอน ปีการศึกษา 2570". */
export const reportTitle = (periodLabel: string): string => `${FORM3_TITLE} ${periodLabel}`;
