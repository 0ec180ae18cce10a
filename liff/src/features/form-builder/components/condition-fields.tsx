// One condition's operator and answer: a choice, several choices, a rating's point (from its own scale), a number or a text.
import { scaleOf, type Condition, type ConditionOp, type Question } from '@nithet/shared';
import { errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { pointWords } from '../scale-edits';
import { choicesOf, conditionFor, opsFor } from '../show-if-view';
import { CheckField } from './fields';
import { NumberInput } from './number-input';

const t = th.formBuilder.showIf;

/** The points of a rating as choices: "4 มาก". */
function pointsOf(target: Question): { value: string; label: string }[] {
  const scale = scaleOf(target);
  return pointWords(scale).map((word, i) => ({ value: String(scale.min + i), label: `${scale.min + i} ${word}`.trim() }));
}

interface ConditionFieldsProps {
  /** The condition's question box; the operator is `${id}-op`, the answer `${id}-value`. */
  id: string;
  condition: Condition;
  target: Question;
  onChange: (c: Condition) => void;
}

export function ConditionFields({ id, condition, target, onChange }: ConditionFieldsProps) {
  const { op, value } = condition;
  const choices = choicesOf(target);
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
  } else if (op !== 'answered' && (choices.length > 0 || target.kind === 'rating')) {
    const rating = target.kind === 'rating';
    const offered = rating ? pointsOf(target) : choices;
    // A point outside a changed scale stays listed, so the message beside it makes sense.
    const current = String(value ?? '');
    const listed = offered.some((c) => c.value === current) || current === '' ? offered : [...offered, { value: current, label: current }];
    valueField = (
      <div className="field">
        <label htmlFor={valueId}>{rating ? t.point : t.value}</label>
        <select
          id={valueId}
          className="input"
          value={current}
          aria-describedby={errorId(id)}
          onChange={(e) => onChange({ ...condition, value: rating ? Number(e.target.value) : e.target.value })}
        >
          {listed.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
    );
  } else if (op !== 'answered') {
    const numeric = target.kind === 'number';
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
