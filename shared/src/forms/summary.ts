// Per-question summaries of a round for the supervisor's view and the exports, from running totals or from the responses themselves.
import { OTHER_PREFIX, scaleOf, type Answers, type FormDefinition, type Question } from './definition';
import { addToAggregate, emptyAggregate, type Aggregate, type QuestionState, type ResponseGroupsInput } from './aggregate';
import { forEachVisibleQuestion } from './visibility';

/** Anonymous rounds show no breakdown of fewer responses than this. */
export const MIN_GROUP_SIZE = 5;

export type Count = { value: string; count: number; percent: number };
export type ChoiceCount = Count & { label: string };
export type RatingStats = {
  n: number;
  mean: number | null;
  sd: number | null;
  distribution: { value: number; label?: string; count: number; percent: number }[];
};

type Base = { questionId: string; sectionId: string; label: string; /** Respondents who were shown it. */ seen: number; answered: number };
export type ChoiceSummary = Base & {
  kind: 'single-choice' | 'multi-choice';
  /** Percent of those who saw the question (several choices each can pass 100 in total). */
  choices: ChoiceCount[];
  other: { count: number; percent: number; texts?: string[] } | null;
};
export type RatingSummary = Base & { kind: 'rating' } & RatingStats;
export type GridSummary = Base & { kind: 'rating-grid'; items: ({ id: string; label: string } & RatingStats)[] };
export type NumberSummary = Base & {
  kind: 'number';
  n: number;
  mean: number | null;
  sd: number | null;
  min: number | null;
  max: number | null;
};
/** Days in order; schools and networks by count, most first. */
export type CountSummary = Base & { kind: 'date' | 'school' | 'network'; counts: Count[] };
/** The answers themselves only from summariseResponses (running totals keep no free text). */
export type TextSummary = Base & { kind: 'short-text' | 'long-text'; texts?: string[] };
export type QuestionSummary = ChoiceSummary | RatingSummary | GridSummary | NumberSummary | CountSummary | TextSummary;

export type FormSummary = {
  formId: string;
  version: number;
  respondents: number;
  questions: QuestionSummary[];
  /** Responses per network, school and level; in anonymous rounds groups under the minimum are left out. */
  groups: { network: Record<string, number>; school: Record<string, number>; level: Record<string, number> };
};

export type SummaryOptions = {
  anonymous?: boolean;
  /** Default MIN_GROUP_SIZE. */
  minGroupSize?: number;
  /** Only responses of this network, school and/or level. */
  filter?: { networkId?: string; schoolCode?: string; level?: string };
  /** List free-text answers (default true). */
  includeTexts?: boolean;
};

/** Whether a group of n responses may be shown on its own: not below the minimum when anonymous. */
export function canShowBreakdown(n: number, anonymous: boolean, minGroupSize = MIN_GROUP_SIZE): boolean {
  return !anonymous || n >= minGroupSize;
}

const round2 = (x: number) => Math.round(x * 100) / 100;
const percent = (count: number, of: number) => (of === 0 ? 0 : round2((count / of) * 100));

/** Mean and sample standard deviation (n − 1) from the running sums, to 2 decimals. */
export function meanAndSd(n: number, sum: number, sumSq: number): { mean: number | null; sd: number | null } {
  if (n <= 0) return { mean: null, sd: null };
  const variance = n > 1 ? Math.max(0, (sumSq - (sum * sum) / n) / (n - 1)) : null;
  return { mean: round2(sum / n), sd: variance === null ? null : round2(Math.sqrt(variance)) };
}

function ratingStats(question: Question, m: { n: number; sum: number; sumSq: number; counts: Record<string, number> }): RatingStats {
  const scale = scaleOf(question);
  const distribution = [];
  for (let value = scale.min; value <= scale.max; value++) {
    const count = m.counts[String(value)] ?? 0;
    distribution.push({ value, label: scale.labels?.[value - scale.min], count, percent: percent(count, m.n) });
  }
  return { n: m.n, ...meanAndSd(m.n, m.sum, m.sumSq), distribution };
}

function questionSummary(
  question: Question,
  sectionId: string,
  state: QuestionState,
  texts: Map<string, string[]> | null,
): QuestionSummary {
  const base: Base = { questionId: question.id, sectionId, label: question.label, seen: state.seen, answered: state.answered };
  const c = state.counts;
  switch (question.kind) {
    case 'single-choice':
    case 'multi-choice': {
      const choices = (question.options ?? []).map((o) => ({
        value: o.value,
        label: o.label,
        count: c[o.value] ?? 0,
        percent: percent(c[o.value] ?? 0, state.seen),
      }));
      const count = c[OTHER_PREFIX] ?? 0;
      const other = question.allowOther
        ? { count, percent: percent(count, state.seen), ...(texts && { texts: texts.get(question.id) ?? [] }) }
        : null;
      return { ...base, kind: question.kind, choices, other };
    }
    case 'rating':
      return { ...base, kind: 'rating', ...ratingStats(question, { ...state, n: state.answered }) };
    case 'rating-grid':
      return {
        ...base,
        kind: 'rating-grid',
        items: (question.items ?? []).map((i) => ({
          id: i.id,
          label: i.label,
          ...ratingStats(question, state.items?.[i.id] ?? { n: 0, sum: 0, sumSq: 0, counts: {} }),
        })),
      };
    case 'number': {
      const values = Object.keys(c).map(Number);
      const n = state.answered;
      return {
        ...base,
        kind: 'number',
        n,
        ...meanAndSd(n, state.sum, state.sumSq),
        min: n ? Math.min(...values) : null,
        max: n ? Math.max(...values) : null,
      };
    }
    case 'date':
    case 'school':
    case 'network': {
      const counts = Object.entries(c).map(([value, count]) => ({ value, count, percent: percent(count, state.seen) }));
      counts.sort(
        question.kind === 'date' ? (a, b) => a.value.localeCompare(b.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value),
      );
      return { ...base, kind: question.kind, counts };
    }
    case 'short-text':
    case 'long-text':
      return { ...base, kind: question.kind, ...(texts && { texts: texts.get(question.id) ?? [] }) };
  }
}

function shownGroups(groups: Record<string, number>, options: SummaryOptions): Record<string, number> {
  const min = options.minGroupSize ?? MIN_GROUP_SIZE;
  return Object.fromEntries(Object.entries(groups).filter(([, n]) => canShowBreakdown(n, options.anonymous ?? false, min)));
}

function toSummary(agg: Aggregate, options: SummaryOptions, texts: Map<string, string[]> | null): FormSummary {
  const questions = agg.definition.sections.flatMap((s) =>
    s.questions.map((q) => questionSummary(q, s.id, agg.questions[q.id] ?? { seen: 0, answered: 0, counts: {}, sum: 0, sumSq: 0 }, texts)),
  );
  const groups = {
    network: shownGroups(agg.groups.network, options),
    school: shownGroups(agg.groups.school, options),
    level: shownGroups(agg.groups.level, options),
  };
  return { formId: agg.formId, version: agg.version, respondents: agg.respondents, questions, groups };
}

/** The summary of running totals (no free text: texts are absent). */
export function aggregateToSummary(agg: Aggregate, options: Omit<SummaryOptions, 'filter' | 'includeTexts'> = {}): FormSummary {
  return toSummary(agg, options, null);
}

export type SummaryInput = { answers: Answers; groups?: ResponseGroupsInput };

function inGroup(groups: ResponseGroupsInput | undefined, filter: NonNullable<SummaryOptions['filter']>): boolean {
  if (filter.networkId && !groups?.networkIds?.includes(filter.networkId)) return false;
  if (filter.schoolCode && groups?.schoolCode !== filter.schoolCode) return false;
  if (filter.level && groups?.level !== filter.level && !groups?.levels?.includes(filter.level)) return false;
  return true;
}

/** Free text in the order given: text answers and the words after "other:". */
function collectTexts(def: FormDefinition, answers: Answers, texts: Map<string, string[]>): void {
  forEachVisibleQuestion(def, answers, (q) => {
    const value = answers[q.id];
    const found = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    const words =
      q.kind === 'short-text' || q.kind === 'long-text'
        ? found
        : found.filter((v) => v.startsWith(OTHER_PREFIX)).map((v) => v.slice(OTHER_PREFIX.length));
    if (!words.length || q.kind === 'date' || q.kind === 'school' || q.kind === 'network') return;
    const list = texts.get(q.id) ?? texts.set(q.id, []).get(q.id)!;
    for (const word of words) if (word) list.push(word);
  });
}

/**
 * The summary of the responses given. With a filter in an anonymous round, a group under the minimum
 * is not summarised: `null`, so nobody reads a few people's answers through a narrow filter.
 */
export function summariseResponses(
  def: FormDefinition,
  responses: readonly SummaryInput[],
  options: SummaryOptions = {},
): FormSummary | null {
  const { filter } = options;
  const chosen = filter ? responses.filter((r) => inGroup(r.groups, filter)) : responses;
  if (filter && !canShowBreakdown(chosen.length, options.anonymous ?? false, options.minGroupSize)) return null;
  const agg = emptyAggregate(def);
  const texts = options.includeTexts === false ? null : new Map<string, string[]>();
  for (const r of chosen) {
    addToAggregate(agg, r.answers, r.groups);
    if (texts) collectTexts(def, r.answers, texts);
  }
  return toSummary(agg, options, texts);
}
