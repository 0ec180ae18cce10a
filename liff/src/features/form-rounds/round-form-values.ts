// The new-round form: title, form, audience, opening and closing read as Bangkok wall-clock time, named or anonymous.
import { z } from 'zod';
import { educationLevels, type CreateRoundRequest } from '@nithet/shared';
import { th } from '../../i18n/th-staff';
import { fieldMessageFrom, fieldOfPathFrom } from '../../lib/field-errors';
import { bangkokLocalToIso, isoToBangkokLocal } from '../supervisor/seminar-form-values';

/** What a `datetime-local` input gives: "2027-01-15T09:00" (seconds optional). */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;
const localDateTime = z.string().regex(LOCAL_DATE_TIME);
/** A single checkbox registers as a string or false; a group as an array. */
const asArray = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []);

export const roundFormSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    templateId: z.string().min(1).max(60),
    networkIds: z.preprocess(asArray, z.array(z.string().min(1)).max(50)),
    levels: z.preprocess(asArray, z.array(z.enum(educationLevels))),
    schoolCodes: z.array(z.string().min(1).max(20)).max(500),
    opensAt: localDateTime,
    closesAt: localDateTime,
    anonymous: z.boolean(),
    /** '' = none; else only those who checked in to this seminar. */
    seminarId: z.string().max(200),
  })
  .superRefine((v, ctx) => {
    if (!LOCAL_DATE_TIME.test(v.opensAt) || !LOCAL_DATE_TIME.test(v.closesAt)) return;
    if (Date.parse(bangkokLocalToIso(v.closesAt)) <= Date.parse(bangkokLocalToIso(v.opensAt)))
      ctx.addIssue({ code: 'custom', path: ['closesAt'], message: 'closes-before-opens' });
  });

export type RoundFormValues = z.input<typeof roundFormSchema>;
export type RoundFormOutput = z.output<typeof roundFormSchema>;
export type RoundField = keyof RoundFormValues;

const DAY_MS = 24 * 3_600_000;
/** Two weeks is what offices give a survey in the manual's timeline. */
export const DEFAULT_OPEN_DAYS = 14;

/** A blank form opening now and closing two weeks later at the same minute (Bangkok). */
export function roundFormDefaults(now: Date): RoundFormValues {
  return {
    title: '',
    templateId: '',
    networkIds: [],
    levels: [],
    schoolCodes: [],
    opensAt: isoToBangkokLocal(now.toISOString()),
    closesAt: isoToBangkokLocal(new Date(now.getTime() + DEFAULT_OPEN_DAYS * DAY_MS).toISOString()),
    anonymous: false,
    seminarId: '',
  };
}

/** The form's values as the server's create request: times in ISO UTC. */
export function toCreateRoundRequest(v: RoundFormOutput): CreateRoundRequest {
  return {
    title: v.title.trim(),
    templateId: v.templateId,
    audience: { networkIds: v.networkIds, levels: v.levels, schoolCodes: v.schoolCodes, seminarId: v.seminarId || null },
    opensAt: bangkokLocalToIso(v.opensAt),
    closesAt: bangkokLocalToIso(v.closesAt),
    anonymous: v.anonymous,
  };
}

const e = th.formRounds.errors;
const byField: Record<RoundField, (code: string) => string> = {
  title: () => e.title,
  templateId: () => e.templateId,
  networkIds: () => e.networkIds,
  levels: () => e.levels,
  schoolCodes: () => e.schoolCodes,
  opensAt: () => e.opensAt,
  closesAt: () => e.closesAt,
  anonymous: () => e.anonymous,
  seminarId: () => e.seminarId,
};

export const roundFieldMessage = fieldMessageFrom(byField);

/** A server field path ("audience.levels.0") as a form field. */
export function roundFieldOf(path: string): RoundField | null {
  if (path.startsWith('audience.levels')) return 'levels';
  if (path.startsWith('audience.schoolCodes')) return 'schoolCodes';
  if (path.startsWith('audience.seminarId')) return 'seminarId';
  if (path.startsWith('audience')) return 'networkIds';
  return fieldOfPathFrom(byField)(path);
}
