// An action that needs a second, deliberate tap (leave, archive, send): the question opens in place, no modal.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { th } from '../i18n/th';

interface ConfirmActionProps {
  /** Text of the first button. */
  label: string;
  /** Accessible name of the first button when the text alone is ambiguous in a list (must contain `label`). */
  accessibleLabel?: string;
  /** The question, with what will happen. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  busy?: boolean;
  danger?: boolean;
}

export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, onConfirm, busy, danger = true }: ConfirmActionProps) {
  const [open, setOpen] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    // Focus follows the step, so a screen reader reads the question, and returns to the button on cancel.
    if (open) questionRef.current?.focus();
    else if (wasOpen.current) triggerRef.current?.focus();
    wasOpen.current = open;
  }, [open]);

  if (!open) {
    return (
      <button ref={triggerRef} type="button" className="button button-secondary" aria-label={accessibleLabel} onClick={() => setOpen(true)}>
        {label}
      </button>
    );
  }
  return (
    <div className="confirm">
      <p ref={questionRef} tabIndex={-1} className="confirm-question">
        {question}
      </p>
      <div className="actions">
        <button type="button" className={danger ? 'button button-danger' : 'button'} disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)}>
          {th.common.cancel}
        </button>
      </div>
    </div>
  );
}
