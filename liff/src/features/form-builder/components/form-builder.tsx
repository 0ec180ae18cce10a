// The builder for one form: แก้ไข (details, sections, question cards) or ดูตัวอย่าง (the teacher's view of the unsaved
// form); บันทึกแบบฟอร์ม checks with the shared schema first, then saves and says whether in place or as version N.
import { useEffect, useMemo, useState } from 'react';
import { allQuestions, type TemplateResponse } from '@nithet/shared';
import { ErrorPanel } from '../../../components/status-panel';
import { th } from '../../../i18n/th-staff';
import { asApiError, type ApiError } from '../../../lib/api-client';
import { definitionOf, draftOf } from '../builder-edits';
import { placeErrors, problemsOf, targetOf, type PlacedError } from '../builder-errors';
import { saveFormTemplate } from '../api/save-form-template';
import { TextField } from './fields';
import { FormPreview } from './form-preview';
import { SectionCard } from './section-card';
import { useBuilder } from './use-builder';

const t = th.formBuilder;
type Mode = 'edit' | 'preview';

export function FormBuilder({ template }: { template: TemplateResponse }) {
  const [saved, setSaved] = useState(template);
  const [mode, setMode] = useState<Mode>('edit');
  /** After a refused save, problems follow the edits until they are gone. */
  const [checking, setChecking] = useState(false);
  const [serverFields, setServerFields] = useState<Readonly<Record<string, string>>>({});
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState('');
  const b = useBuilder(draftOf(template.definition), () => {
    setServerFields({});
    setOutcome('');
  });
  const { draft } = b;

  const definition = useMemo(() => definitionOf(saved.definition, draft), [saved.definition, draft]);
  const problems = useMemo(() => problemsOf(definition), [definition]);
  const placed = useMemo(
    () => placeErrors(draft.sections, checking ? { ...serverFields, ...problems } : serverFields),
    [draft.sections, checking, serverFields, problems],
  );
  const all = useMemo(() => allQuestions(draft), [draft]);
  const dirty = JSON.stringify(draftOf(saved.definition)) !== JSON.stringify(draft);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const refuse = (found: readonly PlacedError[]) => {
    b.openCards(found.map((e) => e.card).filter((c) => c !== 'form'));
    setMode('edit');
    b.focus('fb-errors');
  };

  const save = async () => {
    setSaveError(null);
    setOutcome('');
    if (Object.keys(problems).length > 0) {
      setChecking(true);
      return refuse(placeErrors(draft.sections, problems));
    }
    setSaving(true);
    try {
      const res = await saveFormTemplate(saved.templateId, {
        title: draft.title,
        description: draft.description.trim(),
        sections: draft.sections,
      });
      setSaved(res);
      b.replace(draftOf(res.definition));
      setChecking(false);
      setOutcome(res.newVersion ? t.savedNewVersion(res.version) : t.savedInPlace(res.version));
    } catch (err) {
      const apiError = asApiError(err);
      if (Object.keys(apiError.fields).length > 0) {
        setServerFields(apiError.fields);
        refuse(placeErrors(draft.sections, apiError.fields));
      } else setSaveError(apiError);
    } finally {
      setSaving(false);
    }
  };

  const goTo = (e: PlacedError) => {
    if (e.card !== 'form') b.openCards([e.card]);
    b.focus(targetOf(e.card, e.field));
  };
  const formError = (field: string) => placed.find((e) => e.card === 'form' && e.field === field)?.message;

  return (
    <>
      <p className="card-meta">{t.meta(saved.templateId, saved.version)}</p>
      <div className="fb-modes" role="group" aria-label={t.modes.label}>
        {(['edit', 'preview'] as const).map((m) => (
          <button key={m} type="button" className="button fb-mode" aria-pressed={mode === m} onClick={() => setMode(m)}>
            {t.modes[m]}
          </button>
        ))}
      </div>
      <p className="status-notice" role="status">
        {b.announcement}
      </p>

      {mode === 'preview' ? (
        <FormPreview definition={definition} valid={Object.keys(problems).length === 0} />
      ) : (
        <>
          <section className="form-section" aria-labelledby="fb-form-heading">
            <h2 id="fb-form-heading" tabIndex={-1}>
              {t.details}
            </h2>
            <TextField
              id="fb-form-title"
              label={t.formTitle}
              required
              value={draft.title}
              error={formError('title')}
              onChange={(title) => b.setDetails({ title })}
            />
            <TextField
              id="fb-form-description"
              label={t.formDescription}
              optional
              rows={3}
              value={draft.description}
              error={formError('description')}
              onChange={(description) => b.setDetails({ description })}
            />
          </section>
          {draft.sections.map((s, i) => (
            <SectionCard key={s.id} b={b} index={i} all={all} placed={placed} />
          ))}
          <div className="create-bar">
            <button id="fb-add-section" type="button" className="button button-secondary" onClick={b.addSection}>
              {t.addSection}
            </button>
          </div>
        </>
      )}

      <div className="fb-save">
        {placed.length > 0 ? (
          <div id="fb-errors" className="panel panel-error error-summary" tabIndex={-1} aria-labelledby="fb-errors-title">
            <h2 id="fb-errors-title">{t.errors.summary(placed.length)}</h2>
            <ul>
              {placed.map((e) => (
                <li key={`${e.card}|${e.field}`}>
                  <a
                    href={`#${targetOf(e.card, e.field)}`}
                    onClick={(ev) => {
                      ev.preventDefault();
                      setMode('edit');
                      goTo(e);
                    }}
                  >
                    {t.errors.where(e.where, e.message)}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {saveError ? <ErrorPanel message={saveError.thaiMessage} reload={saveError.needsReload} /> : null}
        <p className="hint">{t.saveHint}</p>
        <p className="fb-outcome" role="status">
          {outcome || (saving ? t.saving : dirty ? t.unsaved : '')}
        </p>
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
          {t.save}
        </button>
      </div>
    </>
  );
}
