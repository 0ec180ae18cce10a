// Wire contracts of the seminars API: create/edit bodies, views, RSVP, announce preview and result.
import { z } from 'zod';
import { rsvpStatuses, seminarAudienceSchema, seminarStatuses, type Rsvp, type Seminar } from '../domain/seminar';
import { seatsLeft } from '../domain/seminar';

export const SEMINAR_PATHS = {
  /** GET: upcoming seminars for me (and the ones I manage); POST: create a draft. */
  all: '/api/seminars',
  one: (id: string) => `/api/seminars/${encodeURIComponent(id)}`,
  cancel: (id: string) => `/api/seminars/${encodeURIComponent(id)}/cancel`,
  announcePreview: (id: string) => `/api/seminars/${encodeURIComponent(id)}/announce-preview`,
  announce: (id: string) => `/api/seminars/${encodeURIComponent(id)}/announce`,
  rsvp: (id: string) => `/api/seminars/${encodeURIComponent(id)}/rsvp`,
  /** GET (staff): seminars I manage, recent and upcoming (e.g. to send a form to those who came). */
  managed: '/api/seminars/managed',
} as const;

export const seminarViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  agenda: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  venue: z.string(),
  onlineUrl: z.string().optional(),
  audience: seminarAudienceSchema,
  capacity: z.number().nullable(),
  seatsLeft: z.number().nullable(),
  going: z.number(),
  waitlisted: z.number(),
  registrationDeadline: z.string().nullable(),
  status: z.enum(seminarStatuses),
  version: z.number(),
  /** Minutes before the start (reminders) or, negative, after the end (the follow-up). */
  reminderOffsetsMinutes: z.array(z.number()),
  requireEvaluation: z.boolean(),
  /** The plan activity it was made from, if any. */
  planActivityId: z.string().optional(),
});
export type SeminarView = z.infer<typeof seminarViewSchema>;

export const toSeminarView = (s: Seminar): SeminarView => ({
  id: s.id,
  title: s.title,
  agenda: s.agenda,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  venue: s.venue,
  ...(s.onlineUrl ? { onlineUrl: s.onlineUrl } : {}),
  audience: s.audience,
  capacity: s.capacity,
  seatsLeft: seatsLeft(s),
  going: s.goingCount,
  waitlisted: s.waitlistCount,
  registrationDeadline: s.registrationDeadline,
  status: s.status,
  version: s.version,
  reminderOffsetsMinutes: s.reminderOffsetsMinutes,
  requireEvaluation: s.requireEvaluation,
  ...(s.planActivityId ? { planActivityId: s.planActivityId } : {}),
});

export const rsvpViewSchema = z.object({ status: z.enum(rsvpStatuses), position: z.number().nullable() });
export type RsvpView = z.infer<typeof rsvpViewSchema>;
export const toRsvpView = (r: Rsvp, position: number | null = null): RsvpView => ({ status: r.status, position });

export const seminarResponseSchema = z.object({ seminar: seminarViewSchema });
export type SeminarResponse = z.infer<typeof seminarResponseSchema>;

export const seminarListResponseSchema = z.object({
  seminars: z.array(z.object({ seminar: seminarViewSchema, myRsvp: rsvpViewSchema.nullable(), manager: z.boolean() })),
});
export type SeminarListResponse = z.infer<typeof seminarListResponseSchema>;

export const rsvpRequestSchema = z.object({ status: z.enum(['going', 'not-going']) });
export type RsvpRequest = z.infer<typeof rsvpRequestSchema>;

export const rsvpResponseSchema = z.object({ rsvp: rsvpViewSchema, changed: z.boolean(), seminar: seminarViewSchema });
export type RsvpResponse = z.infer<typeof rsvpResponseSchema>;

export const announcePreviewResponseSchema = z.object({
  recipients: z.number(),
  reachable: z.number(),
  skippedUnreachable: z.number(),
  requests: z.number(),
  quotaCost: z.number(),
  quietHours: z.object({
    /** The configured quiet time, local hours in Asia/Bangkok. */
    startHour: z.number(),
    endHour: z.number(),
    /** When sending now would wait until (ISO UTC), or null when it goes at once. */
    delayedUntil: z.string().nullable(),
  }),
  /** This month's message quota against this send (see monthlyQuotaCheck). */
  monthlyQuota: z.object({
    limit: z.number().nullable(),
    used: z.number().nullable(),
    afterSending: z.number().nullable(),
    exceeds: z.boolean(),
    source: z.enum(['office', 'line', 'none', 'unknown']),
  }),
});
export type AnnouncePreviewResponse = z.infer<typeof announcePreviewResponseSchema>;

export const announceResponseSchema = announcePreviewResponseSchema.extend({
  /** False when this version was announced before (nothing new was queued). */
  created: z.boolean(),
  seminar: seminarViewSchema,
});
export type AnnounceResponse = z.infer<typeof announceResponseSchema>;

export const managedSeminarsResponseSchema = z.object({ seminars: z.array(seminarViewSchema) });
export type ManagedSeminarsResponse = z.infer<typeof managedSeminarsResponseSchema>;
