// Wire contracts of form rounds: staff create and open rounds; members fill them (drafts, idempotent submit).
import { z } from 'zod';
import { isoDateTime } from '../domain/common';
import { formRoundAudienceSchema, formRoundStatuses, type FormRound } from '../domain/form-rounds';
import { answersSchema, formDefinitionSchema } from '../forms/definition';
import type { FormSummary } from '../forms/summary';
import { announcePreviewResponseSchema } from './seminar-contracts';

const seg = (id: string) => encodeURIComponent(id);

export const FORM_PATHS = {
  /** GET (staff): the office's form templates (latest versions). */
  templates: '/api/form-templates',
  /** GET (staff): a template's newest version; PUT (supervisor): the builder's edits (a new version once answered). */
  template: (templateId: string) => `/api/form-templates/${seg(templateId)}`,
  /** POST (supervisor) { newId, title? }: an own copy at version 1. */
  clone: (templateId: string) => `/api/form-templates/${seg(templateId)}/clone`,
  /** GET (staff): the office's rounds; POST (staff): create a round as a draft. */
  rounds: '/api/form-rounds',
  /** GET: open rounds meant for me, with whether I answered. */
  mine: '/api/form-rounds/mine',
  /** GET (member): the round to fill: definition, my draft, my answer, prefill. */
  one: (id: string) => `/api/form-rounds/${seg(id)}`,
  /** PUT (member): save my draft (partial answers). */
  draft: (id: string) => `/api/form-rounds/${seg(id)}/draft`,
  /** POST (member): submit or edit my answers until the round closes. */
  responses: (id: string) => `/api/form-rounds/${seg(id)}/responses`,
  /** GET (staff): who it reaches and what it costs; POST: open it and send the card. */
  openPreview: (id: string) => `/api/form-rounds/${seg(id)}/open-preview`,
  open: (id: string) => `/api/form-rounds/${seg(id)}/open`,
  /** GET (staff): response rate and per-question summary (?school=…, ?level=…, ?network=…). */
  summary: (id: string) => `/api/form-rounds/${seg(id)}/summary`,
  /** POST (staff): remind everyone who has not answered (at most once a Bangkok day each). */
  nudges: (id: string) => `/api/form-rounds/${seg(id)}/nudges`,
  /** GET (staff) ?after=…: the next page of who has not answered (the summary holds the first). */
  notAnswered: (id: string, after: string) => `/api/form-rounds/${seg(id)}/not-answered?after=${encodeURIComponent(after)}`,
} as const;

export const createRoundRequestSchema = z.object({
  title: z.string().trim().min(1).max(200),
  templateId: z.string().min(1).max(60),
  audience: formRoundAudienceSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  anonymous: z.boolean().default(false),
});
export type CreateRoundRequest = z.input<typeof createRoundRequestSchema>;

export const roundViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  templateId: z.string(),
  templateVersion: z.number(),
  audience: formRoundAudienceSchema,
  opensAt: z.string(),
  closesAt: z.string(),
  anonymous: z.boolean(),
  status: z.enum(formRoundStatuses),
  responseCount: z.number(),
  /** People the round is for (staff lists only). */
  audienceSize: z.number().optional(),
});
export type RoundView = z.infer<typeof roundViewSchema>;

export const toRoundView = (r: FormRound): RoundView => ({
  id: r.id,
  title: r.title,
  templateId: r.templateId,
  templateVersion: r.templateVersion,
  audience: r.audience,
  opensAt: r.opensAt,
  closesAt: r.closesAt,
  anonymous: r.anonymous,
  status: r.status,
  responseCount: r.responseCount,
});

export const roundResponseSchema = z.object({ round: roundViewSchema });
export const roundListResponseSchema = z.object({ rounds: z.array(roundViewSchema) });
export const myRoundsResponseSchema = z.object({
  rounds: z.array(z.object({ round: roundViewSchema, answered: z.boolean(), title: z.string() })),
});
export type MyRoundsResponse = z.infer<typeof myRoundsResponseSchema>;

export const templateListResponseSchema = z.object({
  templates: z.array(z.object({ templateId: z.string(), version: z.number(), title: z.string(), kind: z.string() })),
});

/** What the LIFF form page needs to show the round to a member. */
export const roundForMemberResponseSchema = z.object({
  round: roundViewSchema,
  definition: formDefinitionSchema,
  /** My saved draft (partial answers), or null. */
  draft: answersSchema.nullable(),
  draftUpdatedAt: z.string().nullable(),
  /** My submitted answers (named and anonymous rounds alike: only I see mine), or null. */
  submitted: z.object({ answers: answersSchema, submittedAt: z.string() }).nullable(),
  /** Answers known in advance: from my profile, and from my answer in the previous cycle where the question is the same. */
  prefill: answersSchema,
  /** Whether answers are still accepted (open and before closing). */
  open: z.boolean(),
});
export type RoundForMemberResponse = z.infer<typeof roundForMemberResponseSchema>;

export const draftRequestSchema = z.object({ answers: answersSchema });
export const draftResponseSchema = z.object({ savedAt: z.string() });

export const submitRequestSchema = z.object({
  answers: answersSchema,
  /** Made on the phone once per submission: sending it again (double tap, retry, offline queue) changes nothing. */
  idempotencyKey: z.string().min(8).max(64),
});
export type SubmitRequest = z.infer<typeof submitRequestSchema>;

export const submitResponseSchema = z.object({
  submittedAt: z.string(),
  /** Answers are accepted until then. */
  editableUntil: z.string(),
  /** True when this key was already accepted (nothing changed now). */
  duplicate: z.boolean(),
});
export type SubmitResponse = z.infer<typeof submitResponseSchema>;

export const openPreviewResponseSchema = announcePreviewResponseSchema;
export const openResponseSchema = announcePreviewResponseSchema.extend({ created: z.boolean(), round: roundViewSchema });

const rateRowSchema = z.object({ key: z.string(), label: z.string(), audience: z.number(), answered: z.number() });

const notAnsweredPersonSchema = z.object({ memberId: z.string(), name: z.string(), schoolName: z.string() });

/** GET FORM_PATHS.notAnswered: the next page of who has not answered. */
export const notAnsweredPageResponseSchema = z.object({ people: z.array(notAnsweredPersonSchema), next: z.string().nullable() });
export type NotAnsweredPageResponse = z.infer<typeof notAnsweredPageResponseSchema>;

export const roundSummaryResponseSchema = z.object({
  round: roundViewSchema,
  audience: z.number(),
  answered: z.number(),
  bySchool: z.array(rateRowSchema),
  byLevel: z.array(rateRowSchema),
  byNetwork: z.array(rateRowSchema),
  /** People who have not answered yet, the first page in Thai name order (the nudge reaches all of them). */
  notAnswered: z.array(notAnsweredPersonSchema),
  /** How many have not answered, in all. */
  notAnsweredCount: z.number(),
  /** The cursor of the next page (FORM_PATHS.notAnswered), or null when the first page holds everyone. */
  notAnsweredNext: z.string().nullable(),
  /** `opening`: the audience as counted when the round was opened; `now`: as it is today (rounds opened earlier). */
  countedAt: z.enum(['opening', 'now']),
  /** Per-question summary (of the filtered group when a filter is given), or null when an anonymous group is too small. */
  summary: z.custom<FormSummary>((v) => typeof v === 'object' && v !== null).nullable(),
  /** Free-text answers are listed only up to this many responses; beyond it they are in the export. */
  textsOmitted: z.boolean(),
});
export type RoundSummaryResponse = z.infer<typeof roundSummaryResponseSchema>;

export const roundNudgeResponseSchema = z.object({
  /** Not answered and not reminded today: asked now. */
  nudged: z.number(),
  /** Reminded earlier today (at most once a day each). */
  alreadyToday: z.number(),
  unreachable: z.number(),
});
export type RoundNudgeResponse = z.infer<typeof roundNudgeResponseSchema>;

/** The builder sends the whole edited form (title, description, sections); id and version are the server's. */
export const templateEditSchema = z.object({
  kind: z.enum(['needs-survey', 'evaluation', 'seminar-evaluation', 'custom']).optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  sections: z.array(z.unknown()).optional(),
});
export const templateCloneSchema = z.object({
  newId: z.string().regex(/^[a-z0-9-]{1,60}$/, 'รหัสแบบฟอร์มใช้ได้เฉพาะ a–z 0–9 และ -'),
  title: z.string().trim().min(1).max(300).optional(),
});
export const templateResponseSchema = z.object({
  templateId: z.string(),
  version: z.number(),
  definition: formDefinitionSchema,
  /** This save made a new version (the form had answers). */
  newVersion: z.boolean().optional(),
});
export type TemplateResponse = z.infer<typeof templateResponseSchema>;
