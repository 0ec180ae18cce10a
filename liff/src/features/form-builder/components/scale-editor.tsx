// มาตราส่วนคะแนน of a rating or a rating grid: its lowest and highest point, and a word for each point as the teacher
// will read it. Ids start with `${base}-scale` (error links land on `-min`, `-max` and `-<point index>`).
import { scaleOf, type Question, type Scale } from '@nithet/shared';
import { FieldError, errorId, hintId } from '../../../components/form-field';
import { th } from '../../../i18n/th-staff';
import { SCALE_FIRST, SCALE_LAST, pointWords, withRange, withWord } from '../scale-edits';
import { TextField } from './fields';

const t = th.formBuilder.fields;

interface ScaleEditorProps {
  base: string;
  question: Question;
  /** The card's messages under `scale` ('' for the scale, `min`, `labels.2`…). */
  errors: Readonly<Record<string, string>>;
  onChange: (scale: Scale | undefined) => void;
}

export function ScaleEditor({ base, question, errors, onChange }: ScaleEditorProps) {
  const id = `${base}-scale`;
  const scale = scaleOf(question);
  const ends = [
    { key: 'min', label: t.scaleMin, points: SCALE_FIRST, value: scale.min, set: (n: number) => withRange(question, n, scale.max) },
    { key: 'max', label: t.scaleMax, points: SCALE_LAST, value: scale.max, set: (n: number) => withRange(question, scale.min, n) },
  ] as const;
  const listError = errors[''] ?? errors.labels;

  return (
    <fieldset className="choice-group fb-list" aria-describedby={errorId(id)}>
      <legend>{t.scale}</legend>
      <div className="fb-range">
        {ends.map((end) => {
          const endId = `${id}-${end.key}`;
          return (
            <div key={end.key} className="field">
              <label htmlFor={endId}>{end.label}</label>
              <select
                id={endId}
                className="input"
                value={end.value}
                aria-invalid={Boolean(errors[end.key])}
                aria-describedby={errorId(endId)}
                onChange={(e) => onChange(end.set(Number(e.target.value)))}
              >
                {end.points.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
              <FieldError id={errorId(endId)} message={errors[end.key]} />
            </div>
          );
        })}
      </div>
      <p id={hintId(id)} className="hint">
        {t.pointWordsHint}
      </p>
      <ol className="fb-rows">
        {pointWords(scale).map((word, i) => (
          <li key={scale.min + i} className="fb-row">
            <TextField
              id={`${id}-${i}`}
              label={t.pointWord(scale.min + i)}
              optional
              value={word}
              error={errors[`labels.${i}`]}
              onChange={(text) => onChange(withWord(question, i, text))}
            />
          </li>
        ))}
      </ol>
      <FieldError id={errorId(id)} message={listError} />
    </fieldset>
  );
}
