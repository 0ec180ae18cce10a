// Short text, long text and numbers: one labelled box each. Numbers stay text while typed; the form engine reads them.
import type { AnswerValue, Question } from '@nithet/shared';
import { FormField } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { questionDomId } from '../form-steps';
import type { QuestionValueProps } from './question-group';

const asText = (value: AnswerValue | undefined): string =>
  typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

export function TextQuestion({ question, value, onChange, error }: QuestionValueProps<AnswerValue>) {
  const id = questionDomId(question.id);
  const set = (text: string) => onChange(text === '' ? undefined : text);
  // A length the form set itself is said; the engine's default is long enough never to be met in practice.
  const limit = question.kind !== 'number' && question.maxLength !== undefined ? th.forms.textLimit(question.maxLength) : undefined;
  const help = [question.help, question.kind === 'number' ? numberHint(question) : limit].filter(Boolean).join(' ');
  return (
    <FormField
      id={id}
      label={question.label}
      required={question.required}
      optional={!question.required}
      hint={help || undefined}
      error={error}
    >
      {(aria) =>
        question.kind === 'long-text' ? (
          <textarea
            {...aria}
            className="input"
            rows={4}
            value={asText(value)}
            required={question.required}
            onChange={(e) => set(e.target.value)}
          />
        ) : (
          <input
            {...aria}
            className={question.kind === 'number' ? 'input input-number' : 'input'}
            type="text"
            inputMode={question.kind === 'number' ? (question.integer ? 'numeric' : 'decimal') : undefined}
            autoComplete="off"
            value={asText(value)}
            required={question.required}
            onChange={(e) => set(e.target.value)}
          />
        )
      }
    </FormField>
  );
}

function numberHint(question: Question): string | undefined {
  const { min, max, integer } = question;
  const range =
    min !== undefined && max !== undefined
      ? th.forms.numberBetween(min, max)
      : min !== undefined
        ? th.forms.numberAtLeast(min)
        : max !== undefined
          ? th.forms.numberAtMost(max)
          : undefined;
  return [range, integer ? th.forms.wholeNumber : undefined].filter(Boolean).join(' ') || undefined;
}
