// วันแรก / วันสุดท้ายที่เลือกได้ of a date question: day, Thai month and year พ.ศ. as three labelled boxes in one group,
// the day written out in พ.ศ. beneath, and ล้าง to lift the bound. What is typed stays on screen while it is half done.
import { useState } from 'react';
import { formatThaiCalendarDate, isCalendarDate } from '@nithet/shared';
import { FieldError, errorId, hintId } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { EMPTY_PARTS, THAI_MONTHS, dayOf, partsOf, type DayParts } from '../date-bounds';

const t = th.formBuilder.fields;

interface DateBoundFieldProps {
  /** The day box's id (where an error link lands); `-month`, `-year` and `-clear` follow it. */
  id: string;
  legend: string;
  value: string | undefined;
  error: string | undefined;
  onChange: (day: string | undefined) => void;
}

export function DateBoundField({ id, legend, value, error, onChange }: DateBoundFieldProps) {
  const [typed, setTyped] = useState<DayParts>(partsOf(value));
  // A change from elsewhere (a save, ล้าง) wins over what was typed.
  const parts = dayOf(typed) === value ? typed : partsOf(value);
  const set = (patch: Partial<DayParts>) => {
    const next = { ...parts, ...patch };
    setTyped(next);
    onChange(dayOf(next));
  };
  const aria = { 'aria-invalid': Boolean(error), 'aria-describedby': `${hintId(id)} ${id}-be ${errorId(id)}` };
  const shown = value === undefined ? t.noDateLimit : isCalendarDate(value) ? t.dateIs(formatThaiCalendarDate(value)) : '';

  return (
    <fieldset className="choice-group fb-list">
      <legend>
        {legend}{' '}
        <span className="optional" aria-hidden="true">
          {th.common.optional}
        </span>
      </legend>
      <p id={hintId(id)} className="hint">
        {t.dateHint}
      </p>
      <div className="fb-range">
        <div className="field">
          <label htmlFor={id}>{t.day}</label>
          <input
            {...aria}
            id={id}
            className="input input-number"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={parts.day}
            onChange={(e) => set({ day: e.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-month`}>{t.month}</label>
          <select {...aria} id={`${id}-month`} className="input" value={parts.month} onChange={(e) => set({ month: e.target.value })}>
            <option value="">{t.monthNone}</option>
            {THAI_MONTHS.map((name, m) => (
              <option key={name} value={String(m + 1)}>
                {name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-year`}>{t.yearBe}</label>
          <input
            {...aria}
            id={`${id}-year`}
            className="input input-number"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            value={parts.year}
            onChange={(e) => set({ year: e.target.value })}
          />
        </div>
      </div>
      <p id={`${id}-be`} className="date-be">
        {shown}
      </p>
      {value !== undefined ? (
        <button
          id={`${id}-clear`}
          type="button"
          className="button button-secondary"
          onClick={() => {
            setTyped(EMPTY_PARTS);
            onChange(undefined);
          }}
        >
          {t.clearDate(legend)}
        </button>
      ) : null}
      <FieldError id={errorId(id)} message={error} />
    </fieldset>
  );
}
