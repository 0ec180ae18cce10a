// "ส่งแบบสอบถาม" in two steps, like a seminar's announcement: first who gets the card, what it costs against the monthly
// quota and any quiet-hours wait; only then the send button.
import { useEffect, useRef } from 'react';
import { formatThaiDateTime, type RoundView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { openFormRound, previewOpenRound, type OpenPreview, type OpenResult } from '../api/open-form-round';

const t = th.formRounds;
/** The same counts and wording as the announcement preview. */
const p = th.seminarAdmin.preview;

export function OpenRoundStep({ round, onOpened }: { round: RoundView; onOpened: (res: OpenResult) => void }) {
  const preview = useAction(previewOpenRound);
  const send = useAction(openFormRound);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = preview.state.status === 'done' ? preview.state.data : null;

  useEffect(() => {
    // The counts replace the button: focus them so a screen reader reads them before the send button.
    if (shown) headingRef.current?.focus();
  }, [shown]);

  if (!shown) {
    return (
      <>
        <p className="hint" role="status">
          {preview.running ? t.previewing : ''}
        </p>
        <ActionError state={preview.state} />
        <button
          type="button"
          className="button"
          disabled={preview.running}
          aria-label={t.openNamed(round.title)}
          onClick={() => void preview.run(round.id)}
        >
          {t.open}
        </button>
      </>
    );
  }

  const headingId = `open-preview-${round.id}`;
  return (
    <section className="confirm" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.previewTitle(round.title)}
      </h4>
      <ul className="preview-counts">
        {previewLines(shown).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p className="hint">{t.previewCard}</p>
      {shown.monthlyQuota.exceeds ? (
        <p className="notice" role="alert">
          {p.overQuota}
        </p>
      ) : null}
      <p>{quietHoursLine(shown)}</p>
      <p className="hint" role="status">
        {send.running ? t.sending : ''}
      </p>
      <ActionError state={send.state} />
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={send.running || shown.monthlyQuota.exceeds}
          onClick={() => void send.run(round.id).then((r) => r && onOpened(r.data))}
        >
          {t.send(shown.reachable)}
        </button>
        <button type="button" className="button button-secondary" disabled={send.running} onClick={preview.reset}>
          {t.closePreview}
        </button>
      </div>
    </section>
  );
}

const previewLines = (s: OpenPreview): string[] => [
  p.recipients(s.recipients),
  p.reachable(s.reachable),
  p.skipped(s.skippedUnreachable),
  p.requests(s.requests),
  p.quota(s.quotaCost),
  p.monthly(s.monthlyQuota.used, s.monthlyQuota.limit, s.monthlyQuota.afterSending),
];

const quietHoursLine = ({ quietHours: q }: OpenPreview): string =>
  q.delayedUntil ? p.delayed(formatThaiDateTime(q.delayedUntil), q.startHour, q.endHour) : p.now;
