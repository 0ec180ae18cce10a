// One section per screen: which section is on screen as answers change, and the errors to list, in the order people meet them.
import type { FormDefinition, Question, Section } from '@nithet/shared';

/** The id of a question's control (its first control for a group), so an error link can reach it. */
export const questionDomId = (questionId: string): string => `q-${questionId}`;
/** The id of a rating grid item's group. */
export const itemDomId = (questionId: string, itemId: string): string => `q-${questionId}--${itemId}`;

/** Where a question's error link lands: its first control (a grid's first item). */
export function targetOf(question: Question): string {
  const first = question.kind === 'rating-grid' ? question.items?.[0] : undefined;
  return first ? itemDomId(question.id, first.id) : questionDomId(question.id);
}

/**
 * The index of the section to show among the visible ones. When the wanted section was hidden by an earlier answer
 * changed meanwhile, the nearest visible section before it (never one the person has not reached).
 */
export function sectionIndex(
  def: Pick<FormDefinition, 'sections'>,
  visible: readonly Pick<Section, 'id'>[],
  wanted: string | undefined,
): number {
  const at = visible.findIndex((s) => s.id === wanted);
  if (at >= 0 || wanted === undefined) return Math.max(at, 0);
  const order = def.sections.map((s) => s.id);
  const wantedPos = order.indexOf(wanted);
  let best = 0;
  visible.forEach((s, i) => {
    if (order.indexOf(s.id) <= wantedPos) best = i;
  });
  return best;
}

export interface ListedError {
  /** The server's or the engine's key: `questionId` or `questionId.itemId`. */
  field: string;
  /** What the error is about, for the summary: the question, and the grid item. */
  label: string;
  message: string;
  /** Where the summary's link takes focus. */
  targetId: string;
}

/** The errors of these questions in the order they stand (a grid's items in theirs); keys of other questions are left out. */
export function listErrors(questions: readonly Question[], fields: Readonly<Record<string, string>>): ListedError[] {
  const out: ListedError[] = [];
  for (const q of questions) {
    const own = fields[q.id];
    if (own) out.push({ field: q.id, label: q.label, message: own, targetId: targetOf(q) });
    for (const item of q.items ?? []) {
      const message = fields[`${q.id}.${item.id}`];
      if (message)
        out.push({ field: `${q.id}.${item.id}`, label: `${q.label}: ${item.label}`, message, targetId: itemDomId(q.id, item.id) });
    }
  }
  return out;
}

/** The first visible section holding one of these errors (where a refused submission sends the person), or -1. */
export function firstSectionWithError(visible: readonly Section[], fields: Readonly<Record<string, string>>): number {
  return visible.findIndex((s) => listErrors(s.questions, fields).length > 0);
}

/** The message of a question itself and those of its grid items, for the fields on screen. */
export function errorsOf(question: Question, fields: Readonly<Record<string, string>>): { own?: string; items: Record<string, string> } {
  const items: Record<string, string> = {};
  for (const item of question.items ?? []) {
    const message = fields[`${question.id}.${item.id}`];
    if (message) items[item.id] = message;
  }
  const own = fields[question.id];
  return own ? { own, items } : { items };
}
