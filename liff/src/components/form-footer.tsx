// The end of a form: the server's form-wide error, the "fix the marked fields" summary, and submit with its progress.
import { th } from '../i18n/th';
import type { ApiError } from '../lib/api-client';
import { ErrorPanel } from './status-panel';

interface FormFooterProps {
  formError: ApiError | null;
  /** After a submit the fields refused; said once, at the button. */
  invalid: boolean;
  summary: string;
  submitLabel: string;
  submitting: boolean;
}

export function FormFooter({ formError, invalid, summary, submitLabel, submitting }: FormFooterProps) {
  return (
    <>
      {formError ? <ErrorPanel message={formError.thaiMessage} reload={formError.needsReload} /> : null}
      {invalid && !formError ? (
        <p className="form-summary" role="alert">
          {summary}
        </p>
      ) : null}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitLabel}
        </button>
        <p className="hint" role="status">
          {submitting ? th.common.saving : ''}
        </p>
      </div>
    </>
  );
}
