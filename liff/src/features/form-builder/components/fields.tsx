// The builder's plain controls: a labelled text box (one line or several) bound to a string, and a labelled checkbox.
import type { KeyboardEvent } from 'react';
import { FormField } from '../../../components/form-field';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (text: string) => void;
  required?: boolean;
  /** Marks the field (ไม่บังคับ). */
  optional?: boolean;
  error?: string | undefined;
  /** Rows of a multi-line box; absent for one line. */
  rows?: number;
  onKeyDown?: (e: KeyboardEvent<HTMLInputElement>) => void;
}

export function TextField({ id, label, value, onChange, required = false, optional = false, error, rows, onKeyDown }: TextFieldProps) {
  return (
    <FormField id={id} label={label} required={required} optional={optional} error={error}>
      {(aria) =>
        rows ? (
          <textarea {...aria} className="input" rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...aria}
            className="input"
            type="text"
            autoComplete="off"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            onKeyDown={onKeyDown}
          />
        )
      }
    </FormField>
  );
}

export function CheckField({ label, checked, onChange }: { label: string; checked: boolean; onChange: (on: boolean) => void }) {
  return (
    <label className="choice">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="choice-text">{label}</span>
    </label>
  );
}
