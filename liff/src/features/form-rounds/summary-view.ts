// What the round summary shows, as plain data: percentages in Thai, bar widths, and for each kind of question which
// block it gets (bars, a rating, a grid, number statistics or a list of texts).
import { formatThaiDate, type QuestionSummary, type RatingStats } from '@nithet/shared';
import { th } from '../../i18n/th-staff';

const t = th.formRounds;

/** 66.666… → "66.7%": one decimal at most, grouped the Thai way (1,234.5%). */
export function formatPercent(percent: number): string {
  return `${percent.toLocaleString('th-TH', { maximumFractionDigits: 1 })}%`;
}

/** n of `of` as a percentage with one decimal; 0 when nobody is counted. */
export function percentOf(n: number, of: number): number {
  return of <= 0 ? 0 : Math.round((n / of) * 1000) / 10;
}

/** A bar's width in percent of the longest: a count above zero never shrinks to nothing. */
export function barWidth(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.min(100, Math.max(1, Math.round((count / max) * 1000) / 10));
}

/** "4.50 ± 0.71"; one answer has no spread: "4.00"; none: null. */
export function formatMeanSd(mean: number | null, sd: number | null): string | null {
  if (mean === null) return null;
  return sd === null ? mean.toFixed(2) : `${mean.toFixed(2)} ± ${sd.toFixed(2)}`;
}

export interface BarRow {
  key: string;
  label: string;
  count: number;
  percent: number;
}

/** Response-rate rows (answered of audience per school, level or network) as bars whose length is the rate. */
export function rateRows(rows: readonly { key: string; label: string; audience: number; answered: number }[]) {
  return rows.map((r) => ({ ...r, percent: percentOf(r.answered, r.audience) }));
}

/** Names for the values of school and network questions; unknown ones show as their code. */
export interface ValueLabels {
  school: ReadonlyMap<string, string>;
  network: ReadonlyMap<string, string>;
}

/** A day answered to a date question ("2027-01-15"), read at noon in Bangkok so no time zone moves it. */
const dayLabel = (day: string) => (/^\d{4}-\d{2}-\d{2}$/.test(day) ? formatThaiDate(`${day}T12:00:00+07:00`) : day);

function ratingRows(stats: RatingStats): BarRow[] {
  return stats.distribution.map((d) => ({
    key: String(d.value),
    label: t.scalePoint(d.value, d.label),
    count: d.count,
    percent: d.percent,
  }));
}

export interface RatingView {
  n: number;
  mean: number | null;
  /** "4.50 ± 0.71", or null before any answer. */
  meanSd: string | null;
  /** The top of the scale ("เต็ม 5"). */
  max: number;
  rows: BarRow[];
}

function ratingView(stats: RatingStats): RatingView {
  return {
    n: stats.n,
    mean: stats.mean,
    meanSd: formatMeanSd(stats.mean, stats.sd),
    max: stats.distribution.at(-1)?.value ?? 5,
    rows: ratingRows(stats),
  };
}

/** How a question's summary is drawn. `texts: null` means the answers exist but are not listed here (see the export). */
export type QuestionView =
  | { type: 'bars'; rows: BarRow[]; multi: boolean; otherTexts: string[] | null }
  | ({ type: 'rating' } & RatingView)
  | { type: 'grid'; items: ({ id: string; label: string } & RatingView)[] }
  | { type: 'number'; n: number; meanSd: string | null; min: number | null; max: number | null }
  | { type: 'texts'; texts: string[] | null };

export function questionView(q: QuestionSummary, labels: ValueLabels): QuestionView {
  switch (q.kind) {
    case 'single-choice':
    case 'multi-choice': {
      const rows: BarRow[] = q.choices.map((c) => ({ key: c.value, label: c.label, count: c.count, percent: c.percent }));
      if (q.other) rows.push({ key: 'other', label: t.other, count: q.other.count, percent: q.other.percent });
      return { type: 'bars', rows, multi: q.kind === 'multi-choice', otherTexts: q.other?.texts ?? null };
    }
    case 'rating':
      return { type: 'rating', ...ratingView(q) };
    case 'rating-grid':
      return { type: 'grid', items: q.items.map((i) => ({ id: i.id, label: i.label, ...ratingView(i) })) };
    case 'number':
      return { type: 'number', n: q.n, meanSd: formatMeanSd(q.mean, q.sd), min: q.min, max: q.max };
    case 'date':
    case 'school':
    case 'network': {
      const name = (v: string) => (q.kind === 'date' ? dayLabel(v) : (labels[q.kind].get(v) ?? v));
      return { type: 'bars', rows: q.counts.map((c) => ({ key: c.value, label: name(c.value), ...c })), multi: false, otherTexts: null };
    }
    case 'short-text':
    case 'long-text':
      return { type: 'texts', texts: q.texts ?? null };
  }
}

/** The first `limit` items (answers, people, schools) until the person asks for all. */
export function visibleItems<T>(items: readonly T[], expanded: boolean, limit = 5): readonly T[] {
  return expanded || items.length <= limit ? items : items.slice(0, limit);
}

export interface SummaryFilter {
  network: string;
  school: string;
  level: string;
}

export const NO_FILTER: SummaryFilter = { network: '', school: '', level: '' };

/** "?network=net-1&level=primary" for the chosen groups; "" for everyone. */
export function summaryQuery(filter: SummaryFilter): string {
  const q = new URLSearchParams();
  for (const key of ['network', 'school', 'level'] as const) if (filter[key]) q.set(key, filter[key]);
  const s = q.toString();
  return s ? `?${s}` : '';
}
