// Seminar: a meeting or seminar of networks (step 3), with its audience, schedule and seat counters.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';
import { educationLevels } from './school';

/** T−3 days, T−1 day, T−1 hour before the start; T+1 day after the end (the follow-up to those who came). */
export const DEFAULT_REMINDER_OFFSETS_MINUTES = [4320, 1440, 60, -1440] as const;

export const seminarStatuses = ['draft', 'announced', 'cancelled', 'finished'] as const;
export const rsvpStatuses = ['going', 'not-going', 'waitlisted'] as const;
export type RsvpStatus = (typeof rsvpStatuses)[number];

export const seminarAudienceSchema = z.object({
  /** Empty: every registered member of the office. */
  networkIds: z.array(z.string().min(1).max(200)).max(50).default([]),
  levels: z.array(z.enum(educationLevels)).default([]),
  schoolCodes: z.array(z.string().min(1).max(20)).max(500).default([]),
});
export type SeminarAudience = z.infer<typeof seminarAudienceSchema>;

export const seminarSchema = z.object({
  id: z.string(),
  areaId,
  title: thaiText(200).min(1),
  agenda: thaiText(3000).default(''),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  venue: thaiText(300).default(''),
  onlineUrl: z.url().optional(),
  audience: seminarAudienceSchema,
  capacity: z.number().int().min(1).max(100000).nullable(),
  /** Last moment to answer or change one's answer; null = until the start. */
  registrationDeadline: isoDateTime.nullable(),
  /** Reminder offsets in minutes before the start (negative = after the end, for follow-ups). */
  reminderOffsetsMinutes: z
    .array(
      z
        .number()
        .int()
        .min(-30 * 1440)
        .max(60 * 1440),
    )
    .max(10)
    .default([...DEFAULT_REMINDER_OFFSETS_MINUTES]),
  evaluationFormId: z.string().optional(),
  /** The plan activity (step 2) this seminar carries out, when it was made from one. */
  planActivityId: z.string().min(1).max(200).optional(),
  /** Attendees answer the seminar's evaluation before their certificate is released. */
  requireEvaluation: z.boolean().default(true),
  status: z.enum(seminarStatuses),
  createdBy: z.string(),
  /** Bumped by every edit; an announcement is de-duplicated per version. */
  version: z.number().int().min(1).default(1),
  announcedAt: isoDateTime.nullable().default(null),
  cancelledAt: isoDateTime.nullable().default(null),
  /** Seat counters, changed only inside the RSVP transaction (this document serialises the answers). */
  goingCount: z.number().int().min(0).default(0),
  waitlistCount: z.number().int().min(0).default(0),
  /** The last waiting-list ticket handed out (arrival order). */
  ticketSeq: z.number().int().min(0).default(0),
  ...auditFields,
});
export type Seminar = z.infer<typeof seminarSchema>;

export const rsvpSchema = z.object({
  id: z.string(),
  areaId,
  seminarId: z.string(),
  memberId: z.string(),
  status: z.enum(rsvpStatuses),
  /** Waiting-list ticket (arrival order) while waitlisted; null otherwise. */
  ticket: z.number().int().min(1).nullable().default(null),
  /** When the member was promoted from the waiting list (the promotion message's key). */
  promotedAt: isoDateTime.nullable().default(null),
  checkedInAt: isoDateTime.nullable(),
  /** Member id of the staff member who scanned or typed the code. */
  checkedInBy: z.string().nullable().default(null),
  checkInMethod: z.enum(['qr', 'code']).nullable().default(null),
  ...auditFields,
});
export type Rsvp = z.infer<typeof rsvpSchema>;

export const rsvpDocId = (seminarId: string, memberId: string) => `${seminarId}:${memberId}`;

/** Seats still free (null = unlimited). */
export const seatsLeft = (s: Pick<Seminar, 'capacity' | 'goingCount'>): number | null =>
  s.capacity === null ? null : Math.max(0, s.capacity - s.goingCount);

/** Answers may change until the deadline, or the start when there is none. */
export const registrationClosesAt = (s: Pick<Seminar, 'registrationDeadline' | 'startsAt'>): string => s.registrationDeadline ?? s.startsAt;
