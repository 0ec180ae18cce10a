// A question answered with a group of controls (choices, ratings, pickers): one fieldset, its legend, help and Thai error.
import type { ReactNode } from 'react';
import type { Question } from '@nithet/shared';
import { FieldError, RequiredMark, errorId, hintId } from '../../../components/form-field';
import { th } from '../../../i18n/th';

interface QuestionGroupProps {
  /** The id the error summary links to; the group's first control carries it. */
  id: string;
  legend: string;
  required: boolean;
  help?: string | undefined;
  error?: string | undefined;
  className?: string;
  children: ReactNode;
}

export function QuestionGroup({ id, legend, required, help, error, className, children }: QuestionGroupProps) {
  const describedBy = [help ? hintId(id) : null, errorId(id)].filter(Boolean).join(' ');
  return (
    <div className="field">
      <fieldset className={className ? `choice-group ${className}` : 'choice-group'} aria-describedby={describedBy}>
        <legend>
          {legend}
          <RequiredMark required={required} />
          {required ? null : <span className="optional"> {th.common.optional}</span>}
        </legend>
        {help ? (
          <p id={hintId(id)} className="hint">
            {help}
          </p>
        ) : null}
        {children}
      </fieldset>
      <FieldError id={errorId(id)} message={error} />
    </div>
  );
}

export interface OptionItem {
  value: string;
  label: ReactNode;
}

interface OptionListProps {
  /** Given to the first control, so an error link can focus the group. */
  firstId: string;
  name: string;
  type: 'radio' | 'checkbox';
  options: readonly OptionItem[];
  isChecked: (value: string) => boolean;
  onToggle: (value: string, checked: boolean) => void;
  invalid: boolean;
  required?: boolean;
}

/** Radios or checkboxes, each whole label a touch target. */
export function OptionList({ firstId, name, type, options, isChecked, onToggle, invalid, required }: OptionListProps) {
  return (
    <ul className="choice-list">
      {options.map((o, i) => (
        <li key={o.value}>
          <label className="choice">
            <input
              id={i === 0 ? firstId : undefined}
              type={type}
              name={name}
              value={o.value}
              checked={isChecked(o.value)}
              onChange={(e) => onToggle(o.value, e.target.checked)}
              aria-invalid={invalid}
              required={type === 'radio' ? required : undefined}
            />
            {typeof o.label === 'string' ? <span className="choice-text">{o.label}</span> : o.label}
          </label>
        </li>
      ))}
    </ul>
  );
}

export type QuestionValueProps<V> = {
  question: Question;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  error?: string | undefined;
};
