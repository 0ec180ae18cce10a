// Which sections and questions a person sees, from show-if conditions on their earlier answers.
import {
  OTHER_PREFIX,
  type Answers,
  type AnswerValue,
  type Condition,
  type FormDefinition,
  type Question,
  type Section,
  type ShowIf,
} from './definition';

/** An answer that counts as given: not empty text, not an empty list, not a grid with no rating. */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return !Number.isNaN(value);
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return false;
}

/** `other:<text>` compares as the choice "other". */
function comparable(value: unknown): string | number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text.startsWith(OTHER_PREFIX) ? 'other' : text;
}

function same(answer: unknown, expected: unknown): boolean {
  const a = comparable(answer);
  if (a === undefined || expected === undefined || Array.isArray(expected)) return false;
  if (typeof expected === 'number') return Number(a) === expected && a !== '';
  return String(a) === expected;
}

function numeric(answer: unknown): number | undefined {
  const n = typeof answer === 'number' ? answer : typeof answer === 'string' && answer.trim() !== '' ? Number(answer) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/**
 * One condition against the answers. An unanswered question meets no condition but never "not-equals"
 * either: a follow-up waits until the question it depends on is answered.
 */
export function meetsCondition(condition: Condition, answers: Readonly<Record<string, unknown>>): boolean {
  return meets(condition, answers[condition.question]);
}

function meets(condition: Condition, answer: unknown): boolean {
  if (!isAnswered(answer)) return false;
  const { value } = condition;
  const values = Array.isArray(answer) ? (answer as unknown[]) : [answer];
  switch (condition.op) {
    case 'answered':
      return true;
    case 'equals':
      return Array.isArray(answer) ? false : same(answer, value);
    case 'not-equals':
      return Array.isArray(answer) ? !values.some((v) => same(v, value)) : !same(answer, value);
    case 'in':
      return Array.isArray(value) && !Array.isArray(answer) && value.some((v) => same(answer, v));
    case 'includes':
      return values.some((v) => same(v, value));
    case 'gte':
    case 'lte': {
      const n = numeric(answer);
      if (n === undefined || typeof value !== 'number') return false;
      return condition.op === 'gte' ? n >= value : n <= value;
    }
  }
}

function holds(showIf: ShowIf | undefined, read: (questionId: string) => unknown): boolean {
  if (!showIf) return true;
  const all = showIf.all ?? [];
  const any = showIf.any ?? [];
  return all.every((c) => meets(c, read(c.question))) && (any.length === 0 || any.some((c) => meets(c, read(c.question))));
}

/** Every `all` condition and, when `any` has conditions, at least one of them. No show-if: always visible. */
export function isVisible(showIf: ShowIf | undefined, answers: Readonly<Record<string, unknown>>): boolean {
  return holds(showIf, (id) => answers[id]);
}

/**
 * Walks the form in order, calling `visit` for each visible question; what `visit` returns is the answer
 * later conditions see (undefined: unanswered). A hidden question's answer is never seen, so a chain of
 * follow-ups closes together.
 */
export function walkVisible(def: Pick<FormDefinition, 'sections'>, visit: (question: Question, section: Section) => unknown): void {
  const seen = new Map<string, unknown>();
  const read = (id: string) => seen.get(id);
  for (const section of def.sections) {
    if (!holds(section.showIf, read)) continue;
    for (const question of section.questions) {
      if (!holds(question.showIf, read)) continue;
      const value = visit(question, section);
      if (value !== undefined) seen.set(question.id, value);
    }
  }
}

/**
 * walkVisible over answers as they are, for reading many responses: conditions only name earlier
 * questions (the definition's schema checks it), so reading the answers with hidden ones left out is the same.
 */
export function forEachVisibleQuestion(
  def: Pick<FormDefinition, 'sections'>,
  answers: Readonly<Record<string, unknown>>,
  visit: (question: Question, section: Section) => void,
): void {
  let hidden: Set<string> | undefined;
  const read = (id: string) => (hidden?.has(id) ? undefined : answers[id]);
  for (const section of def.sections) {
    const shown = holds(section.showIf, read);
    for (const question of section.questions) {
      if (shown && holds(question.showIf, read)) visit(question, section);
      else (hidden ??= new Set()).add(question.id);
    }
  }
}

export function visibleQuestions(def: Pick<FormDefinition, 'sections'>, answers: Readonly<Record<string, unknown>>): Question[] {
  const out: Question[] = [];
  forEachVisibleQuestion(def, answers, (q) => out.push(q));
  return out;
}

/** The sections to show, each with only its visible questions; a section left with none is not shown. */
export function visibleSections(def: Pick<FormDefinition, 'sections'>, answers: Readonly<Record<string, unknown>>): Section[] {
  const bySection = new Map<Section, Question[]>();
  forEachVisibleQuestion(def, answers, (q, s) => bySection.set(s, [...(bySection.get(s) ?? []), q]));
  return [...bySection].map(([section, questions]) => ({ ...section, questions }));
}

/** The answers of visible questions only (what a draft keeps and what a summary counts). */
export function visibleAnswers(def: Pick<FormDefinition, 'sections'>, answers: Answers): Answers {
  const out: Answers = {};
  forEachVisibleQuestion(def, answers, (q) => {
    const value: AnswerValue | undefined = answers[q.id];
    if (value !== undefined) out[q.id] = value;
  });
  return out;
}
