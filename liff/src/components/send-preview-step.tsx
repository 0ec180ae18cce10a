// "Send" in two steps, for every push of the office (announcements, form rounds): first who gets it, what it costs
// against the monthly quota and any quiet-hours wait; only then the send button (off when over the quota).
import { useEffect, useRef } from 'react';
import { formatThaiDateTime, type AnnouncePreviewResponse } from '@nithet/shared';
import { ActionError } from './action-error';
import { th } from '../i18n/th';
import { useAction } from '../lib/use-action';

const p = th.seminarAdmin.preview;

export interface SendPreviewStepProps<R> {
  /** The thing being sent (seminar or round), for ids and the API calls. */
  id: string;
  labels: {
    start: string;
    startNamed: string;
    previewing: string;
    previewTitle: string;
    /** A line under the counts (e.g. what the card holds). */
    note?: string;
    send: (reachable: number) => string;
    sending: string;
    closePreview: string;
  };
  preview: (id: string) => Promise<AnnouncePreviewResponse>;
  send: (id: string) => Promise<R>;
  onSent: (result: R) => void;
}

export function SendPreviewStep<R>({ id, labels, preview: load, send: sendNow, onSent }: SendPreviewStepProps<R>) {
  const preview = useAction(load);
  const send = useAction(sendNow);
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
          {preview.running ? labels.previewing : ''}
        </p>
        <ActionError state={preview.state} />
        <button
          type="button"
          className="button"
          disabled={preview.running}
          aria-label={labels.startNamed}
          onClick={() => void preview.run(id)}
        >
          {labels.start}
        </button>
      </>
    );
  }

  const headingId = `preview-${id}`;
  const q = shown.quietHours;
  return (
    <section className="confirm" aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1}>
        {labels.previewTitle}
      </h4>
      <ul className="preview-counts">
        <li>{p.recipients(shown.recipients)}</li>
        <li>{p.reachable(shown.reachable)}</li>
        <li>{p.skipped(shown.skippedUnreachable)}</li>
        <li>{p.requests(shown.requests)}</li>
        <li>{p.quota(shown.quotaCost)}</li>
        <li>{p.monthly(shown.monthlyQuota.used, shown.monthlyQuota.limit, shown.monthlyQuota.afterSending)}</li>
      </ul>
      {labels.note ? <p className="hint">{labels.note}</p> : null}
      {shown.monthlyQuota.exceeds ? (
        <p className="notice" role="alert">
          {p.overQuota}
        </p>
      ) : null}
      <p>{q.delayedUntil ? p.delayed(formatThaiDateTime(q.delayedUntil), q.startHour, q.endHour) : p.now}</p>
      <p className="hint" role="status">
        {send.running ? labels.sending : ''}
      </p>
      <ActionError state={send.state} />
      <div className="actions">
        <button
          type="button"
          className="button button-primary"
          disabled={send.running || shown.monthlyQuota.exceeds}
          onClick={() => void send.run(id).then((r) => r && onSent(r.data))}
        >
          {labels.send(shown.reachable)}
        </button>
        <button type="button" className="button button-secondary" disabled={send.running} onClick={preview.reset}>
          {labels.closePreview}
        </button>
      </div>
    </section>
  );
}
