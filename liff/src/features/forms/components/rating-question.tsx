// 1–5 ratings as a row of radios with the Thai words at both ends; a rating grid as one such row per item, each its own group.
// A scale whose points have their own words (not the usual Likert ones) says what each point means above the row.
import { DEFAULT_SCALE, scaleOf, type AnswerValue, type Scale } from '@nithet/shared';
import { FieldError, RequiredMark, errorId } from '../../../components/form-field';
import { th } from '../../../i18n/th';
import { itemDomId, questionDomId } from '../form-steps';
import { QuestionGroup, type QuestionValueProps } from './question-group';

/** Each point with its word (for the radio's name); the words of the two ends also show under the row. */
function points(scale: Scale): { n: number; word: string | undefined }[] {
  return Array.from({ length: scale.max - scale.min + 1 }, (_, i) => {
    const n = scale.min + i;
    const word = scale.labels?.[i] ?? (n === scale.min ? scale.minLabel : n === scale.max ? scale.maxLabel : undefined);
    return { n, word };
  });
}

/** "ความหมายของคะแนน: 1 = ไม่เคย, 2 = นาน ๆ ครั้ง, …" when points between the ends have words other than the usual ones. */
function scaleKey(scale: Scale): string | undefined {
  const all = points(scale);
  const usual = DEFAULT_SCALE.labels ?? [];
  const isUsual = all.length === usual.length && all.every((p, i) => p.word === usual[i]);
  if (isUsual || !all.slice(1, -1).some((p) => p.word?.trim())) return undefined;
  const words = all.filter((p) => p.word?.trim()).map((p) => th.forms.scaleEnd(p.n, p.word!));
  return `${th.forms.scaleKey}: ${words.join(', ')}`;
}

const asRating = (v: unknown): number | undefined =>
  typeof v === 'number' ? v : typeof v === 'string' && v !== '' ? Number(v) : undefined;

interface RatingRowProps {
  firstId: string;
  name: string;
  scale: Scale;
  value: number | undefined;
  onChange: (n: number) => void;
  invalid: boolean;
  required: boolean;
}

function RatingRow({ firstId, name, scale, value, onChange, invalid, required }: RatingRowProps) {
  const all = points(scale);
  const ends = [scale.minLabel ?? all[0]?.word, scale.maxLabel ?? all.at(-1)?.word];
  return (
    <div className="rating">
      <ul className="rating-row">
        {all.map(({ n, word }, i) => (
          <li key={n}>
            <label className="rating-point">
              <input
                id={i === 0 ? firstId : undefined}
                type="radio"
                name={name}
                value={n}
                checked={value === n}
                onChange={() => onChange(n)}
                aria-invalid={invalid}
                required={required}
              />
              <span className="rating-number">{n}</span>
              {word ? <span className="visually-hidden"> {word}</span> : null}
            </label>
          </li>
        ))}
      </ul>
      {ends[0] || ends[1] ? (
        <p className="rating-ends" aria-hidden="true">
          <span>{ends[0] ? th.forms.scaleEnd(scale.min, ends[0]) : ''}</span>
          <span>{ends[1] ? th.forms.scaleEnd(scale.max, ends[1]) : ''}</span>
        </p>
      ) : null}
    </div>
  );
}

export function RatingQuestion({ question, value, onChange, error }: QuestionValueProps<AnswerValue>) {
  const id = questionDomId(question.id);
  const scale = scaleOf(question);
  const help = [question.help, scaleKey(scale)].filter(Boolean).join(' ');
  return (
    <QuestionGroup id={id} legend={question.label} required={question.required} help={help || undefined} error={error}>
      <RatingRow
        firstId={id}
        name={id}
        scale={scale}
        value={asRating(value)}
        onChange={onChange}
        invalid={Boolean(error)}
        required={question.required}
      />
    </QuestionGroup>
  );
}

interface GridProps extends QuestionValueProps<AnswerValue> {
  itemErrors: Readonly<Record<string, string>>;
}

/** A phone-friendly grid: no wide table, each item a group of its own so its name is read with each point. */
export function RatingGridQuestion({ question, value, onChange, error, itemErrors }: GridProps) {
  const id = questionDomId(question.id);
  const scale = scaleOf(question);
  const ratings = gridRatings(value);
  const set = (itemId: string, n: number) => onChange({ ...ratings, [itemId]: n });
  const help = [question.help, th.forms.gridHint(scale.min, scale.max), scaleKey(scale)].filter(Boolean).join(' ');
  return (
    <QuestionGroup id={id} legend={question.label} required={question.required} help={help} error={error} className="rating-grid">
      {(question.items ?? []).map((item, i) => {
        const itemId = itemDomId(question.id, item.id);
        const itemError = itemErrors[item.id];
        return (
          <fieldset key={item.id} className="grid-item" aria-describedby={errorId(itemId)}>
            <legend>
              {`${i + 1}. ${item.label}`}
              <RequiredMark required={question.required} />
            </legend>
            <RatingRow
              firstId={itemId}
              name={itemId}
              scale={scale}
              value={asRating(ratings[item.id])}
              onChange={(n) => set(item.id, n)}
              invalid={Boolean(itemError)}
              required={question.required}
            />
            <FieldError id={errorId(itemId)} message={itemError} />
          </fieldset>
        );
      })}
    </QuestionGroup>
  );
}

function gridRatings(value: AnswerValue | undefined): Record<string, number> {
  return value && typeof value === 'object' && !Array.isArray(value) ? value : {};
}
