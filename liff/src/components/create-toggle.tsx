// "Create new…" on staff list pages: one button that opens and closes the form below it (aria-expanded), the form
// rendered only while open.
import type { ReactNode } from 'react';

export function CreateToggle(props: {
  open: boolean;
  onToggle: () => void;
  /** The section's accessible name. */
  title: string;
  openLabel: string;
  closeLabel: string;
  formId: string;
  children: ReactNode;
}) {
  return (
    <section className={props.open ? 'form-section' : 'create-bar'} aria-label={props.title}>
      <button type="button" className="button" aria-expanded={props.open} aria-controls={props.formId} onClick={props.onToggle}>
        {props.open ? props.closeLabel : props.openLabel}
      </button>
      <div id={props.formId}>{props.open ? props.children : null}</div>
    </section>
  );
}
