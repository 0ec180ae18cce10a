// Add-to-calendar: an .ics file per seminar, behind a signed link (the card's button opens it without a login).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createEvent, type DateArray } from 'ics';
import type { Seminar } from '@nithet/shared';

/** The signature proves the link came from us; the seminar id alone is guessable. */
export function calendarSignature(secret: string, seminarId: string): string {
  return createHmac('sha256', secret).update(`seminar-ics:${seminarId}`).digest('base64url').slice(0, 22);
}

export function verifyCalendarSignature(secret: string, seminarId: string, sig: string): boolean {
  const expected = Buffer.from(calendarSignature(secret, seminarId));
  const given = Buffer.from(sig);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function calendarLink(publicBaseUrl: string, secret: string, seminarId: string): string {
  const base = publicBaseUrl.replace(/\/$/, '');
  return `${base}/calendar/seminars/${encodeURIComponent(seminarId)}.ics?sig=${calendarSignature(secret, seminarId)}`;
}

const utc = (iso: string): DateArray => {
  const d = new Date(iso);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes()];
};

/** RFC 5545 text for one seminar; a cancelled seminar is published as CANCELLED so calendars drop it. */
export function seminarIcs(seminar: Seminar, organiser: string): string {
  const { error, value } = createEvent({
    uid: `${seminar.id}@nithet`,
    sequence: seminar.version,
    title: seminar.title,
    description: [seminar.agenda, seminar.onlineUrl].filter(Boolean).join('\n\n'),
    location: seminar.venue || seminar.onlineUrl || '',
    ...(seminar.onlineUrl ? { url: seminar.onlineUrl } : {}),
    start: utc(seminar.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: utc(seminar.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    status: seminar.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    productId: 'nithet',
    calName: organiser,
  });
  if (error || !value) throw new Error(`Could not build the calendar file: ${String(error)}`);
  return value;
}
