// What a supervisor or coordinator fills in for a seminar, and the rules between its dates.
import { z } from 'zod';
import { AppError } from '../../errors';
import { isoDateTime } from '../../domain/common';
import { seminarSchema, type Seminar } from '../../domain/seminar';

export const seminarInputSchema = seminarSchema
  .pick({
    title: true,
    agenda: true,
    startsAt: true,
    endsAt: true,
    venue: true,
    onlineUrl: true,
    audience: true,
    reminderOffsetsMinutes: true,
    requireEvaluation: true,
    planActivityId: true,
  })
  .extend({
    capacity: z.number().int().min(1).max(100000).nullable().default(null),
    registrationDeadline: isoDateTime.nullable().default(null),
  });
export type SeminarInput = z.input<typeof seminarInputSchema>;

/** Ends after it starts; the deadline (when given) is not after the start. */
export function assertSeminarDates(s: Pick<Seminar, 'startsAt' | 'endsAt' | 'registrationDeadline'>): void {
  const fields: Record<string, string> = {};
  if (Date.parse(s.endsAt) <= Date.parse(s.startsAt)) fields.endsAt = 'เวลาสิ้นสุดต้องหลังเวลาเริ่ม';
  if (s.registrationDeadline !== null && Date.parse(s.registrationDeadline) > Date.parse(s.startsAt))
    fields.registrationDeadline = 'กำหนดลงทะเบียนต้องไม่หลังเวลาเริ่ม';
  if (Object.keys(fields).length > 0)
    throw new AppError('validation/invalid-input', `Seminar dates are inconsistent: ${Object.keys(fields).join(', ')}`, { fields });
}

/** A new seminar record (a draft with empty seat counters): the one way to make one, in the app, tests and benches. */
export function newSeminar(
  fields: Pick<Seminar, 'id' | 'areaId' | 'createdBy'> &
    z.input<typeof seminarInputSchema> &
    Partial<Pick<Seminar, 'status' | 'announcedAt'>>,
  now: string,
): Seminar {
  const { id, areaId, createdBy, status, announcedAt, ...input } = fields;
  return {
    id,
    areaId,
    ...seminarInputSchema.parse(input),
    status: status ?? 'draft',
    createdBy,
    version: 1,
    announcedAt: announcedAt ?? null,
    cancelledAt: null,
    goingCount: 0,
    waitlistCount: 0,
    ticketSeq: 0,
    createdAt: now,
    updatedAt: now,
  };
}
