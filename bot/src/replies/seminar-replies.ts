// Pure builders of the seminar messages: the announcement card with RSVP buttons and the RSVP outcome texts.
import { formatThaiDateTime, seatsLeft, type RsvpResult, type Seminar } from '@nithet/shared';
import type { messagingApi } from '@line/bot-sdk';
import { semTh } from './seminar-th';
import { oneButtonCard } from './one-button-card';

type Message = messagingApi.Message;
const GREEN = '#06803C';

const text = (t: string, extra: Record<string, unknown> = {}): messagingApi.FlexText => ({ type: 'text', text: t, wrap: true, ...extra });
const row = (label: string, value: string): messagingApi.FlexBox => ({
  type: 'box',
  layout: 'baseline',
  spacing: 'sm',
  contents: [text(label, { size: 'sm', color: '#555555', flex: 2 }), text(value, { size: 'sm', flex: 5 })],
});

function seatsLine(s: Seminar): string {
  const left = seatsLeft(s);
  return left === null ? semTh.seatsOpen : left > 0 ? semTh.seatsLeft(left) : semTh.seatsFull;
}

const rsvpButton = (s: Seminar, v: 'going' | 'not-going'): messagingApi.FlexButton => {
  const label = v === 'going' ? semTh.going : semTh.notGoing;
  return {
    type: 'button',
    style: v === 'going' ? 'primary' : 'secondary',
    ...(v === 'going' ? { color: GREEN } : {}),
    height: 'sm',
    action: { type: 'postback', label, data: `action=rsvp&s=${s.id}&v=${v}`, displayText: label },
  };
};

/** The announcement: title, Thai date and time, venue or online link, seats left, RSVP buttons and details. */
export function seminarCard(s: Seminar, liffUrl: string, calendarUrl?: string): Message {
  const lines: messagingApi.FlexComponent[] = [
    text(semTh.invite, { size: 'xs', color: GREEN, weight: 'bold' }),
    text(s.title, { weight: 'bold', size: 'md' }),
    row(semTh.when, formatThaiDateTime(s.startsAt)),
    ...(s.venue ? [row(semTh.venue, s.venue)] : []),
    ...(s.onlineUrl ? [row(semTh.online, semTh.joinOnline)] : []),
    text(seatsLine(s), { size: 'sm', weight: 'bold', color: GREEN }),
    ...(s.registrationDeadline ? [text(semTh.deadline(formatThaiDateTime(s.registrationDeadline)), { size: 'xs', color: '#555555' })] : []),
  ];
  const details: messagingApi.FlexButton = {
    type: 'button',
    style: 'link',
    height: 'sm',
    action: { type: 'uri', label: semTh.details, uri: `${liffUrl}/seminars/${encodeURIComponent(s.id)}` },
  };
  const online: messagingApi.FlexButton[] = s.onlineUrl
    ? [{ type: 'button', style: 'link', height: 'sm', action: { type: 'uri', label: semTh.joinOnline, uri: s.onlineUrl } }]
    : [];
  const calendar: messagingApi.FlexButton[] = calendarUrl
    ? [{ type: 'button', style: 'link', height: 'sm', action: { type: 'uri', label: semTh.addToCalendar, uri: calendarUrl } }]
    : [];
  return {
    type: 'flex',
    altText: semTh.announceAlt(s.title).slice(0, 400),
    contents: {
      type: 'bubble',
      size: 'kilo',
      body: { type: 'box', layout: 'vertical', spacing: 'sm', contents: lines },
      footer: {
        type: 'box',
        layout: 'vertical',
        spacing: 'sm',
        contents: [
          { type: 'box', layout: 'horizontal', spacing: 'sm', contents: [rsvpButton(s, 'going'), rsvpButton(s, 'not-going')] },
          ...online,
          ...calendar,
          details,
        ],
      },
    },
  };
}

/** The free reply to an RSVP press. */
export function rsvpOutcomeText(r: Pick<RsvpResult, 'rsvp' | 'changed' | 'position' | 'seminar'>): string {
  const t = r.seminar.title;
  if (r.rsvp.status === 'waitlisted') return semTh.waitlisted(t, r.position ?? 1);
  if (r.rsvp.status === 'going') return r.changed ? semTh.registered(t) : semTh.alreadyGoing(t);
  return r.changed ? semTh.declined(t) : semTh.alreadyDeclined(t);
}

export const promotedText = (s: Seminar): string => semTh.promoted(s.title, formatThaiDateTime(s.startsAt));
export const updatedText = (s: Seminar): string => semTh.updated(s.title, formatThaiDateTime(s.startsAt));
export const cancelledText = (s: Seminar): string => semTh.cancelled(s.title);

/** "อีก 3 วัน" / "พรุ่งนี้" / "อีก 1 ชั่วโมง" / "อีก 20 นาที" for the minutes left before the start. */
export function reminderLead(minutesBefore: number): string {
  const m = Math.max(1, Math.round(minutesBefore));
  if (m >= 2 * 1440) return semTh.reminderInDays(Math.round(m / 1440));
  if (m >= 1440) return semTh.reminderTomorrow;
  if (m >= 60) return semTh.reminderInHours(Math.round(m / 60));
  return semTh.reminderInMinutes(m);
}

/** The reminder to those going: when (พ.ศ., Bangkok), what, where (venue and/or online link). */
export function seminarReminderMessage(s: Seminar, minutesBefore: number): Message {
  const lines = [
    semTh.reminder(`${reminderLead(minutesBefore)} `, s.title),
    semTh.reminderDate(formatThaiDateTime(s.startsAt)),
    ...(s.venue ? [semTh.reminderVenue(s.venue)] : []),
    ...(s.onlineUrl ? [semTh.reminderOnline(s.onlineUrl)] : []),
    ...(s.venue ? [semTh.reminderTicket] : []),
    semTh.reminderClosing,
  ];
  return { type: 'text', text: lines.join('\n') };
}

/** Up to 12 cards side by side (LINE's carousel limit), in the order given. */
export function cardsCarousel(cards: Message[], altText: string = semTh.upcomingAlt): Message {
  const bubbles = cards.flatMap((c) => (c.type === 'flex' && c.contents.type === 'bubble' ? [c.contents] : [])).slice(0, 12);
  return { type: 'flex', altText, contents: { type: 'carousel', contents: bubbles } };
}

/** After the session, to those who came: thanks, and one button to the evaluation (or straight to the certificate). */
export function seminarFollowUpMessage(s: Seminar, liffUrl: string): Message {
  return oneButtonCard({
    altText: semTh.followUpAlt(s.title),
    heading: semTh.followUpHeading,
    title: s.title,
    lines: [s.requireEvaluation ? semTh.followUpEvaluate : semTh.followUpCertificate],
    button: {
      label: s.requireEvaluation ? semTh.evaluateButton : semTh.certificateButton,
      uri: `${liffUrl}/seminars/${encodeURIComponent(s.id)}/evaluate`,
    },
  });
}

/** The attendee's ticket in the chat: the QR as an image (LINE keeps it, so it opens with no signal) and the code. */
export function ticketMessages(
  s: Seminar,
  ticket: { code: string; imageUrl: string | null; previewUrl: string | null; pageUrl: string },
): Message[] {
  const when = formatThaiDateTime(s.startsAt);
  const code = `${ticket.code.slice(0, 4)}-${ticket.code.slice(4)}`;
  if (!ticket.imageUrl || !ticket.previewUrl) return [{ type: 'text', text: semTh.ticketLink(s.title, when, code, ticket.pageUrl) }];
  return [
    { type: 'text', text: semTh.ticketText(s.title, when, code) },
    { type: 'image', originalContentUrl: ticket.imageUrl, previewImageUrl: ticket.previewUrl },
  ];
}
