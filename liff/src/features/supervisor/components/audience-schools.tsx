// The seminar's target schools: search the office's directory and tick any number of schools; ticked ones stay on top.
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useController, type Control } from 'react-hook-form';
import { matchesQuery, type SchoolListItem } from '@nithet/shared';
import { FieldError, errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import type { SeminarFormOutput, SeminarFormValues } from '../seminar-form-values';
import { SchoolChoiceText, SchoolSearchInput } from '../../registration/components/school-picker';

const MAX_SHOWN = 8;
const t = th.seminarAdmin;

export function AudienceSchools(props: {
  schools: readonly SchoolListItem[];
  control: Control<SeminarFormValues, unknown, SeminarFormOutput>;
  error?: string | undefined;
}) {
  const { field } = useController({ control: props.control, name: 'schoolCodes' });
  const chosen = new Set(field.value);
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const id = useId();
  const { schools } = props;
  const value = field.value;
  const shown = useMemo(() => {
    const ticked = new Set(value);
    const matches = deferred.trim() ? schools.filter((s) => !ticked.has(s.code) && matchesQuery(deferred, s.name, s.district, s.code)) : [];
    return [...schools.filter((s) => ticked.has(s.code)), ...matches.slice(0, MAX_SHOWN)];
  }, [schools, deferred, value]);
  const toggle = (code: string, on: boolean) => field.onChange(on ? [...field.value, code] : field.value.filter((c) => c !== code));

  return (
    <div className="field">
      <label htmlFor={`${id}-search`}>{th.registration.labels.searchFor(t.labels.schoolCodes)}</label>
      <p id={`${id}-hint`} className="hint">
        {t.hints.schoolCodes}
      </p>
      <SchoolSearchInput id={`${id}-search`} value={query} onChange={setQuery} describedBy={`${id}-hint ${id}-count`} />
      <fieldset className="choice-group" aria-describedby={`${id}-count ${errorId(id)}`}>
        <legend>{t.labels.schoolCodes}</legend>
        <p id={`${id}-count`} className="hint" aria-live="polite">
          {t.schoolsChosen(chosen.size)}
        </p>
        <ul className="choice-list">
          {shown.map((s) => (
            <li key={s.code}>
              <label className="choice">
                <input
                  type="checkbox"
                  checked={chosen.has(s.code)}
                  onChange={(e) => toggle(s.code, e.target.checked)}
                  onBlur={field.onBlur}
                />
                <SchoolChoiceText school={s} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError id={errorId(id)} message={props.error} />
    </div>
  );
}
