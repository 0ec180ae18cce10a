// School choice: a search box filtering the office's directory on the phone, and the matches as a radio group.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useController, type Control, type FieldError as FormError, type FieldValues, type Path } from 'react-hook-form';
import { matchesQuery, type SchoolListItem } from '@nithet/shared';
import { FieldError, RequiredMark, errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { fieldMessage } from '../field-messages';

/** A phone screen's worth; typing narrows the rest (a long list buries the fields below it). */
const MAX_SHOWN = 8;

interface SchoolPickerProps<T extends FieldValues, R> {
  schools: readonly SchoolListItem[];
  control: Control<T, unknown, R>;
  /** The form field holding the chosen school's code. */
  name: Path<T>;
  /** The group's legend; the search box reads "ค้นหา" + this. Defaults to "โรงเรียน" (registration). */
  label?: string;
  /** Thai text for the field's error; defaults to registration's. */
  message?: (error: FormError | undefined) => string | undefined;
}

const registrationMessage = (error: FormError | undefined) => fieldMessage('schoolCode', error);

export function SchoolPicker<T extends FieldValues, R>({
  schools,
  control,
  name,
  label = th.registration.labels.school,
  message = registrationMessage,
}: SchoolPickerProps<T, R>) {
  const { field, fieldState } = useController({ control, name });
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const id = useId();
  const ids = {
    search: `${id}-search`,
    hint: `${id}-hint`,
    count: `${id}-count`,
    selected: `${id}-selected`,
    error: errorId(`${id}-school`),
  };

  const matches = useMemo(() => schools.filter((s) => matchesQuery(deferredQuery, s.name, s.district, s.code)), [schools, deferredQuery]);
  const selected = schools.find((s) => s.code === field.value);
  // The chosen school leads the list while it matches, so it stays in view when editing.
  const shown = useMemo(() => {
    const rest = matches.filter((s) => s !== selected);
    return (selected && matches.includes(selected) ? [selected, ...rest] : rest).slice(0, MAX_SHOWN);
  }, [matches, selected]);
  const error = message(fieldState.error);

  return (
    <div className="field">
      <label htmlFor={ids.search}>{th.registration.labels.searchFor(label)}</label>
      <p id={ids.hint} className="hint">
        {th.registration.hints.schoolSearch}
      </p>
      <input
        ref={field.ref}
        id={ids.search}
        type="search"
        className="input"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        autoComplete="off"
        enterKeyHint="search"
        aria-controls={`${id}-options`}
        aria-describedby={`${ids.hint} ${ids.count} ${ids.error}`}
        aria-invalid={Boolean(error)}
        onKeyDown={(e) => {
          // Enter in the search box must not submit the whole form.
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <p id={ids.count} className="hint" aria-live="polite">
        {matches.length === 0 ? th.registration.school.none : th.registration.school.found(shown.length, matches.length)}
      </p>

      <fieldset id={`${id}-options`} className="choice-group school-options" aria-describedby={`${ids.selected} ${ids.error}`}>
        <legend>
          {label}
          <RequiredMark required />
        </legend>
        <ul className="choice-list">
          {shown.map((s) => (
            <li key={s.code}>
              <label className="choice">
                <input
                  type="radio"
                  name={field.name}
                  value={s.code}
                  checked={field.value === s.code}
                  onChange={() => field.onChange(s.code)}
                  onBlur={field.onBlur}
                  aria-invalid={Boolean(error)}
                />
                <span className="choice-text">
                  <span>{s.name}</span>
                  {s.district ? <span className="choice-detail">{th.registration.school.district(s.district)}</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <p id={ids.selected} className="selected-school">
        {selected
          ? th.registration.school.selected([selected.name, th.registration.school.district(selected.district)].filter(Boolean).join(' '))
          : th.registration.school.notSelected}
      </p>
      <FieldError id={ids.error} message={error} />
    </div>
  );
}
