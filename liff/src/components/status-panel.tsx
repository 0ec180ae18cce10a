// Loading and error states, announced to screen readers, with the one next step the person can take.
import { useEffect, useRef } from 'react';
import { th } from '../i18n/th';
import type { ApiError } from '../lib/api-client';

export function LoadingPanel({ message = th.common.loading }: { message?: string }) {
  return (
    <p className="status" role="status">
      <span className="spinner" aria-hidden="true" />
      {message}
    </p>
  );
}

interface ErrorPanelProps {
  title?: string;
  message: string;
  onRetry?: () => void;
  reload?: boolean;
}

export function ErrorPanel({ title, message, onRetry, reload }: ErrorPanelProps) {
  return (
    <div className="panel panel-error" role="alert">
      {title ? <h2>{title}</h2> : null}
      <p>{message}</p>
      {reload ? (
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {th.common.reload}
        </button>
      ) : onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          {th.common.retry}
        </button>
      ) : null}
    </div>
  );
}

/** An API failure: reload when the LINE token expired, else retry. */
export function ApiErrorPanel({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return <ErrorPanel message={error.thaiMessage} onRetry={onRetry} reload={error.needsReload} />;
}

/** Moves focus to a heading that appears after an action, so screen readers read the new state. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}
