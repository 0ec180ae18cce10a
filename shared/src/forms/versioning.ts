// Editing a form that has answers makes its next version; answers carry over from the previous cycle where the question is the same.
import { fieldsOf } from '../validation';
import { allQuestions, CHOICE_KINDS, formDefinitionSchema, OTHER_PREFIX, scaleOf, type Answers, type AnswerValue } from './definition';
import type { FormDefinition, FormDefinitionInput, PrefillSource, Question } from './definition';
import { checkAnswer } from './check-answer';
import { editableDefinitionSchema } from './edit-rules';

/** Old responses keep the version they answered, so a form with any response is never changed in place. */
export function needsNewVersion(hasResponses: boolean): boolean {
  return hasResponses;
}

export type DefinitionEdits = Partial<Pick<FormDefinitionInput, 'kind' | 'title' | 'description' | 'sections'>>;

export type Revision =
  | { ok: true; definition: FormDefinition; /** Nothing differs from the form as it was. */ changed: boolean; newVersion: boolean }
  | { ok: false; fields: Record<string, string> };

/**
 * The form after the builder's edits: the same version while nobody has answered, the next once someone
 * has. Unchanged edits change nothing; a broken result is refused with Thai messages by path.
 */
export function reviseDefinition(def: FormDefinition, edits: DefinitionEdits, options: { hasResponses: boolean }): Revision {
  const parsed = editableDefinitionSchema.safeParse({ ...def, ...edits, id: def.id, version: def.version });
  if (!parsed.success) return { ok: false, fields: fieldsOf(parsed.error.issues) };
  const changed = JSON.stringify(parsed.data) !== JSON.stringify(def);
  const newVersion = changed && needsNewVersion(options.hasResponses);
  return { ok: true, changed, newVersion, definition: newVersion ? { ...parsed.data, version: def.version + 1 } : parsed.data };
}

/** A supervisor's own copy of a template (e.g. Form 1): a new form at version 1. */
export function cloneDefinition(def: FormDefinition, id: string, title = def.title): FormDefinition {
  return formDefinitionSchema.parse({ ...def, id, title, version: 1 });
}

const overlaps = (a: readonly string[], b: readonly string[]) => a.some((x) => b.includes(x));

/**
 * The same question across two versions or cycles: same id and kind, and answers that still mean the
 * same — choices or grid rows in common, the same rating scale, one or several picks alike.
 */
export function sameQuestion(a: Question, b: Question): boolean {
  if (a.id !== b.id || a.kind !== b.kind) return false;
  if (CHOICE_KINDS.includes(a.kind)) {
    return (
      overlaps(
        (a.options ?? []).map((o) => o.value),
        (b.options ?? []).map((o) => o.value),
      ) || Boolean(a.allowOther && b.allowOther)
    );
  }
  if (a.kind === 'rating' || a.kind === 'rating-grid') {
    const [sa, sb] = [scaleOf(a), scaleOf(b)];
    if (sa.min !== sb.min || sa.max !== sb.max) return false;
    return (
      a.kind === 'rating' ||
      overlaps(
        (a.items ?? []).map((i) => i.id),
        (b.items ?? []).map((i) => i.id),
      )
    );
  }
  if (a.kind === 'school' || a.kind === 'network') return Boolean(a.multiple) === Boolean(b.multiple);
  return true;
}

/** What of an old answer the new question can still hold: removed choices and rows are left out. */
function carried(question: Question, value: AnswerValue): AnswerValue | undefined {
  if (question.kind === 'multi-choice' && Array.isArray(value)) {
    const known = new Set((question.options ?? []).map((o) => o.value));
    return value.filter((v) => known.has(v) || (question.allowOther && v.startsWith(OTHER_PREFIX)));
  }
  if (question.kind === 'rating-grid' && typeof value === 'object' && !Array.isArray(value)) {
    const known = new Set((question.items ?? []).map((i) => i.id));
    return Object.fromEntries(Object.entries(value).filter(([itemId]) => known.has(itemId)));
  }
  return value;
}

/** Each answer that is still valid for its question on its own (visibility is decided when the form is filled). */
function keepValid(questions: readonly Question[], valueOf: (q: Question) => AnswerValue | undefined): Answers {
  const out: Answers = {};
  for (const question of questions) {
    const value = valueOf(question);
    if (value === undefined) continue;
    const checked = checkAnswer(question, value, { partial: true });
    if (checked.value !== undefined && !checked.error && !checked.items) out[question.id] = checked.value;
  }
  return out;
}

/**
 * Last cycle's answers for this cycle's form: only where the question is the same and the answer still
 * valid. By default only questions marked `prefill: 'previous'` (facts, not judgements); `all` takes every same question.
 */
export function prefillFromPrevious(
  def: FormDefinition,
  previousDef: FormDefinition,
  previousAnswers: Answers,
  options: { all?: boolean } = {},
): Answers {
  const before = new Map(allQuestions(previousDef).map((q) => [q.id, q]));
  const wanted = allQuestions(def).filter((q) => options.all || q.prefill === 'previous');
  return keepValid(wanted, (q) => {
    const old = before.get(q.id);
    const value = old && sameQuestion(old, q) ? previousAnswers[q.id] : undefined;
    return value === undefined ? undefined : carried(q, value);
  });
}

/** What the profile knows, by the prefill sources of the definition. */
export type ProfileFacts = { schoolCode?: string | null; levels?: readonly string[]; position?: string | null };

/** Answers taken from the person's profile for questions marked `prefill: 'profile.…'`, when valid. */
export function prefillFromProfile(def: FormDefinition, profile: ProfileFacts): Answers {
  const from: Partial<Record<PrefillSource, AnswerValue | undefined>> = {
    'profile.schoolCode': profile.schoolCode ?? undefined,
    'profile.levels': profile.levels ? [...profile.levels] : undefined,
    'profile.position': profile.position ?? undefined,
  };
  return keepValid(allQuestions(def), (q) => (q.prefill ? from[q.prefill] : undefined));
}
