// A list of labelled rows (a choice question's options, a rating grid's items): rename, move, remove, and add one by
// typing its text. Rows keep the value or id they were made with, so answers and conditions keep pointing at them.
import { useState, type KeyboardEvent } from 'react';
import { FieldError, errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { moveItem, removeAt, replaceAt } from '../builder-edits';
import { TextField } from './fields';
import { MoveButtons, afterMove } from './move-buttons';

const t = th.formBuilder;

export interface ListEntry {
  key: string;
  label: string;
}

interface ListEditorProps<E extends ListEntry> {
  /** Row `i`'s box is `${idBase}-${i}`, the new row's box `${idBase}-new`. */
  idBase: string;
  legend: string;
  rowLabel: (n: number) => string;
  newLabel: string;
  addLabel: string;
  entries: readonly E[];
  /** Messages by the rest of their path: '' for the list, `2.label` for a row. */
  errors: Readonly<Record<string, string>>;
  onChange: (entries: E[]) => void;
  /** A new entry for the typed text (its key made from it). */
  make: (label: string) => E;
  focus: (id: string) => void;
}

export function ListEditor<E extends ListEntry>(props: ListEditorProps<E>) {
  const { idBase, entries, errors, onChange, focus } = props;
  const [text, setText] = useState('');
  const [missing, setMissing] = useState(false);
  const newId = `${idBase}-new`;

  const add = () => {
    if (!text.trim()) {
      setMissing(true);
      return;
    }
    onChange([...entries, props.make(text.trim())]);
    setText('');
    setMissing(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    add();
  };
  const rowError = (i: number) => errors[`${i}.label`] ?? errors[`${i}.value`] ?? errors[`${i}.id`] ?? errors[String(i)];

  return (
    <fieldset className="choice-group fb-list" aria-describedby={errorId(idBase)}>
      <legend>{props.legend}</legend>
      <ol className="fb-rows">
        {entries.map((entry, i) => {
          const row = `${idBase}-${i}`;
          const name = props.rowLabel(i + 1);
          return (
            <li key={entry.key} className="fb-row">
              <TextField
                id={row}
                label={name}
                required
                value={entry.label}
                error={rowError(i)}
                onChange={(label) => onChange(replaceAt(entries, i, { ...entry, label }))}
              />
              <div className="fb-tools">
                <MoveButtons
                  base={row}
                  what={name}
                  canUp={i > 0}
                  canDown={i < entries.length - 1}
                  onMove={(dir) => {
                    onChange(moveItem(entries, i, i + dir));
                    const to = i + dir;
                    focus(afterMove(`${idBase}-${to}`, dir, to === 0 || to === entries.length - 1));
                  }}
                />
                <button
                  id={`${row}-remove`}
                  type="button"
                  className="button button-secondary"
                  aria-label={t.named(t.actions.remove, name)}
                  onClick={() => {
                    onChange(removeAt(entries, i));
                    focus(i < entries.length - 1 ? `${row}-remove` : newId);
                  }}
                >
                  {t.actions.remove}
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <FieldError id={errorId(idBase)} message={errors['']} />
      <div className="fb-add">
        <TextField
          id={newId}
          label={props.newLabel}
          value={text}
          error={missing ? t.errors.newEntry : undefined}
          onChange={setText}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="button button-secondary" onClick={add}>
          {props.addLabel}
        </button>
      </div>
    </fieldset>
  );
}
