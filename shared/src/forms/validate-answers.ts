// The one validation of answers against a form, used by the LIFF renderer and by the server.
import type { Answers, FormDefinition } from './definition';
import { checkAnswer, type CheckContext } from './check-answer';
import { walkVisible } from './visibility';
import { formMessagesTh as th } from './messages-th';

/** ok: only visible questions' answers, normalised; not ok: Thai messages by question id (or `questionId.itemId`). */
export type AnswerCheck = { ok: true; answers: Answers } | { ok: false; fields: Record<string, string> };

export type ValidateOptions = {
  /** A draft: required questions may still be empty. */
  partial?: boolean;
  /** The school codes a school question may name (not checked when absent). */
  schools?: readonly string[];
  /** The network ids a network question may name (not checked when absent). */
  networks?: readonly string[];
};

function isRecord(raw: unknown): raw is Record<string, unknown> {
  return typeof raw === 'object' && raw !== null && !Array.isArray(raw);
}

/**
 * Walks the visible questions in order; later conditions see the normalised answers before them. Answers
 * to hidden or unknown questions are dropped, never an error. `onlySection` reports on that section alone.
 */
function check(def: FormDefinition, raw: unknown, options: ValidateOptions, onlySection?: string): AnswerCheck {
  if (!isRecord(raw)) return { ok: false, fields: { _: th.badAnswers } };
  const ctx: CheckContext = {
    partial: options.partial ?? false,
    schools: options.schools && new Set(options.schools),
    networks: options.networks && new Set(options.networks),
  };
  const answers: Answers = {};
  const fields: Record<string, string> = {};
  walkVisible(def, (question, section) => {
    const reported = onlySection === undefined || section.id === onlySection;
    const checked = checkAnswer(question, raw[question.id], reported ? ctx : { ...ctx, partial: true });
    if (reported) {
      if (checked.error) fields[question.id] = checked.error;
      for (const [itemId, message] of Object.entries(checked.items ?? {})) fields[`${question.id}.${itemId}`] = message;
      if (checked.value !== undefined) answers[question.id] = checked.value;
    }
    return checked.value;
  });
  return Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, answers };
}

export function validateAnswers(def: FormDefinition, raw: unknown, options: ValidateOptions = {}): AnswerCheck {
  return check(def, raw, options);
}

/**
 * One screen: the section's visible questions, given everything answered so far (`raw` holds the whole
 * form's answers so its conditions can be read). A section hidden by those answers has nothing to check.
 */
export function validateSection(def: FormDefinition, sectionId: string, raw: unknown, options: ValidateOptions = {}): AnswerCheck {
  if (!def.sections.some((s) => s.id === sectionId)) return { ok: false, fields: { _: th.unknownSection } };
  return check(def, raw, options, sectionId);
}
