// A labelled drop-down that narrows a list on the phone; the first option means "any".
import { useId } from 'react';

export interface FilterOption {
  value: string;
  label: string;
}

interface SelectFilterProps {
  label: string;
  anyLabel: string;
  value: string;
  options: readonly FilterOption[];
  onChange: (value: string) => void;
  /** Id of the text that reports how many items are shown. */
  describedBy?: string;
}

export function SelectFilter({ label, anyLabel, value, options, onChange, describedBy }: SelectFilterProps) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} className="input" value={value} aria-describedby={describedBy} onChange={(e) => onChange(e.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
