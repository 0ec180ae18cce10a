// Running totals of a round's answers (counts, sums, sums of squares), kept instead of reading every response for a summary.
import { z } from 'zod';
import { OTHER_PREFIX, scaleOf, type Answers, type AnswerValue, type FormDefinition, type Question } from './definition';
import { forEachVisibleQuestion } from './visibility';

/** Who a response speaks for (the stored ResponseGroups, or a single level). */
export type ResponseGroupsInput = {
  networkIds?: readonly string[];
  schoolCode?: string | null;
  level?: string | null;
  levels?: readonly string[];
};

const counts = z.record(z.string(), z.number().int());
const moments = { n: z.number().int(), sum: z.number(), sumSq: z.number(), counts };

export const questionStateSchema = z.object({
  /** Responses in which the question was shown. */
  seen: z.number().int(),
  answered: z.number().int(),
  /** Choice value (`other:` for any "other"), rating point, number, day, school code or network id → how many. */
  counts,
  sum: z.number(),
  sumSq: z.number(),
  /** Grid rows. */
  items: z.record(z.string(), z.object(moments)).optional(),
});
export type QuestionState = z.infer<typeof questionStateSchema>;

/** The part of an aggregate a server stores (JSON; free text is never in it). */
export const aggregateStateSchema = z.object({
  formId: z.string(),
  version: z.number().int(),
  respondents: z.number().int(),
  questions: z.record(z.string(), questionStateSchema),
  groups: z.object({ network: counts, school: counts, level: counts }),
});
export type AggregateState = z.infer<typeof aggregateStateSchema>;

export type Aggregate = AggregateState & { definition: FormDefinition };

/** Adds delta to a count and drops it at zero, so adding then removing a response leaves the state as it was. */
function bump(record: Record<string, number>, key: string, delta: number): void {
  const next = (Object.hasOwn(record, key) ? record[key]! : 0) + delta;
  if (next === 0) delete record[key];
  else if (key !== '__proto__') record[key] = next;
  // A key such as "__proto__" stays an ordinary count.
  else Object.defineProperty(record, key, { value: next, enumerable: true, writable: true, configurable: true });
}

function emptyQuestion(question: Question): QuestionState {
  const state: QuestionState = { seen: 0, answered: 0, counts: {}, sum: 0, sumSq: 0 };
  if (question.kind === 'rating-grid')
    state.items = Object.fromEntries((question.items ?? []).map((i) => [i.id, { n: 0, sum: 0, sumSq: 0, counts: {} }]));
  return state;
}

export function emptyAggregate(def: FormDefinition): Aggregate {
  const questions: Record<string, QuestionState> = {};
  for (const section of def.sections) for (const q of section.questions) questions[q.id] = emptyQuestion(q);
  return {
    definition: def,
    formId: def.id,
    version: def.version,
    respondents: 0,
    questions,
    groups: { network: {}, school: {}, level: {} },
  };
}

/** The stored state put back together with its definition (which must be the same form and version). */
export function restoreAggregate(def: FormDefinition, state: AggregateState): Aggregate {
  if (state.formId !== def.id || state.version !== def.version)
    throw new Error(`aggregate of ${state.formId} v${state.version} is not of ${def.id} v${def.version}`);
  const fresh = emptyAggregate(def);
  return { ...structuredClone(state), definition: def, questions: { ...fresh.questions, ...structuredClone(state.questions) } };
}

export function aggregateState(agg: Aggregate): AggregateState {
  const { definition: _, ...state } = agg;
  return structuredClone(state);
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const rating = (q: Question, v: unknown) => isNumber(v) && Number.isInteger(v) && v >= scaleOf(q).min && v <= scaleOf(q).max;

function addMoments(m: { sum: number; sumSq: number; counts: Record<string, number> }, value: number, sign: 1 | -1): void {
  m.sum += sign * value;
  m.sumSq += sign * value * value;
  bump(m.counts, String(value), sign);
}

/** The keys a choice, day or picker answer counts under. */
function keysOf(question: Question, value: AnswerValue): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  if (question.kind !== 'single-choice' && question.kind !== 'multi-choice') return list;
  return list.map((v) => (v.startsWith(OTHER_PREFIX) ? OTHER_PREFIX : v));
}

/** Whether the answer counted (it fits the question's kind). */
function applyAnswer(question: Question, state: QuestionState, value: AnswerValue, sign: 1 | -1): boolean {
  switch (question.kind) {
    case 'rating':
      if (!rating(question, value)) return false;
      addMoments(state, value as number, sign);
      return true;
    case 'number':
      if (!isNumber(value)) return false;
      addMoments(state, value, sign);
      return true;
    case 'rating-grid': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      let any = false;
      for (const [itemId, v] of Object.entries(value)) {
        const item = state.items?.[itemId];
        if (!item || !rating(question, v)) continue;
        item.n += sign;
        addMoments(item, v, sign);
        any = true;
      }
      return any;
    }
    case 'short-text':
    case 'long-text':
      return typeof value === 'string' && value !== '';
    default: {
      const keys = keysOf(question, value);
      for (const key of keys) bump(state.counts, key, sign);
      return keys.length > 0;
    }
  }
}

function apply(agg: Aggregate, answers: Answers, groups: ResponseGroupsInput | undefined, sign: 1 | -1): Aggregate {
  agg.respondents += sign;
  forEachVisibleQuestion(agg.definition, answers, (question) => {
    const state = (agg.questions[question.id] ??= emptyQuestion(question));
    state.seen += sign;
    const value = answers[question.id];
    if (value !== undefined && applyAnswer(question, state, value, sign)) state.answered += sign;
  });
  for (const id of new Set(groups?.networkIds ?? [])) bump(agg.groups.network, id, sign);
  if (groups?.schoolCode) bump(agg.groups.school, groups.schoolCode, sign);
  for (const level of new Set([...(groups?.levels ?? []), ...(groups?.level ? [groups.level] : [])])) bump(agg.groups.level, level, sign);
  return agg;
}

/** Counts one response in (changes `agg` in place and returns it). */
export function addToAggregate(agg: Aggregate, answers: Answers, groups?: ResponseGroupsInput): Aggregate {
  return apply(agg, answers, groups, 1);
}

/** Takes a response out again, e.g. its old answers before an edit is added (changes `agg` in place and returns it). */
export function removeFromAggregate(agg: Aggregate, answers: Answers, groups?: ResponseGroupsInput): Aggregate {
  return apply(agg, answers, groups, -1);
}
