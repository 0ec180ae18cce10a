// Wire contracts of the data-quality board: the three figures, what lies behind them, and the per-word nudges.
import { z } from 'zod';
import { dataQualityResponseSchema } from './member-contracts';
import { announcePreviewResponseSchema } from './seminar-contracts';
import { qualityWords } from '../use-cases/data-quality/nudge-targets';
import type { DataQualityFigures } from '../use-cases/data-quality/figures-types';

export const DATA_QUALITY_PATHS = {
  /** POST (supervisor) { word } | { memberIds }: who would be nudged, the cost against the quota, quiet hours. */
  nudgePreview: '/api/supervisor/nudges/preview',
} as const;

const figure = { percent: z.number(), total: z.number().int(), good: z.number().int(), problems: z.number().int() };

export const dataQualityFiguresSchema = z.object({
  asOf: z.string(),
  buddhistYear: z.number().int(),
  accurate: z.object({
    ...figure,
    validationFailures: z.number().int(),
    duplicates: z.object({
      membersSameNameSchool: z.number().int(),
      samePhone: z.number().int(),
      schoolsSameName: z.number().int(),
      networksSameName: z.number().int(),
    }),
  }),
  complete: z.object({
    ...figure,
    missingProfiles: z.number().int(),
    expectedResponses: z.number().int(),
    missingResponses: z.number().int(),
  }),
  current: z.object({ ...figure, staleProfiles: z.number().int(), networksNotUpdated: z.number().int() }),
});
// The wire shape and the type helper C's report uses must not drift apart.
const _sameShape: z.ZodType<DataQualityFigures> = dataQualityFiguresSchema;
void _sameShape;

const person = z.object({ memberId: z.string(), name: z.string(), schoolName: z.string() });
const missingRow = z.object({ key: z.string(), label: z.string(), audience: z.number().int(), missing: z.number().int() });

export const dataQualityBoardResponseSchema = dataQualityResponseSchema.extend({
  figures: dataQualityFiguresSchema,
  duplicates: z.object({
    /** Registered members who look like the same person (same name + school, or the same phone). */
    people: z.array(z.object({ reason: z.enum(['name-school', 'phone']), people: z.array(person) })),
    schools: z.array(z.object({ name: z.string(), codes: z.array(z.string()) })),
    networks: z.array(z.object({ name: z.string(), ids: z.array(z.string()) })),
  }),
  rounds: z.array(
    z.object({
      roundId: z.string(),
      title: z.string(),
      kind: z.enum(['needs-survey', 'evaluation']),
      status: z.string(),
      audience: z.number().int(),
      answered: z.number().int(),
      bySchool: z.array(missingRow),
      byNetwork: z.array(missingRow),
    }),
  ),
  networksNotUpdated: z.array(z.object({ id: z.string(), name: z.string(), updatedAt: z.string() })),
  /** People each word's one-tap nudge would reach today (not yet nudged today, reachable). */
  nudgeable: z.object({ accurate: z.number().int(), complete: z.number().int(), current: z.number().int() }),
});
export type DataQualityBoardResponse = z.infer<typeof dataQualityBoardResponseSchema>;

/** Either a word's one tap (the server picks the people) or people chosen on the board. */
export const nudgeTargetRequestSchema = z.union([
  z.object({ word: z.enum(qualityWords) }).strict(),
  z.object({ memberIds: z.array(z.string().min(1).max(200)).min(1).max(500) }).strict(),
]);
export type NudgeTargetRequest = z.infer<typeof nudgeTargetRequestSchema>;

export const nudgePreviewResponseSchema = announcePreviewResponseSchema.extend({
  /** Asked for, already nudged today (skipped), and can be sent to now. */
  asked: z.number().int(),
  alreadyToday: z.number().int(),
});
export type NudgePreviewResponse = z.infer<typeof nudgePreviewResponseSchema>;

export const nudgeSendResponseSchema = z.object({
  sent: z.number().int(),
  skippedRecently: z.number().int(),
  skippedUnreachable: z.number().int(),
  /** Present when quiet hours hold the reminders back until then (ISO). */
  delayedUntil: z.string().optional(),
});
export type NudgeSendResponse = z.infer<typeof nudgeSendResponseSchema>;
