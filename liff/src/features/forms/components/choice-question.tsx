// Single choice as radios, multiple choice as checkboxes; "อื่น ๆ (โปรดระบุ)" opens a text box right under it.
import { OTHER_OPTION_LABEL, type AnswerValue } from '@nithet/shared';
import { th } from '../../../i18n/th';
import { OTHER_CONTROL, isPicked, otherText, pickOne, toggleMany, typeOther } from '../choice-values';
import { questionDomId } from '../form-steps';
import { OptionList, QuestionGroup, type QuestionValueProps } from './question-group';

export function ChoiceQuestion({ question, value, onChange, error }: QuestionValueProps<AnswerValue>) {
  const id = questionDomId(question.id);
  const multiple = question.kind === 'multi-choice';
  const options = [
    ...(question.options ?? []).map((o) => ({ value: o.value, label: o.label })),
    ...(question.allowOther ? [{ value: OTHER_CONTROL, label: OTHER_OPTION_LABEL }] : []),
  ];
  const other = otherText(value);
  const help = [question.help, multiple ? countHint(question.min, question.max) : undefined].filter(Boolean).join(' ');
  return (
    <QuestionGroup id={id} legend={question.label} required={question.required} help={help || undefined} error={error}>
      <OptionList
        firstId={id}
        name={id}
        type={multiple ? 'checkbox' : 'radio'}
        options={options}
        isChecked={(v) => isPicked(value, v)}
        onToggle={(v, on) => onChange(multiple ? toggleMany(value, v, on) : pickOne(value, v))}
        invalid={Boolean(error)}
        required={question.required}
      />
      {other !== null ? (
        <div className="other-answer">
          <label htmlFor={`${id}-other`}>{th.forms.otherLabel}</label>
          <input
            id={`${id}-other`}
            className="input"
            type="text"
            value={other}
            onChange={(e) => onChange(typeOther(value, multiple, e.target.value))}
            aria-invalid={Boolean(error)}
            required
          />
        </div>
      ) : null}
    </QuestionGroup>
  );
}

function countHint(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return th.forms.chooseBetween(min, max);
  if (max !== undefined) return th.forms.chooseAtMost(max);
  if (min !== undefined) return th.forms.chooseAtLeast(min);
  return th.forms.chooseAny;
}
