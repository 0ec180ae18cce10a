// Pieces every builder card has: its problems listed on it, and the แก้ไข / แก้ไขเสร็จ toggle of its settings.
import { th } from '../../../i18n/th-staff';

const t = th.formBuilder;

/** A card's messages (all of them while closed; those without a control beside them while open). */
export function CardErrors({ errors }: { errors: readonly (readonly [string, string])[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="fb-card-errors">
      {errors.map(([field, message]) => (
        <li key={field} className="field-error">
          {message}
        </li>
      ))}
    </ul>
  );
}

/** The entries of a card's messages to list: every one while closed, else those the open settings do not show. */
export function listedErrors(errors: Readonly<Record<string, string>>, open: boolean, shownOpen: RegExp): [string, string][] {
  return Object.entries(errors).filter(([field]) => !open || !shownOpen.test(field));
}

export function EditToggle({ open, what, controls, onToggle }: { open: boolean; what: string; controls: string; onToggle: () => void }) {
  const label = open ? t.actions.done : t.actions.edit;
  return (
    <button
      type="button"
      className="button button-secondary"
      aria-expanded={open}
      aria-controls={controls}
      aria-label={t.named(label, what)}
      onClick={onToggle}
    >
      {label}
    </button>
  );
}
