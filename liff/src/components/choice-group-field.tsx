// A group of radios or checkboxes under one legend, with its hint and error, for react-hook-form's register().
import type { UseFormRegisterReturn } from 'react-hook-form';
import { th } from '../i18n/th';
import { FieldError, RequiredMark, errorId, hintId } from './form-field';

interface ChoiceGroupFieldProps {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  options: readonly { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  required?: boolean;
  hint?: string;
  error?: string | undefined;
  inline?: boolean;
}

export function ChoiceGroupField({ id, legend, type, options, registration, required, hint, error, inline }: ChoiceGroupFieldProps) {
  const describedBy = [hint ? hintId(id) : null, errorId(id)].filter(Boolean).join(' ');
  return (
    <div className="field">
      <fieldset className="choice-group" aria-describedby={describedBy}>
        <legend>
          {legend}
          <RequiredMark required={required} />
          {required ? null : <span className="optional"> {th.common.optional}</span>}
        </legend>
        {hint ? (
          <p id={hintId(id)} className="hint">
            {hint}
          </p>
        ) : null}
        <ul className={inline ? 'choice-list choice-list-inline' : 'choice-list'}>
          {options.map((o) => (
            <li key={o.value}>
              <label className="choice">
                <input type={type} value={o.value} {...registration} aria-invalid={Boolean(error)} />
                <span className="choice-text">{o.label}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FieldError id={errorId(id)} message={error} />
    </div>
  );
}
