// /liff/seminars/:id/ticket: my QR ticket and 8-character code, shown from the phone's copy when there is no signal.
import { useCallback } from 'react';
import { formatThaiShort } from '@nithet/shared';
import { AppNav } from '../../../components/app-nav';
import { PageLayout } from '../../../components/page-layout';
import { ApiErrorPanel, LoadingPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import type { RouteParams } from '../../../lib/match-route';
import { useRuntime } from '../../../lib/runtime-context';
import { useQuery } from '../../../lib/use-query';
import { getTicket } from '../api/attendance';

const t = th.ticket;

export function TicketPage({ params }: { params: RouteParams }) {
  const { areaName, mock } = useRuntime();
  const id = params.id ?? '';
  const load = useCallback((signal: AbortSignal) => getTicket(id, signal), [id]);
  const q = useQuery(load);
  const back = [{ to: `/seminars/${encodeURIComponent(id)}`, label: th.seminars.oneTitle }];
  return (
    <PageLayout title={t.title} areaName={areaName} mock={mock}>
      {q.status === 'loading' ? <LoadingPanel /> : null}
      {q.status === 'error' ? <ApiErrorPanel error={q.error} onRetry={q.retry} /> : null}
      {q.status === 'success' ? (
        <section className="card ticket" aria-labelledby="ticket-heading">
          <h2 id="ticket-heading">{q.data.ticket.seminar.title}</h2>
          {q.data.offline ? (
            <p className="panel" role="status">
              {t.offline}
            </p>
          ) : null}
          <p className="intro">{t.intro}</p>
          {/* The SVG comes from our own API (qrcode), never from user input. */}
          <div
            className="ticket-qr"
            role="img"
            aria-label={t.qrLabel(q.data.ticket.seminar.title)}
            dangerouslySetInnerHTML={{ __html: q.data.ticket.qrSvg }}
          />
          <p className="ticket-code-label">{t.code}</p>
          <p className="ticket-code" aria-label={`${t.code} ${q.data.ticket.code.split('').join(' ')}`}>
            {q.data.ticket.code.slice(0, 4)}-{q.data.ticket.code.slice(4)}
          </p>
          <p className={q.data.ticket.checkedInAt ? 'tag tag-member' : 'tag tag-off'} role="status">
            {q.data.ticket.checkedInAt ? t.checkedIn(formatThaiShort(q.data.ticket.checkedInAt)) : t.notCheckedIn}
          </p>
          <p className="hint">{t.validUntil(formatThaiShort(q.data.ticket.validUntil))}</p>
          <p className="hint">{t.chatHint}</p>
          <div className="actions">
            <button type="button" className="button button-secondary" onClick={q.retry}>
              {t.refresh}
            </button>
          </div>
        </section>
      ) : null}
      <AppNav items={back} />
    </PageLayout>
  );
}
