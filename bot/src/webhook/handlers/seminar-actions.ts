// The RSVP buttons of a seminar card: answer with a free reply; a person promoted from the waiting list gets one push.
import { AppError, loadActor, rsvp, upcomingSeminars, type Member, type RsvpAnswer, type Seminar } from '@nithet/shared';
import type { BotDeps } from '../../deps';
import type { Logger } from '../../logger';
import type { LineEvent } from '../event-types';
import { sendReply } from './send-reply';
import { rsvpOutcomeText, cardsCarousel, ticketMessages } from '../../replies/seminar-replies';
import { issueTicket } from '../../seminars/check-in-token';
import { th } from '../../replies/th';
import { quickReplies } from '../../replies/welcome-replies';
import { registerCard } from '../../replies/welcome-replies';
import { notifyPromoted, seminarCardFor } from '../../notify/seminar-notifications';
import { certificateLinks, publicBaseUrl } from '../../seminars/certificate-links';
import { semTh } from '../../replies/seminar-th';
import { signingSecret } from '../../config';

export async function handleRsvp(
  deps: BotDeps,
  event: LineEvent,
  log: Logger,
  member: Member,
  seminarId: string,
  answer: RsvpAnswer,
): Promise<void> {
  try {
    const result = await rsvp(deps, seminarId, member, answer);
    await sendReply(deps, event, [{ type: 'text', text: rsvpOutcomeText(result) }], log);
    if (result.promoted) await notifyPromoted(deps, result.seminar, [result.promoted]);
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
    log.info({ code: e.code }, 'rsvp refused');
    const extra = e.code === 'member/not-registered' ? [registerCard(deps.config.LIFF_URL, false)] : [];
    await sendReply(deps, event, [{ type: 'text', text: e.thai }, ...extra], log);
  }
}

/** "สัมมนา" typed or pressed on the rich menu: the announced seminars open to this person, as cards (a free reply). */
export async function handleUpcomingSeminars(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  const upcoming = await upcomingSeminars(deps.repos, await loadActor(deps.repos, member), member, deps.clock.now());
  const open = upcoming.filter((u) => u.seminar.status === 'announced');
  if (open.length === 0) {
    await sendReply(deps, event, [{ type: 'text', text: th.noSeminars, quickReply: quickReplies(member.registeredAt !== null) }], log);
    return;
  }
  await sendReply(deps, event, [cardsCarousel(open.map((u) => seminarCardFor(deps, u.seminar)))], log);
}

/** "เกียรติบัตร": my five newest certificates with their links, as one free reply. */
export async function handleMyCertificates(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  const { items } = await deps.repos.certificates.list({ where: [{ field: 'memberId', op: '==', value: member.id }] });
  const newest = items.sort((a, b) => b.issuedAt.localeCompare(a.issuedAt)).slice(0, 5);
  if (newest.length === 0 || !publicBaseUrl(deps)) {
    await sendReply(
      deps,
      event,
      [{ type: 'text', text: semTh.noCertificates, quickReply: quickReplies(member.registeredAt !== null) }],
      log,
    );
    return;
  }
  const lines = newest.map((c) => semTh.certificateLine(c.number, c.seminarTitle, certificateLinks(deps, undefined, c.publicId).pdfUrl));
  await sendReply(deps, event, [{ type: 'text', text: [semTh.certificatesHeading, ...lines].join('\n\n').slice(0, 5000) }], log);
}

const DAY = 24 * 3600_000;

/** "บัตรเข้างาน": the tickets of my next two seminars (within a week) as a free reply: QR image and code each. */
export async function handleMyTickets(deps: BotDeps, event: LineEvent, log: Logger, member: Member): Promise<void> {
  const { items } = await deps.repos.rsvps.list({
    where: [
      { field: 'memberId', op: '==', value: member.id },
      { field: 'status', op: '==', value: 'going' },
    ],
  });
  const now = deps.clock.now().getTime();
  const seminars = (await deps.repos.seminars.getMany(items.map((r) => r.seminarId)))
    .filter((s): s is Seminar => s !== null && s.status === 'announced')
    .filter((s) => Date.parse(s.endsAt) > now && Date.parse(s.startsAt) < now + 7 * DAY)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))
    .slice(0, 2); // two seminars × (text + image) stay within a reply's five messages
  if (seminars.length === 0) {
    await sendReply(deps, event, [{ type: 'text', text: semTh.noTickets, quickReply: quickReplies(member.registeredAt !== null) }], log);
    return;
  }
  const base = publicBaseUrl(deps);
  // LINE shows only HTTPS images; without a public HTTPS address the reply links to the ticket page instead.
  const images = base?.startsWith('https://') ? base : null;
  const messages = seminars.flatMap((s) => {
    const { token, code } = issueTicket(signingSecret(deps.config), s, member.id);
    const png = images ? `${images}/tickets/${token}.png` : null;
    return ticketMessages(s, {
      code,
      imageUrl: png,
      previewUrl: png ? `${png}?size=preview` : null,
      pageUrl: `${deps.config.LIFF_URL}/seminars/${encodeURIComponent(s.id)}/ticket`,
    });
  });
  await sendReply(deps, event, messages, log);
}
