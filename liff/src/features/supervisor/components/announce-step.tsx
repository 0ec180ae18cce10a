// "ประกาศ" in two steps: first the preview (who gets it, what it costs, any quiet-hours wait), only then the send.
import { useEffect, useRef } from 'react';
import { formatThaiDateTime, type AnnounceResponse, type SeminarView } from '@nithet/shared';
import { ActionError } from '../../../components/action-error';
import { th } from '../../../i18n/th';
import { useAction } from '../../../lib/use-action';
import { announceSeminar, previewAnnouncement } from '../api/seminars-admin';

const t = th.seminarAdmin;
const p = t.preview;

export function AnnounceStep({ seminar, onAnnounced }: { seminar: SeminarView; onAnnounced: (res: AnnounceResponse) => void }) {
  const preview = useAction(previewAnnouncement);
  const send = useAction(announceSeminar);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shown = preview.state.status === 'done' ? preview.state.data : null;

  useEffect(() => {
    // The counts appear where the button was: focus them so a screen reader reads them before the send button.
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
          aria-label={t.announceNamed(seminar.title)}
          onClick={() => void preview.run(seminar.id)}
        >
          {t.announce}
        </button>
      </>
    );
  }

  const headingId = `preview-${seminar.id}`;
  const delayedUntil = shown.quietHours.delayedUntil;
  return (
    <section className="confirm" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {t.previewTitle(seminar.title)}
      </h4>
      <ul className="preview-counts">
        <li>{p.recipients(shown.recipients)}</li>
        <li>{p.reachable(shown.reachable)}</li>
        <li>{p.skipped(shown.skippedUnreachable)}</li>
        <li>{p.requests(shown.requests)}</li>
        <li>{p.quota(shown.quotaCost)}</li>
        <li>{p.monthly(shown.monthlyQuota.used, shown.monthlyQuota.limit, shown.monthlyQuota.afterSending)}</li>
      </ul>
      {shown.monthlyQuota.exceeds ? (
        <p className="notice" role="alert">
          {p.overQuota}
        </p>
      ) : null}
      <p>{delayedUntil ? p.delayed(formatThaiDateTime(delayedUntil), shown.quietHours.startHour, shown.quietHours.endHour) : p.now}</p>
      <p className="hint" role="status">
        {send.running ? t.sending : ''}
      </p>
      <ActionError state={send.state} />
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={send.running || shown.monthlyQuota.exceeds}
          onClick={() => void send.run(seminar.id).then((r) => r && onAnnounced(r.data))}
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
