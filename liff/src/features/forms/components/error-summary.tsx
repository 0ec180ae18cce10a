// What stops the person moving on: every problem of the screen as a link to its field, focused so it is read out first.
import type { MouseEvent, Ref } from 'react';
import { th } from '../../../i18n/th';
import type { ListedError } from '../form-steps';

/** Focuses the field (its first control) and brings it into view; the link's #hash alone would not focus a radio. */
function goTo(e: MouseEvent<HTMLAnchorElement>, targetId: string) {
  const target = document.getElementById(targetId);
  if (!target) return;
  e.preventDefault();
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

export function ErrorSummary({ errors, ref }: { errors: readonly ListedError[]; ref?: Ref<HTMLDivElement> }) {
  if (errors.length === 0) return null;
  return (
    <div ref={ref} className="panel panel-error error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
      <h3 id="error-summary-title">{th.forms.errorSummary(errors.length)}</h3>
      <ul>
        {errors.map((err) => (
          <li key={err.field}>
            <a href={`#${err.targetId}`} onClick={(e) => goTo(e, err.targetId)}>
              {`${err.label}: ${err.message}`}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
