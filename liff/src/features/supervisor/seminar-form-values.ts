// The seminar form: datetime-local text read as Bangkok time and sent as ISO UTC, checks between dates, Thai messages.
import { z } from 'zod';
import { DEFAULT_REMINDER_OFFSETS_MINUTES, educationLevels, type SeminarInput, type SeminarView } from '@nithet/shared';
import { th } from '../../i18n/th-staff';
import { fieldMessageFrom, fieldOfPathFrom } from '../../lib/field-errors';

/** What a `datetime-local` input gives: "2027-01-15T09:00" (seconds optional). */
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** "2027-01-15T09:00" on a Bangkok wall clock → "2027-01-15T02:00:00.000Z" (Thailand is UTC+7 all year, no DST). */
export function bangkokLocalToIso(local: string): string {
  if (!LOCAL_DATE_TIME.test(local)) throw new Error(`Not a datetime-local value: ${local}`);
  const withSeconds = local.length === 16 ? `${local}:00` : local;
  return new Date(`${withSeconds}+07:00`).toISOString();
}

const BANGKOK_OFFSET_MS = 7 * 3_600_000;

/** "2027-01-15T02:00:00.000Z" → "2027-01-15T09:00", what a datetime-local input shows on a Bangkok wall clock. */
export function isoToBangkokLocal(iso: string): string {
  return new Date(Date.parse(iso) + BANGKOK_OFFSET_MS).toISOString().slice(0, 16);
}

const localDateTime = z.string().regex(LOCAL_DATE_TIME);
const optionalLocal = z.union([z.literal(''), localDateTime]);
/** A single checkbox registers as a string or false; a group as an array. */
const asArray = (v: unknown) => (Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []);

export const seminarFormSchema = z
  .object({
    title: z.string().trim().min(1).max(200),
    agenda: z.string().max(3000),
    startsAt: localDateTime,
    endsAt: localDateTime,
    venue: z.string().max(300),
    onlineUrl: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]),
    networkIds: z.preprocess(asArray, z.array(z.string().min(1)).max(50)),
    capacity: z.union([
      z.literal(''),
      z
        .string()
        .regex(/^\d+$/)
        .refine((v) => Number(v) >= 1 && Number(v) <= 100000),
    ]),
    registrationDeadline: optionalLocal,
    levels: z.preprocess(asArray, z.array(z.enum(educationLevels))),
    schoolCodes: z.array(z.string().min(1).max(20)).max(500),
    reminders: z.preprocess(asArray, z.array(z.string().regex(/^-?\d{1,6}$/)).max(10)),
    requireEvaluation: z.boolean(),
  })
  .superRefine((v, ctx) => {
    if (!LOCAL_DATE_TIME.test(v.startsAt)) return;
    const start = Date.parse(bangkokLocalToIso(v.startsAt));
    if (LOCAL_DATE_TIME.test(v.endsAt) && Date.parse(bangkokLocalToIso(v.endsAt)) <= start)
      ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'ends-before-start' });
    if (
      v.registrationDeadline &&
      LOCAL_DATE_TIME.test(v.registrationDeadline) &&
      Date.parse(bangkokLocalToIso(v.registrationDeadline)) > start
    )
      ctx.addIssue({ code: 'custom', path: ['registrationDeadline'], message: 'deadline-after-start' });
  });

export type SeminarFormValues = z.input<typeof seminarFormSchema>;
export type SeminarFormOutput = z.output<typeof seminarFormSchema>;
export type SeminarField = keyof SeminarFormValues;

export const seminarFormDefaults: SeminarFormValues = {
  title: '',
  agenda: '',
  startsAt: '',
  endsAt: '',
  venue: '',
  onlineUrl: '',
  networkIds: [],
  capacity: '',
  registrationDeadline: '',
  levels: [],
  schoolCodes: [],
  reminders: DEFAULT_REMINDER_OFFSETS_MINUTES.map(String),
  requireEvaluation: true,
};

/** A saved seminar as the form shows it, to edit. */
export function seminarFormValuesOf(s: SeminarView): SeminarFormValues {
  return {
    title: s.title,
    agenda: s.agenda,
    startsAt: isoToBangkokLocal(s.startsAt),
    endsAt: isoToBangkokLocal(s.endsAt),
    venue: s.venue,
    onlineUrl: s.onlineUrl ?? '',
    networkIds: [...s.audience.networkIds],
    capacity: s.capacity === null ? '' : String(s.capacity),
    registrationDeadline: s.registrationDeadline ? isoToBangkokLocal(s.registrationDeadline) : '',
    levels: [...s.audience.levels],
    schoolCodes: [...s.audience.schoolCodes],
    reminders: s.reminderOffsetsMinutes.map(String),
    requireEvaluation: s.requireEvaluation,
  };
}

/** A PATCH body: only what changed. `onlineUrl: null` removes the link. */
export type SeminarPatch = Partial<Omit<SeminarInput, 'onlineUrl'>> & { onlineUrl?: string | null };

/** Form fields that are SeminarInput fields of the same name (the networks live inside `audience`). */
const SAME_NAME_FIELDS = ['title', 'agenda', 'startsAt', 'endsAt', 'venue', 'onlineUrl', 'capacity', 'registrationDeadline'] as const;

/**
 * What the person changed, compared field by field with the form as it was opened (so a time saved with seconds
 * does not count as changed); the audience keeps its levels and schools and takes the new networks.
 */
export function seminarPatch(before: SeminarView, opened: SeminarFormValues, v: SeminarFormOutput): SeminarPatch {
  const input = toSeminarInput(v);
  const patch: Record<string, unknown> = {};
  for (const field of SAME_NAME_FIELDS) {
    if (String(opened[field]).trim() !== String(v[field]).trim()) patch[field] = input[field] ?? null;
  }
  const sorted = (ids: unknown) => [...asArray(ids)].map(String).sort().join('\n');
  const audienceFields = ['networkIds', 'levels', 'schoolCodes'] as const;
  if (audienceFields.some((f) => sorted(opened[f]) !== sorted(v[f]))) patch.audience = { ...before.audience, ...input.audience };
  if (sorted(opened.reminders) !== sorted(v.reminders)) patch.reminderOffsetsMinutes = input.reminderOffsetsMinutes;
  if (opened.requireEvaluation !== v.requireEvaluation) patch.requireEvaluation = v.requireEvaluation;
  return patch as SeminarPatch;
}

/** The form's values as the server's SeminarInput: times in ISO UTC, blanks as "none". */
export function toSeminarInput(v: SeminarFormOutput): SeminarInput {
  return {
    title: v.title.trim(),
    agenda: v.agenda.trim(),
    startsAt: bangkokLocalToIso(v.startsAt),
    endsAt: bangkokLocalToIso(v.endsAt),
    venue: v.venue.trim(),
    ...(v.onlineUrl ? { onlineUrl: v.onlineUrl } : {}),
    audience: { networkIds: v.networkIds, levels: v.levels, schoolCodes: v.schoolCodes },
    reminderOffsetsMinutes: [...new Set(v.reminders.map(Number))].sort((a, b) => b - a),
    requireEvaluation: v.requireEvaluation,
    capacity: v.capacity ? Number(v.capacity) : null,
    registrationDeadline: v.registrationDeadline ? bangkokLocalToIso(v.registrationDeadline) : null,
  };
}

const e = th.seminarAdmin.errors;
const byField: Record<SeminarField, (code: string) => string> = {
  title: () => e.title,
  agenda: () => e.agenda,
  startsAt: () => e.startsAt,
  endsAt: () => e.endsAt,
  venue: () => e.venue,
  onlineUrl: () => e.onlineUrl,
  networkIds: () => e.networkIds,
  capacity: () => e.capacity,
  registrationDeadline: () => e.registrationDeadline,
  levels: () => e.levels,
  schoolCodes: () => e.schoolCodes,
  reminders: () => e.reminders,
  requireEvaluation: () => e.requireEvaluation,
};

export const seminarFieldMessage = fieldMessageFrom(byField);

/** A server field path ("audience.networkIds.0") as a form field. */
export function seminarFieldOf(path: string): SeminarField | null {
  if (path.startsWith('audience.levels')) return 'levels';
  if (path.startsWith('audience.schoolCodes')) return 'schoolCodes';
  if (path.startsWith('audience')) return 'networkIds';
  if (path.startsWith('reminderOffsetsMinutes')) return 'reminders';
  return fieldOfPathFrom(byField)(path);
}

/** The seminar form prefilled from a plan activity (its link's ?title=&day=&networks=): 09.00–16.00 on its first day. */
export function seminarPrefillFromPlan(q: {
  title: string | null;
  day: string | null;
  networks: string | null;
}): Partial<SeminarFormValues> {
  const day = q.day && /^\d{4}-\d{2}-\d{2}$/.test(q.day) ? q.day : null;
  return {
    ...(q.title ? { title: q.title.slice(0, 200) } : {}),
    ...(day ? { startsAt: `${day}T09:00`, endsAt: `${day}T16:00` } : {}),
    ...(q.networks ? { networkIds: q.networks.split(',').filter(Boolean).slice(0, 50) } : {}),
  };
}
