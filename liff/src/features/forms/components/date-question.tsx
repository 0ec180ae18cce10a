// A date: the phone's own date picker, with the chosen day written out in พ.ศ. beside it (pickers show ค.ศ. on many phones)
// and, when the form limits the days, the first and last of them in พ.ศ. too.
import { formatThaiCalendarDate, isCalendarDate, type AnswerValue, type Question } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { questionDomId } from '../form-steps';
import type { QuestionValueProps } from './question-group';

export function DateQuestion({ question, value, onChange, error }: QuestionValueProps<AnswerValue>) {
  const id = questionDomId(question.id);
  const day = typeof value === 'string' ? value : '';
  const shownId = `${id}-be`;
  const help = [question.help, boundsHint(question)].filter(Boolean).join(' ');
  return (
    <FormField
      id={id}
      label={question.label}
      required={question.required}
      optional={!question.required}
      hint={help || undefined}
      error={error}
    >
      {(aria) => (
        <div className="date-answer">
          <input
            {...aria}
            aria-describedby={`${aria['aria-describedby']} ${shownId}`}
            className="input input-date"
            type="date"
            min={question.minDate}
            max={question.maxDate}
            value={day}
            required={question.required}
            onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
          />
          <p id={shownId} className="date-be">
            {isCalendarDate(day) ? th.forms.dateChosen(formatThaiCalendarDate(day)) : th.forms.dateNone}
          </p>
        </div>
      )}
    </FormField>
  );
}

function boundsHint({ minDate, maxDate }: Question): string | undefined {
  const [from, to] = [minDate, maxDate].map((d) => (d && isCalendarDate(d) ? formatThaiCalendarDate(d) : undefined));
  if (from && to) return th.forms.dateBetween(from, to);
  if (from) return th.forms.dateFrom(from);
  return to ? th.forms.dateUntil(to) : undefined;
}
