// แสดงข้อนี้เมื่อ: one condition on an earlier question — which question, the operator its kind allows, and the
// answer (a choice, several choices, a number or a text). Richer show-ifs from templates can only be cleared here.
import type { Condition, ConditionOp, Question, ShowIf } from '@nithet/shared';
import { FieldError, errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { choicesOf, conditionFor, defaultCondition, describeShowIf, opsFor, showIfOf, singleCondition } from '../show-if-view';
import { CheckField } from './fields';
import { NumberInput } from './number-input';

const t = th.formBuilder.showIf;

interface ShowIfEditorProps {
  /** The question select is `${idBase}-showif` (where an error link lands). */
  idBase: string;
  legend: string;
  showIf: ShowIf | undefined;
  /** Questions a condition here may look at. */
  earlier: readonly Question[];
  /** Every question of the form in order (for their numbers). */
  all: readonly Question[];
  error: string | undefined;
  onChange: (showIf: ShowIf | undefined) => void;
}

export function ShowIfEditor({ idBase, legend, showIf, earlier, all, error, onChange }: ShowIfEditorProps) {
  const id = `${idBase}-showif`;
  const condition = singleCondition(showIf);
  const numberOf = (q: Question) => th.formBuilder.question(all.indexOf(q) + 1);
  if (condition === null) {
    return (
      <div className="fb-showif">
        <p className="field-label">{legend}</p>
        <p>{describeShowIf(showIf, all)}</p>
        <p className="hint">{t.complex}</p>
        <button id={id} type="button" className="button button-secondary" onClick={() => onChange(undefined)}>
          {t.clear}
        </button>
        <FieldError id={errorId(id)} message={error} />
      </div>
    );
  }
  const target = condition ? all.find((q) => q.id === condition.question) : undefined;
  // A condition left on a question that is no longer before this one stays offered, so the error beside it makes sense.
  const offered = target && !earlier.includes(target) ? [...earlier, target] : earlier;
  const set = (next: Condition | undefined) => onChange(showIfOf(next));

  return (
    <fieldset className="choice-group fb-showif" aria-describedby={errorId(id)}>
      <legend>{legend}</legend>
      {offered.length === 0 ? (
        <p className="hint">{t.noEarlier}</p>
      ) : (
        <div className="field">
          <label htmlFor={id}>{t.question}</label>
          <select
            id={id}
            className="input"
            value={condition?.question ?? ''}
            aria-invalid={Boolean(error)}
            onChange={(e) => {
              const picked = all.find((q) => q.id === e.target.value);
              set(picked ? defaultCondition(picked) : undefined);
            }}
          >
            <option value="">{t.always}</option>
            {offered.map((q) => (
              <option key={q.id} value={q.id}>
                {`${numberOf(q)} ${q.label || th.formBuilder.noLabel}`}
              </option>
            ))}
          </select>
        </div>
      )}
      {condition && target ? <ConditionFields id={id} condition={condition} target={target} onChange={set} /> : null}
      <FieldError id={errorId(id)} message={error} />
    </fieldset>
  );
}

function ConditionFields({
  id,
  condition,
  target,
  onChange,
}: {
  id: string;
  condition: Condition;
  target: Question;
  onChange: (c: Condition) => void;
}) {
  const { op, value } = condition;
  const choices = choicesOf(target);
  const numeric = target.kind === 'number' || target.kind === 'rating';
  const valueId = `${id}-value`;
  const ops = opsFor(target).includes(op) ? opsFor(target) : [...opsFor(target), op];
  let valueField = null;
  if (op === 'in') {
    const picked = Array.isArray(value) ? value : [];
    valueField = (
      <fieldset className="choice-group">
        <legend>{t.values}</legend>
        <ul className="choice-list">
          {choices.map((c) => (
            <li key={c.value}>
              <CheckField
                label={c.label}
                checked={picked.includes(c.value)}
                onChange={(on) => onChange({ ...condition, value: on ? [...picked, c.value] : picked.filter((v) => v !== c.value) })}
              />
            </li>
          ))}
        </ul>
      </fieldset>
    );
  } else if (op !== 'answered' && choices.length > 0) {
    valueField = (
      <div className="field">
        <label htmlFor={valueId}>{t.value}</label>
        <select
          id={valueId}
          className="input"
          value={String(value ?? '')}
          onChange={(e) => onChange({ ...condition, value: e.target.value })}
        >
          {choices.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  } else if (op !== 'answered') {
    const aria = { id: valueId, 'aria-describedby': errorId(id), 'aria-invalid': false };
    valueField = (
      <div className="field">
        <label htmlFor={valueId}>{numeric ? t.number : t.value}</label>
        {numeric ? (
          <NumberInput
            {...aria}
            value={typeof value === 'number' ? value : undefined}
            onChange={(n) => onChange({ ...condition, value: n ?? Number.NaN })}
          />
        ) : (
          <input
            {...aria}
            className="input"
            type="text"
            value={typeof value === 'string' ? value : ''}
            onChange={(e) => onChange({ ...condition, value: e.target.value })}
          />
        )}
      </div>
    );
  }
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-op`}>{t.op}</label>
        <select
          id={`${id}-op`}
          className="input"
          value={op}
          onChange={(e) => onChange(conditionFor(target, e.target.value as ConditionOp, value))}
        >
          {ops.map((o) => (
            <option key={o} value={o}>
              {t.ops[o]}
            </option>
          ))}
        </select>
      </div>
      {valueField}
    </>
  );
}
