// Form rounds (steps 1 and 5): a versioned form sent to an audience between two times, its drafts and responses.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';
import { educationLevels } from './school';
import { answersSchema, formDefinitionSchema } from '../forms/definition';
import { aggregateStateSchema } from '../forms/aggregate';

/** One version of a form, frozen once a round uses it (editing then makes the next version). */
export const formTemplateSchema = z.object({
  /** `${areaId}:${templateId}:v${version}` */
  id: z.string(),
  areaId,
  templateId: z.string().regex(/^[a-z0-9-]{1,60}$/),
  version: z.number().int().min(1),
  definition: formDefinitionSchema,
  createdBy: z.string(),
  ...auditFields,
});
export type FormTemplate = z.infer<typeof formTemplateSchema>;
export const formTemplateDocId = (area: string, templateId: string, version: number) => `${area}:${templateId}:v${version}`;

export const formRoundAudienceSchema = z.object({
  /** Empty: every registered member of the office. */
  networkIds: z.array(z.string().min(1).max(200)).max(50).default([]),
  levels: z.array(z.enum(educationLevels)).default([]),
  schoolCodes: z.array(z.string().min(1).max(20)).max(500).default([]),
  /** Only the people who checked in to this seminar. */
  seminarId: z.string().nullable().default(null),
});
export type FormRoundAudience = z.infer<typeof formRoundAudienceSchema>;

export const formRoundStatuses = ['draft', 'open', 'closed'] as const;

export const formRoundSchema = z.object({
  id: z.string(),
  areaId,
  title: thaiText(200).min(1),
  templateId: z.string(),
  templateVersion: z.number().int().min(1),
  audience: formRoundAudienceSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
  /** Anonymous rounds store no member on a response and hide small groups in summaries. */
  anonymous: z.boolean(),
  status: z.enum(formRoundStatuses),
  openedAt: isoDateTime.nullable(),
  responseCount: z.number().int().min(0).default(0),
  createdBy: z.string(),
  ...auditFields,
});
export type FormRound = z.infer<typeof formRoundSchema>;

/** Who a response speaks for, kept for breakdowns (also on anonymous responses: groups of fewer than 5 stay hidden). */
export const responseGroupsSchema = z.object({
  schoolCode: z.string().nullable(),
  levels: z.array(z.enum(educationLevels)),
  networkIds: z.array(z.string()),
});
export type ResponseGroups = z.infer<typeof responseGroupsSchema>;

export const formResponseSchema = z.object({
  /** Named: `${roundId}:${memberId}`; anonymous: `${roundId}:a-${keyed hash}` with no member on it. */
  id: z.string(),
  areaId,
  roundId: z.string(),
  templateVersion: z.number().int(),
  memberId: z.string().nullable(),
  answers: answersSchema,
  groups: responseGroupsSchema,
  /** The client's key of the last accepted submission: the same key again changes nothing. */
  submissionKey: z.string(),
  submittedAt: isoDateTime,
  ...auditFields,
});
export type FormResponse = z.infer<typeof formResponseSchema>;

/** Who has answered a round (named or not): for the "not answered yet" list and reminders, never for linking. */
export const formParticipationSchema = z.object({
  /** `${roundId}:${memberId}` */
  id: z.string(),
  areaId,
  roundId: z.string(),
  memberId: z.string(),
  submittedAt: isoDateTime,
  submissionKey: z.string(),
  ...auditFields,
});
export type FormParticipation = z.infer<typeof formParticipationSchema>;

export const formDraftSchema = z.object({
  /** `${roundId}:${memberId}` */
  id: z.string(),
  areaId,
  roundId: z.string(),
  memberId: z.string(),
  answers: answersSchema,
  ...auditFields,
});
export type FormDraft = z.infer<typeof formDraftSchema>;

export const memberRoundDocId = (roundId: string, memberId: string) => `${roundId}:${memberId}`;

/** A round's running totals (one document, `roundId`), changed in the same transaction as each response. */
export const formStatsSchema = z.object({ id: z.string(), areaId, roundId: z.string(), state: aggregateStateSchema, ...auditFields });
export type FormStats = z.infer<typeof formStatsSchema>;

/** One group's response rate: how many were asked and how many of them have answered. */
export const rateCountSchema = z.object({ key: z.string(), audience: z.number().int().min(0), answered: z.number().int().min(0) });
export type RateCount = z.infer<typeof rateCountSchema>;

/**
 * A round's response rate as running totals (one document, id = the round's): the audience counted when the round was
 * opened, overall and by school, level and network, and the answered counts, bumped in the same transaction as each
 * first answer. `building` while the opening writes the waiting list; `ready` once it is complete.
 */
export const formProgressSchema = z.object({
  id: z.string(),
  areaId,
  roundId: z.string(),
  state: z.enum(['building', 'ready']),
  audience: z.number().int().min(0),
  answered: z.number().int().min(0),
  bySchool: z.array(rateCountSchema),
  byLevel: z.array(rateCountSchema),
  byNetwork: z.array(rateCountSchema),
  ...auditFields,
});
export type FormProgress = z.infer<typeof formProgressSchema>;

/**
 * Someone asked when the round opened who has not answered yet (`${roundId}:${memberId}`), with the groups they were
 * counted in and their place in the Thai order of names (`rank`): deleted in the transaction of their first answer.
 */
export const formWaitingSchema = z.object({
  id: z.string(),
  areaId,
  roundId: z.string(),
  memberId: z.string(),
  name: z.string(),
  groups: responseGroupsSchema,
  rank: z.number().int().min(0),
  /** Names are personal data: the list is purged this long after the round's closing (WAITING_KEEP_DAYS). */
  expireAt: isoDateTime.optional(),
  ...auditFields,
});
/** Days the not-answered list is kept after a round closes (late edits, the report), then purged. */
export const WAITING_KEEP_DAYS = 90;
export type FormWaiting = z.infer<typeof formWaitingSchema>;
