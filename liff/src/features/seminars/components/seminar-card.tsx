// One seminar for a teacher: when (Thai พ.ศ., Bangkok), where, seats left, my answer, and เข้าร่วม / ไม่เข้าร่วม.
import { useState } from 'react';
import { formatThaiDateTime, formatThaiShort, type SeminarListResponse } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { AppLink } from '../../../components/app-link';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { answerSeminar } from '../api/seminars';
import { myAnswerText, rsvpOutcomeMessage } from '../rsvp-outcome';

export type SeminarItem = SeminarListResponse['seminars'][number];
const s = th.seminars;

interface SeminarCardProps {
  item: SeminarItem;
  /** h3 in a list, h2 on the seminar's own page. */
  headingLevel?: 2 | 3;
  /** A link to the seminar's own page (in the list). */
  detailsLink?: boolean;
}

export function SeminarCard({ item, headingLevel = 3, detailsLink = false }: SeminarCardProps) {
  // The answer's response carries the new counters and my answer: applied in place, no refetch on a slow line.
  const [current, setCurrent] = useState(item);
  const answer = useAction(answerSeminar);
  const { seminar, myRsvp } = current;
  const done = answer.state.status === 'done' ? answer.state.data : null;
  const headingId = `seminar-${seminar.id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const open = seminar.status === 'announced';

  const onAnswer = async (status: 'going' | 'not-going') => {
    const result = await answer.run(seminar.id, status);
    if (result) setCurrent((c) => ({ ...c, seminar: result.data.seminar, myRsvp: result.data.rsvp }));
  };

  return (
    <li className="card">
      <Heading id={headingId}>{seminar.title}</Heading>
      <dl className="facts">
        <dt>{s.when}</dt>
        <dd>
          {formatThaiDateTime(seminar.startsAt)} {s.until(formatThaiShort(seminar.endsAt))}
        </dd>
        {seminar.venue ? (
          <>
            <dt>{s.venue}</dt>
            <dd>{seminar.venue}</dd>
          </>
        ) : null}
        {seminar.onlineUrl ? (
          <>
            <dt>{s.online}</dt>
            <dd>
              <a href={seminar.onlineUrl} target="_blank" rel="noreferrer" className="link-break">
                {seminar.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{s.seats}</dt>
        <dd>{seminar.seatsLeft === null ? s.seatsUnlimited : s.seatsLeft(seminar.seatsLeft)}</dd>
        <dt>{s.myAnswer}</dt>
        <dd>
          <span className={`tag ${myRsvp?.status === 'going' ? 'tag-member' : myRsvp ? 'tag-pending' : 'tag-off'}`}>
            {myAnswerText(myRsvp)}
          </span>
        </dd>
      </dl>
      {seminar.registrationDeadline ? <p className="card-meta">{s.deadline(formatThaiShort(seminar.registrationDeadline))}</p> : null}
      {seminar.agenda && !detailsLink ? <p className="agenda">{seminar.agenda}</p> : null}
      <p className="hint" role="status">
        {answer.running ? s.sending : done ? rsvpOutcomeMessage(done) : ''}
      </p>
      <ActionError state={answer.state} />
      <div className="actions">
        {open ? (
          <>
            <button
              type="button"
              className="button button-primary"
              disabled={answer.running}
              aria-pressed={myRsvp?.status === 'going' || myRsvp?.status === 'waitlisted'}
              aria-label={s.goingNamed(seminar.title)}
              onClick={() => void onAnswer('going')}
            >
              {s.going}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={answer.running}
              aria-pressed={myRsvp?.status === 'not-going'}
              aria-label={s.notGoingNamed(seminar.title)}
              onClick={() => void onAnswer('not-going')}
            >
              {s.notGoing}
            </button>
          </>
        ) : null}
        {myRsvp?.status === 'going' && open ? (
          <AppLink
            to={`/seminars/${encodeURIComponent(seminar.id)}/ticket`}
            className="nav-link"
            label={th.ticket.openNamed(seminar.title)}
          >
            {th.ticket.open}
          </AppLink>
        ) : null}
        {myRsvp?.status === 'going' && !detailsLink ? (
          <AppLink
            to={`/seminars/${encodeURIComponent(seminar.id)}/evaluate`}
            className="nav-link"
            label={th.evaluation.openNamed(seminar.title)}
          >
            {th.evaluation.open}
          </AppLink>
        ) : null}
        {detailsLink ? (
          <AppLink to={`/seminars/${encodeURIComponent(seminar.id)}`} className="nav-link" label={s.detailsNamed(seminar.title)}>
            {s.details}
          </AppLink>
        ) : null}
      </div>
    </li>
  );
}
