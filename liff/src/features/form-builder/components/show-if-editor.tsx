// แสดงข้อนี้เมื่อ: conditions on earlier questions, each its own group (which question, the operator its kind allows,
// the answer), joined by และ or หรือ once there are two. A show-if mixing both (from a template) can only be cleared here.
import type { Condition, Question, ShowIf } from '@nithet/shared';
import { FieldError, errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { conditionListOf, defaultCondition, describeShowIf, showIfFrom, withNewCondition, type Match } from '../show-if-view';
import { replaceAt, removeAt } from '../builder-edits';
import { ConditionFields } from './condition-fields';

const t = th.formBuilder.showIf;

interface ShowIfEditorProps {
  /** Condition i's question box is `${idBase}-showif-${i}` (where an error link lands). */
  idBase: string;
  legend: string;
  showIf: ShowIf | undefined;
  /** Questions a condition here may look at. */
  earlier: readonly Question[];
  /** Every question of the form in order (for their numbers). */
  all: readonly Question[];
  /** The card's messages under `showIf` (`all.0.value`…). */
  errors: Readonly<Record<string, string>>;
  onChange: (showIf: ShowIf | undefined) => void;
  focus: (id: string) => void;
}

/** One condition's messages, and the rest (for the whole group). */
function splitErrors(errors: Readonly<Record<string, string>>, count: number): { rows: string[]; rest: string } {
  const rows = Array.from({ length: count }, () => [] as string[]);
  const rest: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const m = /^(?:all|any)\.(\d+)(?:\.|$)/.exec(path);
    const row = m ? rows[Number(m[1])] : undefined;
    (row ?? rest).push(message);
  }
  return { rows: rows.map((r) => r.join(' ')), rest: rest.join(' ') };
}

export function ShowIfEditor({ idBase, legend, showIf, earlier, all, errors, onChange, focus }: ShowIfEditorProps) {
  const id = `${idBase}-showif`;
  const list = conditionListOf(showIf);
  if (list === null) {
    return (
      <div className="fb-showif">
        <p className="field-label">{legend}</p>
        <p>{describeShowIf(showIf, all)}</p>
        <p className="hint">{t.complex}</p>
        {/* `-0`: error links on any of its conditions land here. */}
        <button id={`${id}-0`} type="button" className="button button-secondary" onClick={() => onChange(undefined)}>
          {t.clear}
        </button>
        <FieldError id={errorId(id)} message={Object.values(errors).join(' ') || undefined} />
      </div>
    );
  }
  const { match, conditions } = list;
  const { rows, rest } = splitErrors(errors, conditions.length);
  const set = (next: Condition[], nextMatch: Match = match) => onChange(showIfFrom({ match: nextMatch, conditions: next }));

  return (
    <fieldset className="choice-group fb-showif" aria-describedby={errorId(id)}>
      <legend>{legend}</legend>
      {conditions.length === 0 ? <p className="hint">{earlier.length > 0 ? t.always : t.noEarlier}</p> : null}
      {conditions.length > 1 ? (
        <fieldset className="choice-group">
          <legend>{t.match}</legend>
          <ul className="choice-list">
            {(['all', 'any'] as const).map((m) => (
              <li key={m}>
                <label className="choice">
                  <input type="radio" name={`${id}-match`} value={m} checked={match === m} onChange={() => set(conditions, m)} />
                  <span className="choice-text">{m === 'all' ? t.matchAll : t.matchAny}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ) : null}
      {conditions.length > 0 ? (
        <ol className="fb-rows">
          {conditions.map((condition, i) => (
            <li key={i} className="fb-row">
              <ConditionRow
                id={`${id}-${i}`}
                name={t.numbered(i + 1)}
                condition={condition}
                earlier={earlier}
                all={all}
                error={rows[i] || undefined}
                onChange={(next) => set(replaceAt(conditions, i, next))}
                onRemove={() => {
                  set(removeAt(conditions, i));
                  focus(earlier.length > 0 ? `${id}-add` : `${idBase}-heading`);
                }}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {earlier.length > 0 ? (
        <button
          id={`${id}-add`}
          type="button"
          className="button button-secondary"
          onClick={() => {
            set(withNewCondition(list, earlier).conditions);
            focus(`${id}-${conditions.length}`);
          }}
        >
          {t.add}
        </button>
      ) : null}
      <FieldError id={errorId(id)} message={rest || undefined} />
    </fieldset>
  );
}

interface ConditionRowProps {
  id: string;
  /** "เงื่อนไขที่ 2" */
  name: string;
  condition: Condition;
  earlier: readonly Question[];
  all: readonly Question[];
  error: string | undefined;
  onChange: (condition: Condition) => void;
  onRemove: () => void;
}

function ConditionRow({ id, name, condition, earlier, all, error, onChange, onRemove }: ConditionRowProps) {
  const target = all.find((q) => q.id === condition.question);
  // A condition left on a question that is no longer before this one stays offered, so the message beside it makes sense.
  const offered = target && !earlier.includes(target) ? [...earlier, target] : earlier;
  const numberOf = (q: Question) => th.formBuilder.question(all.indexOf(q) + 1);
  return (
    <fieldset className="choice-group" aria-describedby={errorId(id)}>
      <legend>{name}</legend>
      <div className="field">
        <label htmlFor={id}>{t.question}</label>
        <select
          id={id}
          className="input"
          value={condition.question}
          aria-invalid={Boolean(error)}
          onChange={(e) => {
            const picked = all.find((q) => q.id === e.target.value);
            if (picked) onChange(defaultCondition(picked));
          }}
        >
          {target ? null : <option value={condition.question}>{t.unknown(condition.question)}</option>}
          {offered.map((q) => (
            <option key={q.id} value={q.id}>
              {`${numberOf(q)} ${q.label || th.formBuilder.noLabel}`}
            </option>
          ))}
        </select>
      </div>
      {target ? <ConditionFields id={id} condition={condition} target={target} onChange={onChange} /> : null}
      <FieldError id={errorId(id)} message={error} />
      <div className="fb-tools">
        <button
          id={`${id}-remove`}
          type="button"
          className="button button-secondary"
          aria-label={th.formBuilder.named(th.formBuilder.actions.remove, name)}
          onClick={onRemove}
        >
          {th.formBuilder.actions.remove}
        </button>
      </div>
    </fieldset>
  );
}
