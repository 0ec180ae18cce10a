// Pure edits of a form in the builder: generated ids, new questions with sensible defaults, moves and removals that
// keep show-if conditions pointing at questions that still exist.
import { CHOICE_KINDS, type FormDefinition, type Question, type QuestionKind, type Section, type ShowIf } from '@nithet/shared';
import { th } from '../../i18n/th-staff';

/** What the builder edits; id, version and kind stay the server's. */
export interface BuilderDraft {
  title: string;
  description: string;
  sections: Section[];
}

/** Where a question stands: its section's index and its index within the section. */
export interface QuestionAt {
  section: number;
  question: number;
}

export type Direction = -1 | 1;

export function draftOf(def: FormDefinition): BuilderDraft {
  return { title: def.title, description: def.description ?? '', sections: def.sections };
}

/** The object with these fields set; one set to undefined is left out (no empty keys in the saved form). */
export function withFields<T extends object>(x: T, patch: Partial<T>): T {
  const next: Record<string, unknown> = { ...x, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return next as T;
}

export function moveItem<T>(list: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= list.length || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item!);
  return out;
}

export const insertAt = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];
export const removeAt = <T>(list: readonly T[], index: number): T[] => list.filter((_, i) => i !== index);
export const replaceAt = <T>(list: readonly T[], index: number, item: T): T[] => list.map((x, i) => (i === index ? item : x));

/** The next free id with this prefix (`q-3` after q-1 and q-2), whatever other ids the form holds. */
export function nextId(prefix: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  const pattern = new RegExp(`^${prefix}-(\\d+)$`);
  let n = 1;
  for (const id of set) {
    const m = pattern.exec(id);
    if (m) n = Math.max(n, Number(m[1]) + 1);
  }
  while (set.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** A stored value from a label's Latin letters and digits ("Active Learning" → active-learning), else `prefix-N`. */
export function valueFromLabel(label: string, prefix: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  const slug = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug && !set.has(slug) && !/^[a-z]-\d+$/.test(slug) ? slug : nextId(prefix, set);
}

export function questionIds(sections: readonly Section[]): string[] {
  return sections.flatMap((s) => s.questions.map((q) => q.id));
}

/** A new question of a kind with what it needs to be valid except its wording (choices and grid rows to rename). */
export function newQuestion(kind: QuestionKind, taken: Iterable<string>): Question {
  const base: Question = { id: nextId('q', taken), kind, label: '', required: false };
  if (CHOICE_KINDS.includes(kind))
    return {
      ...base,
      options: [1, 2].map((n) => ({ value: `o-${n}`, label: th.formBuilder.defaults.option(n) })),
    };
  if (kind === 'rating-grid') return { ...base, items: [1, 2].map((n) => ({ id: `i-${n}`, label: th.formBuilder.defaults.item(n) })) };
  return base;
}

export function newSection(sections: readonly Section[]): Section {
  return {
    id: nextId(
      's',
      sections.map((s) => s.id),
    ),
    title: th.formBuilder.newSectionTitle(sections.length + 1),
    questions: [],
  };
}

/** Form-wide number of a question ("ข้อ 7"), counting from 1 across sections. */
export function numberOf(sections: readonly Section[], at: QuestionAt): number {
  return sections.slice(0, at.section).reduce((n, s) => n + s.questions.length, 0) + at.question + 1;
}

export function questionAt(sections: readonly Section[], at: QuestionAt): Question | undefined {
  return sections[at.section]?.questions[at.question];
}

/** Where a move takes a question: within its section, or across into the end or start of the next section. */
export function moveTarget(sections: readonly Section[], at: QuestionAt, dir: Direction): QuestionAt | null {
  const count = sections[at.section]?.questions.length ?? 0;
  const to = at.question + dir;
  if (to >= 0 && to < count) return { section: at.section, question: to };
  const next = at.section + dir;
  if (next < 0 || next >= sections.length) return null;
  return { section: next, question: dir < 0 ? sections[next]!.questions.length : 0 };
}

export function moveQuestion(sections: readonly Section[], at: QuestionAt, dir: Direction): { sections: Section[]; at: QuestionAt } | null {
  const target = moveTarget(sections, at, dir);
  const question = questionAt(sections, at);
  if (!target || !question) return null;
  if (target.section === at.section) {
    const s = sections[at.section]!;
    return {
      sections: replaceAt(sections, at.section, { ...s, questions: moveItem(s.questions, at.question, target.question) }),
      at: target,
    };
  }
  const out = sections.map((s, i) =>
    i === at.section
      ? { ...s, questions: removeAt(s.questions, at.question) }
      : i === target.section
        ? { ...s, questions: insertAt(s.questions, target.question, question) }
        : s,
  );
  return { sections: out, at: target };
}

/** The show-if without conditions on these questions; none left means always shown. */
export function withoutConditionsOn(showIf: ShowIf | undefined, ids: ReadonlySet<string>): ShowIf | undefined {
  if (!showIf) return undefined;
  const all = (showIf.all ?? []).filter((c) => !ids.has(c.question));
  const any = (showIf.any ?? []).filter((c) => !ids.has(c.question));
  if (all.length === 0 && any.length === 0) return undefined;
  return { ...(all.length ? { all } : {}), ...(any.length ? { any } : {}) };
}

const dependsOn = (showIf: ShowIf | undefined, ids: ReadonlySet<string>) =>
  [...(showIf?.all ?? []), ...(showIf?.any ?? [])].some((c) => ids.has(c.question));

/** How many questions and sections show only by an answer to one of these questions. */
export function dependentsOf(sections: readonly Section[], ids: ReadonlySet<string>): number {
  return sections.reduce(
    (n, s) => n + (dependsOn(s.showIf, ids) ? 1 : 0) + s.questions.filter((q) => !ids.has(q.id) && dependsOn(q.showIf, ids)).length,
    0,
  );
}

function dropConditions(sections: readonly Section[], ids: ReadonlySet<string>): Section[] {
  const strip = <T extends { showIf?: ShowIf | undefined }>(x: T): T => {
    if (!dependsOn(x.showIf, ids)) return x;
    const { showIf, ...rest } = x;
    const kept = withoutConditionsOn(showIf, ids);
    return (kept ? { ...rest, showIf: kept } : rest) as T;
  };
  return sections.map((s) => strip({ ...s, questions: s.questions.map(strip) }));
}

/** Removes a question and the conditions that looked at it (they could never hold again). */
export function removeQuestion(sections: readonly Section[], at: QuestionAt): Section[] {
  const question = questionAt(sections, at);
  if (!question) return [...sections];
  const rest = sections.map((s, i) => (i === at.section ? { ...s, questions: removeAt(s.questions, at.question) } : s));
  return dropConditions(rest, new Set([question.id]));
}

/** Removes a section with its questions, and the conditions on those questions. */
export function removeSection(sections: readonly Section[], index: number): Section[] {
  const gone = new Set(sections[index]?.questions.map((q) => q.id) ?? []);
  return dropConditions(removeAt(sections, index), gone);
}

/** Questions a condition at this place may look at: every question before it in the form. */
export function earlierQuestions(sections: readonly Section[], at: QuestionAt): Question[] {
  return [...sections.slice(0, at.section).flatMap((s) => s.questions), ...(sections[at.section]?.questions.slice(0, at.question) ?? [])];
}

/** The definition the builder saves and previews, on the server's id, version and kind. */
export function definitionOf(base: Pick<FormDefinition, 'id' | 'version' | 'kind'>, draft: BuilderDraft): FormDefinition {
  const description = draft.description.trim();
  return {
    id: base.id,
    version: base.version,
    kind: base.kind,
    title: draft.title,
    ...(description ? { description } : {}),
    sections: draft.sections,
  };
}
