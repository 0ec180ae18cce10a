// After ส่งคำตอบ: on its way, waiting on this phone for a connection, or received (editable until the round closes).
import type { ReactNode } from 'react';
import { formatThaiDateTime } from '@nithet/shared';
import { LoadingPanel, useFocusOnMount } from '../../../components/status-panel';
import { th } from '../../../i18n/th';
import type { SubmitState } from './use-submit-queue';

const t = th.forms;

interface SubmitOutcomeProps {
  state: Exclude<SubmitState, { kind: 'refused' }>;
  onEdit: () => void;
  onResend: () => void;
}

export function SubmitOutcome({ state, onEdit, onResend }: SubmitOutcomeProps) {
  if (state.kind === 'sending') return <LoadingPanel message={t.sending} />;
  if (state.kind === 'waiting') return <Waiting state={state} onEdit={onEdit} onResend={onResend} />;
  return <Sent state={state} onEdit={onEdit} />;
}

/** A state the page settles in, its heading focused so a screen reader reads it first. */
export function OutcomePanel({ tone, title, children }: { tone: 'success' | 'waiting' | 'error'; title: string; children: ReactNode }) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className={`panel panel-${tone}`} aria-labelledby="outcome-heading">
      <h2 id="outcome-heading" ref={heading} tabIndex={-1}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function Waiting({ state, onEdit, onResend }: { state: Extract<SubmitState, { kind: 'waiting' }> } & Omit<SubmitOutcomeProps, 'state'>) {
  return (
    <OutcomePanel tone="waiting" title={t.queuedTitle}>
      <p role="status">{state.offline || !state.error ? t.queuedOffline : t.queuedError(state.error.thaiMessage)}</p>
      <div className="actions">
        {state.error?.needsReload ? (
          // An expired LINE token only comes back with a fresh page; the answer waits in storage meanwhile.
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {th.common.reload}
          </button>
        ) : (
          <button type="button" className="button" onClick={onResend}>
            {t.resend}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {t.edit}
        </button>
      </div>
    </OutcomePanel>
  );
}

function Sent({ state, onEdit }: { state: Extract<SubmitState, { kind: 'sent' }>; onEdit: () => void }) {
  return (
    <OutcomePanel tone="success" title={t.sentTitle}>
      {state.response.duplicate ? <p>{t.sentAgain}</p> : null}
      <p className="editable-until">{t.editableUntil(formatThaiDateTime(state.response.editableUntil))}</p>
      <p className="hint">{t.chatSummary}</p>
      <div className="actions">
        <button type="button" className="button button-secondary" onClick={onEdit}>
          {t.edit}
        </button>
      </div>
    </OutcomePanel>
  );
}
