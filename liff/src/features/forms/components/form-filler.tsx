// The form, one section per screen: progress, the section's visible questions, ย้อนกลับ/ถัดไป with the section checked
// before moving on, focus on the new section's heading, Thai errors on their fields with a summary; the draft saves itself.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { validateAnswers, validateSection, visibleSections, type AnswerValue, type Answers, type FormDefinition } from '@nithet/shared';
import { th } from '../../../i18n/th';
import { firstSectionWithError, listErrors, sectionIndex } from '../form-steps';
import { DraftStatusText } from './draft-status';
import { ErrorSummary } from './error-summary';
import { SectionQuestions, type Lookups } from './question-field';
import { useDraftAutosave } from './use-draft-autosave';

const t = th.forms;

export interface FormFillerProps {
  owner: string;
  roundId: string;
  definition: FormDefinition;
  startAnswers: Answers;
  startSection: string | undefined;
  /** This phone holds edits the server has not got yet. */
  upload: boolean;
  /** Already submitted once: the button says it sends the edit. */
  editing: boolean;
  /** Messages the server gave per field when it refused the answers. */
  serverFields: Readonly<Record<string, string>>;
  lookups: Lookups;
  onSubmit: (answers: Answers) => void;
}

export function FormFiller(props: FormFillerProps) {
  const { definition, lookups } = props;
  const [answers, setAnswers] = useState<Answers>(props.startAnswers);
  const [wanted, setWanted] = useState<string | undefined>(props.startSection);
  /** Sections the person tried to leave (or submit): their errors show and follow the answers as they change. */
  const [checked, setChecked] = useState<ReadonlySet<string>>(() => new Set());
  const [serverFields, setServerFields] = useState(props.serverFields);
  const sections = useMemo(() => visibleSections(definition, answers), [definition, answers]);
  const index = sectionIndex(definition, sections, wanted);
  const section = sections[index];
  const sectionId = section?.id;
  const autosave = useDraftAutosave({
    owner: props.owner,
    roundId: props.roundId,
    answers,
    sectionId,
    upload: props.upload,
    enabled: true,
  });

  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [focus, setFocus] = useState<'heading' | 'summary' | null>(null);
  useEffect(() => {
    if (focus === 'heading') headingRef.current?.focus();
    if (focus === 'summary') summaryRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus, index]);

  // A refusal from the server: its messages on their fields, and the person taken to the first of them.
  useEffect(() => {
    setServerFields(props.serverFields);
    const at = firstSectionWithError(visibleSections(definition, answers), props.serverFields);
    if (at < 0) return;
    const id = visibleSections(definition, answers)[at]!.id;
    setWanted(id);
    setChecked((c) => new Set(c).add(id));
    setFocus('summary');
    // Only a new refusal moves the person, not each answer after it: `answers` is read, not watched.
  }, [props.serverFields, definition]);

  const fields = useMemo(() => {
    const own = section && checked.has(section.id) ? sectionFields(definition, section.id, answers) : {};
    return { ...serverFields, ...own };
  }, [definition, section, checked, answers, serverFields]);

  if (!section) return <p className="panel">{t.nothingToAnswer}</p>;
  const last = index === sections.length - 1;
  const errors = listErrors(section.questions, fields);

  const change = (questionId: string, value: AnswerValue | undefined) => {
    setAnswers((prev) => {
      const { [questionId]: _, ...rest } = prev;
      return value === undefined ? rest : { ...rest, [questionId]: value };
    });
    setServerFields((f) => Object.fromEntries(Object.entries(f).filter(([k]) => k !== questionId && !k.startsWith(`${questionId}.`))));
  };

  const goTo = (target: number) => {
    setWanted(sections[target]?.id);
    setFocus('heading');
    window.scrollTo(0, 0);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setChecked((c) => new Set(c).add(section.id));
    if (!validateSection(definition, section.id, answers).ok) return setFocus('summary');
    if (!last) return goTo(index + 1);
    const all = validateAnswers(definition, answers);
    if (!all.ok) {
      // An earlier section went wrong meanwhile (an answer changed on a section before): take the person there.
      const at = Math.max(firstSectionWithError(sections, all.fields), 0);
      setChecked((c) => new Set(c).add(sections[at]!.id));
      setWanted(sections[at]!.id);
      return setFocus('summary');
    }
    autosave.stop();
    props.onSubmit(all.answers);
  };

  return (
    <form className="form form-filler" onSubmit={onSubmit} noValidate>
      <section aria-labelledby="section-heading">
        <h2 id="section-heading" ref={headingRef} tabIndex={-1} className="section-heading">
          <span className="form-progress">{t.progress(index + 1, sections.length)}</span>
          <span className="section-title">{section.title}</span>
        </h2>
        <div className="progress-track" aria-hidden="true">
          <span className="progress-fill" style={{ width: `${((index + 1) / sections.length) * 100}%` }} />
        </div>
        {section.description ? <p className="intro">{section.description}</p> : null}
        {index === 0 ? <p className="hint">{t.requiredHint}</p> : null}
        <ErrorSummary ref={summaryRef} errors={errors} />
        <SectionQuestions questions={section.questions} answers={answers} fields={fields} onChange={change} lookups={lookups} />
      </section>
      <div className="form-nav">
        <button type="submit" className="button button-primary">
          {last ? (props.editing ? t.submitEdit : t.submit) : t.next}
        </button>
        {index > 0 ? (
          <button type="button" className="button button-secondary" onClick={() => goTo(index - 1)}>
            {t.back}
          </button>
        ) : null}
      </div>
      <DraftStatusText status={autosave.status} />
    </form>
  );
}

/** The section's problems given everything answered so far. */
function sectionFields(def: FormDefinition, sectionId: string, answers: Answers): Record<string, string> {
  const result = validateSection(def, sectionId, answers);
  return result.ok ? {} : result.fields;
}
