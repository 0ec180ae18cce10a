// ดูตัวอย่าง: the unsaved form drawn by the teacher's own question renderers, every visible section one after another;
// answers stay on this screen (nothing is saved or sent) and show-if follows them as in the filler.
import { useMemo, useState } from 'react';
import { validateAnswers, visibleSections, type AnswerValue, type Answers, type FormDefinition } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import { getIdToken } from '../../../lib/liff';
import { SectionQuestions } from '../../forms/components/question-field';
import { useChoices } from '../../forms/components/use-choices';
import { ownerKeyOf } from '../../forms/owner-key';

const t = th.formBuilder.preview;

export function FormPreview({ definition, valid }: { definition: FormDefinition; valid: boolean }) {
  const owner = useMemo(() => ownerKeyOf(getIdToken()), []);
  const lookups = useChoices(definition, owner);
  const [answers, setAnswers] = useState<Answers>({});
  const [checked, setChecked] = useState(false);
  const sections = visibleSections(definition, answers);
  const result = checked ? validateAnswers(definition, answers) : null;
  const fields = result && !result.ok ? result.fields : {};

  const change = (questionId: string, value: AnswerValue | undefined) =>
    setAnswers((prev) => {
      const { [questionId]: _, ...rest } = prev;
      return value === undefined ? rest : { ...rest, [questionId]: value };
    });

  return (
    <section className="fb-preview" aria-labelledby="fb-preview-heading">
      <h2 id="fb-preview-heading" className="visually-hidden">
        {t.heading}
      </h2>
      <p className="notice">{t.intro}</p>
      {valid ? null : (
        <p className="notice notice-warning" role="status">
          {t.invalid}
        </p>
      )}
      <div className="fb-phone">
        <p className="fb-preview-title">{definition.title}</p>
        {definition.description ? <p className="intro">{definition.description}</p> : null}
        <p className="hint">{th.forms.requiredHint}</p>
        {sections.length === 0 ? <p>{t.nothing}</p> : null}
        {sections.map((section, i) => (
          <section key={section.id} className="fb-preview-section" aria-labelledby={`fb-preview-${section.id}`}>
            <h3 id={`fb-preview-${section.id}`} className="section-heading">
              <span className="form-progress">{th.forms.progress(i + 1, sections.length)}</span>
              <span className="section-title">{section.title}</span>
            </h3>
            {section.description ? <p className="intro">{section.description}</p> : null}
            <SectionQuestions questions={section.questions} answers={answers} fields={fields} onChange={change} lookups={lookups} />
          </section>
        ))}
      </div>
      <p className="hint" role="status">
        {result ? (result.ok ? t.checkedOk : t.checkedErrors(new Set(Object.keys(fields).map((k) => k.split('.')[0])).size)) : ''}
      </p>
      <div className="actions">
        <button type="button" className="button" onClick={() => setChecked(true)}>
          {t.check}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            setAnswers({});
            setChecked(false);
          }}
        >
          {t.reset}
        </button>
      </div>
    </section>
  );
}
