// The builder's working copy and every edit of it, with the focus and the spoken message each edit leaves behind
// (a moved card keeps the focus on its button; a removed one hands it to its neighbour).
import { useCallback, useEffect, useState } from 'react';
import type { Question, QuestionKind, Section } from '@nithet/shared';
import { th } from '../../../i18n/th-staff';
import * as edits from '../builder-edits';
import { domIdOf, questionCard, sectionCard, type CardKey } from '../builder-errors';
import type { BuilderDraft, Direction, QuestionAt } from '../builder-edits';
import { afterMove } from './move-buttons';

const t = th.formBuilder;

/** Focuses an element by id after the render that creates or moves it. */
export function useFocusRequest(): (id: string) => void {
  const [request, setRequest] = useState<{ id: string; n: number } | null>(null);
  useEffect(() => {
    const el = request ? document.getElementById(request.id) : null;
    if (!el) return;
    el.scrollIntoView({ block: 'center' });
    el.focus({ preventScroll: true });
  }, [request]);
  return useCallback((id: string) => setRequest((r) => ({ id, n: (r?.n ?? 0) + 1 })), []);
}

export function useBuilder(initial: BuilderDraft, onEdit: () => void) {
  const [draft, setDraft] = useState(initial);
  const [open, setOpen] = useState<ReadonlySet<CardKey>>(new Set());
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusRequest();
  const { sections } = draft;

  const edit = (next: BuilderDraft, message = '') => {
    setDraft(next);
    setAnnouncement(message);
    onEdit();
  };
  const withSections = (next: Section[], message = '') => edit({ ...draft, sections: next }, message);
  const openCard = (card: CardKey) => setOpen((o) => new Set(o).add(card));

  return {
    draft,
    announcement,
    focus,
    /** After a save: the server's copy, nothing open. */
    replace: (next: BuilderDraft) => setDraft(next),
    isOpen: (card: CardKey) => open.has(card),
    toggle: (card: CardKey) =>
      setOpen((o) => {
        const next = new Set(o);
        if (!next.delete(card)) next.add(card);
        return next;
      }),
    openCards: (cards: readonly CardKey[]) => setOpen((o) => new Set([...o, ...cards])),
    setDetails: (patch: Partial<Pick<BuilderDraft, 'title' | 'description'>>) => edit({ ...draft, ...patch }),

    updateSection: (index: number, section: Section) => withSections(edits.replaceAt(sections, index, section)),
    moveSection: (index: number, dir: Direction) => {
      const to = index + dir;
      if (to < 0 || to >= sections.length) return;
      withSections(edits.moveItem(sections, index, to), t.moved(t.section(index + 1), t.section(to + 1)));
      focus(afterMove(domIdOf(sectionCard(sections[index]!.id)), dir, to === 0 || to === sections.length - 1));
    },
    removeSection: (index: number) => {
      const next = sections[index + 1] ?? sections[index - 1];
      withSections(edits.removeSection(sections, index), t.removed(t.section(index + 1)));
      focus(next ? `${domIdOf(sectionCard(next.id))}-heading` : 'fb-add-section');
    },
    addSection: () => {
      const section = edits.newSection(sections);
      withSections([...sections, section], t.added(t.section(sections.length + 1)));
      openCard(sectionCard(section.id));
      focus(`${domIdOf(sectionCard(section.id))}-title`);
    },

    addQuestion: (index: number, kind: QuestionKind) => {
      const question = edits.newQuestion(kind, edits.questionIds(sections));
      const s = sections[index]!;
      withSections(
        edits.replaceAt(sections, index, { ...s, questions: [...s.questions, question] }),
        t.added(t.question(edits.numberOf(sections, { section: index, question: s.questions.length }))),
      );
      openCard(questionCard(question.id));
      focus(`${domIdOf(questionCard(question.id))}-label`);
    },
    updateQuestion: (at: QuestionAt, question: Question) => {
      const s = sections[at.section]!;
      withSections(edits.replaceAt(sections, at.section, { ...s, questions: edits.replaceAt(s.questions, at.question, question) }));
    },
    moveQuestion: (at: QuestionAt, dir: Direction) => {
      const moved = edits.moveQuestion(sections, at, dir);
      const question = edits.questionAt(sections, at);
      if (!moved || !question) return;
      withSections(moved.sections, t.moved(t.question(edits.numberOf(sections, at)), t.question(edits.numberOf(moved.sections, moved.at))));
      focus(afterMove(domIdOf(questionCard(question.id)), dir, edits.moveTarget(moved.sections, moved.at, dir) === null));
    },
    removeQuestion: (at: QuestionAt) => {
      const list = sections[at.section]!.questions;
      const neighbour = list[at.question + 1] ?? list[at.question - 1];
      withSections(edits.removeQuestion(sections, at), t.removed(t.question(edits.numberOf(sections, at))));
      focus(`${domIdOf(neighbour ? questionCard(neighbour.id) : sectionCard(sections[at.section]!.id))}-heading`);
    },
  };
}

export type Builder = ReturnType<typeof useBuilder>;
