// School choice: a search box filtering the office's directory on the phone, and the matches as a radio group.
import { useDeferredValue, useId, useMemo, useState, type Ref } from 'react';
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
      <SchoolSearchInput
        inputRef={field.ref}
        id={ids.search}
        value={query}
        onChange={setQuery}
        controls={`${id}-options`}
        describedBy={`${ids.hint} ${ids.count} ${ids.error}`}
        invalid={Boolean(error)}
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
                <SchoolChoiceText school={s} />
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

/** A school's name with its district under it, as each choice shows it. */
export function SchoolChoiceText({ school }: { school: Pick<SchoolListItem, 'name' | 'district'> }) {
  return (
    <span className="choice-text">
      <span>{school.name}</span>
      {school.district ? <span className="choice-detail">{th.registration.school.district(school.district)}</span> : null}
    </span>
  );
}

/** The search box over the school list; Enter in it must not submit the whole form. */
export function SchoolSearchInput(props: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  describedBy: string;
  controls?: string;
  invalid?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <input
      ref={props.inputRef}
      id={props.id}
      type="search"
      className="input"
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      autoComplete="off"
      enterKeyHint="search"
      aria-controls={props.controls}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid}
      onKeyDown={(e) => {
        if (e.key === 'Enter') e.preventDefault();
      }}
    />
  );
}
