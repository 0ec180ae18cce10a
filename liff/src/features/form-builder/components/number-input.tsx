// A number typed as text (phones' number keyboards differ): what is typed stays on screen; the form holds the number,
// NaN while it is not one (the definition schema then names the field), undefined when empty.
import { useState } from 'react';
import type { ControlAria } from '../../../components/form-field';

export function parseNumber(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : Number.NaN;
}

const format = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '' : String(n));
const same = (a: number | undefined, b: number | undefined) => a === b || (Number.isNaN(a) && Number.isNaN(b));

interface NumberInputProps extends ControlAria {
  value: number | undefined;
  onChange: (value: number | undefined) => void;
}

export function NumberInput({ value, onChange, ...aria }: NumberInputProps) {
  const [text, setText] = useState(format(value));
  // A change from elsewhere (a save, an undo of the operator) wins over what was typed.
  const shown = same(parseNumber(text), value) ? text : format(value);
  return (
    <input
      {...aria}
      className="input input-number"
      type="text"
      inputMode="decimal"
      autoComplete="off"
      value={shown}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseNumber(e.target.value));
      }}
    />
  );
}
