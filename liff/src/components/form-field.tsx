// One labelled form control with its hint and its error, wired with aria-describedby / aria-invalid.
import type { ReactNode } from 'react';
import { th } from '../i18n/th';

export interface ControlAria {
  id: string;
  'aria-describedby': string;
  'aria-invalid': boolean;
}

interface FormFieldProps {
  id: string;
  label: string;
  required?: boolean;
  optional?: boolean;
  hint?: string;
  error?: string | undefined;
  children: (aria: ControlAria) => ReactNode;
}

/** Ids of a field's hint and error, so groups (radios, checkboxes) can point at them too. */
export const hintId = (id: string) => `${id}-hint`;
export const errorId = (id: string) => `${id}-error`;

export function FormField({ id, label, required, optional, hint, error, children }: FormFieldProps) {
  const describedBy = [hint ? hintId(id) : null, errorId(id)].filter(Boolean).join(' ');
  return (
    <div className="field">
      {/* The marks sit beside the label, not in it, so the accessible name is exactly the label text. */}
      <div className="field-label">
        <label htmlFor={id}>{label}</label>
        <RequiredMark required={required} />
        {optional ? (
          <span className="optional" aria-hidden="true">
            {th.common.optional}
          </span>
        ) : null}
      </div>
      {hint ? (
        <p id={hintId(id)} className="hint">
          {hint}
        </p>
      ) : null}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': Boolean(error) })}
      <FieldError id={errorId(id)} message={error} />
    </div>
  );
}

/** Always in the DOM (empty when fine) so screen readers announce a message when it appears. */
export function FieldError({ id, message }: { id: string; message?: string | undefined }) {
  return (
    <p id={id} className="field-error" aria-live="polite">
      {message ? (
        <>
          <span aria-hidden="true">⚠ </span>
          {message}
        </>
      ) : null}
    </p>
  );
}

/** A visual "*" hidden from screen readers: inputs carry `required`, which they announce instead. */
export function RequiredMark({ required }: { required?: boolean | undefined }) {
  return required ? (
    <span className="required" aria-hidden="true">
      *
    </span>
  ) : null;
}
