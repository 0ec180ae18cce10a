// Seminar: a meeting or seminar of networks (step 3), with its audience and schedule.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';
import { educationLevels } from './school';

export const seminarStatuses = ['draft', 'announced', 'cancelled', 'finished'] as const;
export const rsvpStatuses = ['going', 'not-going', 'waitlisted'] as const;

export const seminarSchema = z.object({
  id: z.string(),
  areaId,
  title: thaiText(200).min(1),
  agenda: thaiText(3000).default(''),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  venue: thaiText(300).default(''),
  onlineUrl: z.url().optional(),
  audience: z.object({
    networkIds: z.array(z.string()).default([]),
    levels: z.array(z.enum(educationLevels)).default([]),
    schoolCodes: z.array(z.string()).default([]),
  }),
  capacity: z.number().int().min(1).max(100000).nullable(),
  registrationDeadline: isoDateTime.nullable(),
  /** Reminder offsets in minutes before the start (negative = after the end, for follow-ups). */
  reminderOffsetsMinutes: z.array(z.number().int()).default([4320, 1440, 60]),
  evaluationFormId: z.string().optional(),
  status: z.enum(seminarStatuses),
  createdBy: z.string(),
  ...auditFields,
});
export type Seminar = z.infer<typeof seminarSchema>;

export const rsvpSchema = z.object({
  id: z.string(),
  areaId,
  seminarId: z.string(),
  memberId: z.string(),
  status: z.enum(rsvpStatuses),
  checkedInAt: isoDateTime.nullable(),
  ...auditFields,
});
export type Rsvp = z.infer<typeof rsvpSchema>;
