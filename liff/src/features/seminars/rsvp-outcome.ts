// What an RSVP answer means to the teacher, in Thai: the outcome after pressing, and the answer shown on a card.
import type { RsvpResponse, RsvpView } from '@nithet/shared';
import { th } from '../../i18n/th';

const s = th.seminars;

export function rsvpOutcomeMessage(res: RsvpResponse): string {
  if (!res.changed) return s.outcome.unchanged;
  const title = res.seminar.title;
  switch (res.rsvp.status) {
    case 'going':
      return s.outcome.going(title);
    case 'not-going':
      return s.outcome['not-going'](title);
    case 'waitlisted':
      return s.outcome.waitlisted(title, res.rsvp.position);
  }
}

/** "เข้าร่วม", "รอที่นั่ง · ลำดับที่ 3 ในรายชื่อรอ", or "ยังไม่ได้ตอบ". */
export function myAnswerText(rsvp: RsvpView | null): string {
  if (!rsvp) return s.answers.none;
  const base = s.answers[rsvp.status];
  return rsvp.status === 'waitlisted' && rsvp.position ? `${base} · ${s.waitPlace(rsvp.position)}` : base;
}
