// Needs and scores from running totals (formStats), pure: which Form 1 question holds the needs, how totals merge, how needs rank.
import { allQuestions, type FormDefinition, type Question } from '../../forms/definition';
import type { AggregateState } from '../../forms/aggregate';
import { meanAndSd } from '../../forms/summary';
import type { NeedFigure, ScoreStats } from '../../domain/cycle-figures';

/** The needs question of a needs survey (Form 1's "topics") and the rating grid of need levels with the same ids. */
export type NeedQuestions = { topics: Question; grid: Question | null };

/** Form 1's `topics`, or else the first multi-choice question of a section named `needs`; null when the form has neither. */
export function needQuestionsOf(def: FormDefinition): NeedQuestions | null {
  if (def.kind !== 'needs-survey') return null;
  const topics =
    allQuestions(def).find((q) => q.id === 'topics' && q.kind === 'multi-choice') ??
    def.sections.find((s) => s.id === 'needs')?.questions.find((q) => q.kind === 'multi-choice');
  if (!topics?.options?.length) return null;
  const values = new Set(topics.options.map((o) => o.value));
  const grid = allQuestions(def).find((q) => q.kind === 'rating-grid' && (q.items ?? []).some((i) => values.has(i.id))) ?? null;
  return { topics, grid };
}

type Moments = { n: number; sum: number; sumSq: number };

/** Needs totals merged over rounds or groups. */
export type NeedTotals = {
  respondents: number;
  /** Respondents who were asked the needs question. */
  seen: number;
  counts: Map<string, number>;
  levels: Map<string, Moments>;
  /** Topic key → label (the newest definition's wording wins: add newest first). */
  labels: Map<string, string>;
};

export const emptyNeedTotals = (): NeedTotals => ({ respondents: 0, seen: 0, counts: new Map(), levels: new Map(), labels: new Map() });

/** Adds one stats state (a round's or a group's) of a needs survey to the totals. */
export function addNeedState(totals: NeedTotals, questions: NeedQuestions, state: AggregateState): void {
  totals.respondents += state.respondents;
  for (const o of questions.topics.options ?? []) if (!totals.labels.has(o.value)) totals.labels.set(o.value, o.label);
  const topics = state.questions[questions.topics.id];
  if (topics) {
    totals.seen += topics.seen;
    for (const o of questions.topics.options ?? []) {
      const c = topics.counts[o.value] ?? 0;
      if (c !== 0) totals.counts.set(o.value, (totals.counts.get(o.value) ?? 0) + c);
    }
  }
  const grid = questions.grid ? state.questions[questions.grid.id] : undefined;
  for (const [itemId, m] of Object.entries(grid?.items ?? {})) {
    if (!totals.labels.has(itemId)) continue;
    const t = totals.levels.get(itemId) ?? { n: 0, sum: 0, sumSq: 0 };
    totals.levels.set(itemId, { n: t.n + m.n, sum: t.sum + m.sum, sumSq: t.sumSq + m.sumSq });
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Every known need, most chosen first (then higher level of need, then key); `limit` keeps the first ones. */
export function rankNeeds(totals: NeedTotals, limit?: number): NeedFigure[] {
  const figures = [...totals.labels.entries()].map(([key, label]): NeedFigure => {
    const count = totals.counts.get(key) ?? 0;
    const m = totals.levels.get(key);
    return {
      key,
      label,
      count,
      share: totals.seen === 0 ? 0 : round2((count / totals.seen) * 100),
      mean: m ? meanAndSd(m.n, m.sum, m.sumSq).mean : null,
    };
  });
  figures.sort((a, b) => b.count - a.count || (b.mean ?? 0) - (a.mean ?? 0) || a.key.localeCompare(b.key));
  return limit === undefined ? figures : figures.slice(0, limit);
}

/** The score of an evaluation form: its rating question `overall`, or else its first rating question. */
export function scoreQuestionOf(def: FormDefinition): Question | null {
  const ratings = allQuestions(def).filter((q) => q.kind === 'rating');
  return ratings.find((q) => q.id === 'overall') ?? ratings[0] ?? null;
}

export type ScoreTotals = Moments;
export const emptyScore = (): ScoreTotals => ({ n: 0, sum: 0, sumSq: 0 });

export function addScore(t: ScoreTotals, value: number): void {
  t.n += 1;
  t.sum += value;
  t.sumSq += value * value;
}

/** Adds a rating question's running totals (n = those who answered). */
export function addScoreState(t: ScoreTotals, questionId: string, state: AggregateState): void {
  const q = state.questions[questionId];
  if (!q) return;
  t.n += q.answered;
  t.sum += q.sum;
  t.sumSq += q.sumSq;
}

export const scoreStats = (t: ScoreTotals): ScoreStats => ({ n: t.n, ...meanAndSd(t.n, t.sum, t.sumSq) });
