// A section: its title and tools (ขึ้น / ลง / แก้ไข / ลบ with a confirm), its settings when open, its question cards,
// and a bar to add a question of any kind at its end.
import { useState } from 'react';
import { questionKinds, questionKindLabels, type Question, type QuestionKind, type Section } from '@nithet/shared';
import { ConfirmAction } from '../../../components/confirm-action';
import { th } from '../../../i18n/th-staff';
import { dependentsOf, earlierQuestions, numberOf, withFields } from '../builder-edits';
import { domIdOf, errorsOfCard, questionCard, sectionCard, under, type PlacedError } from '../builder-errors';
import { describeShowIf } from '../show-if-view';
import { CardErrors, EditToggle, listedErrors } from './card-parts';
import { TextField } from './fields';
import { MoveButtons } from './move-buttons';
import { QuestionCard } from './question-card';
import { ShowIfEditor } from './show-if-editor';
import type { Builder } from './use-builder';

const t = th.formBuilder;
const EDITED = /^(title|description|showIf)(\.|$)/;

interface SectionCardProps {
  b: Builder;
  index: number;
  all: readonly Question[];
  placed: readonly PlacedError[];
}

export function SectionCard({ b, index, all, placed }: SectionCardProps) {
  const { sections } = b.draft;
  const section = sections[index]!;
  const card = sectionCard(section.id);
  const base = domIdOf(card);
  const open = b.isOpen(card);
  const errors = errorsOfCard(placed, card);
  const listed = listedErrors(errors, open, EDITED);
  const what = t.section(index + 1);
  const set = (patch: Partial<Section>) => b.updateSection(index, withFields(section, patch));

  return (
    <section className="fb-section" aria-labelledby={`${base}-heading`}>
      <h2 id={`${base}-heading`} tabIndex={-1}>
        {t.sectionHeading(index + 1, section.title.trim() || t.untitled)}
      </h2>
      {section.description ? <p className="hint">{section.description}</p> : null}
      {section.showIf ? <p className="hint">{t.showIf.shown(describeShowIf(section.showIf, all))}</p> : null}
      <CardErrors errors={listed} />
      <div className="fb-tools">
        <MoveButtons
          base={base}
          what={what}
          canUp={index > 0}
          canDown={index < sections.length - 1}
          onMove={(dir) => b.moveSection(index, dir)}
        />
        <EditToggle open={open} what={what} controls={`${base}-editor`} onToggle={() => b.toggle(card)} />
        <ConfirmAction
          label={t.actions.remove}
          accessibleLabel={t.named(t.actions.remove, what)}
          question={t.removeSectionConfirm(`${what} “${section.title.trim() || t.untitled}”`, section.questions.length)}
          confirmLabel={t.removeYes}
          onConfirm={() => b.removeSection(index)}
        />
      </div>
      <div id={`${base}-editor`} className={open ? 'fb-editor' : undefined}>
        {open ? (
          <>
            <TextField
              id={`${base}-title`}
              label={t.sectionTitle}
              required
              value={section.title}
              error={errors.title}
              onChange={(title) => set({ title })}
            />
            <TextField
              id={`${base}-description`}
              label={t.sectionDescription}
              optional
              rows={2}
              value={section.description ?? ''}
              error={errors.description}
              onChange={(description) => set({ description: description || undefined })}
            />
            <ShowIfEditor
              idBase={base}
              legend={t.sectionShowIf}
              showIf={section.showIf}
              earlier={earlierQuestions(sections, { section: index, question: 0 })}
              all={all}
              errors={under(errors, 'showIf')}
              onChange={(showIf) => set({ showIf })}
              focus={b.focus}
            />
          </>
        ) : null}
      </div>
      {section.questions.length === 0 ? <p className="hint">{t.emptySection}</p> : null}
      <ul className="cards fb-questions">
        {section.questions.map((question, q) => {
          const at = { section: index, question: q };
          const number = numberOf(sections, at);
          return (
            <QuestionCard
              key={question.id}
              question={question}
              number={number}
              canUp={number > 1}
              canDown={number < all.length}
              open={b.isOpen(questionCard(question.id))}
              errors={errorsOfCard(placed, questionCard(question.id))}
              dependents={dependentsOf(sections, new Set([question.id]))}
              earlier={earlierQuestions(sections, at)}
              all={all}
              onChange={(next) => b.updateQuestion(at, next)}
              onMove={(dir) => b.moveQuestion(at, dir)}
              onRemove={() => b.removeQuestion(at)}
              onToggle={() => b.toggle(questionCard(question.id))}
              focus={b.focus}
            />
          );
        })}
      </ul>
      <AddQuestion base={base} number={index + 1} onAdd={(kind) => b.addQuestion(index, kind)} />
    </section>
  );
}

function AddQuestion({ base, number, onAdd }: { base: string; number: number; onAdd: (kind: QuestionKind) => void }) {
  const [kind, setKind] = useState<QuestionKind>('single-choice');
  const id = `${base}-add-kind`;
  return (
    <div className="fb-add">
      <div className="field">
        <label htmlFor={id}>{t.addQuestionKind(number)}</label>
        <select id={id} className="input" value={kind} onChange={(e) => setKind(e.target.value as QuestionKind)}>
          {questionKinds.map((k) => (
            <option key={k} value={k}>
              {questionKindLabels[k]}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="button" aria-label={t.named(t.addQuestion, t.section(number))} onClick={() => onAdd(kind)}>
        {t.addQuestion}
      </button>
    </div>
  );
}
