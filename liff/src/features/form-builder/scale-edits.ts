// A rating scale in the builder: its first and last point and a word per point. What is saved stays the smallest that
// says it — nothing for the usual 1–5 wording, no words when every box is empty — so an untouched form stays unchanged.
import { DEFAULT_SCALE, scaleOf, type Question, type Scale } from '@nithet/shared';

export const SCALE_FIRST = [0, 1] as const;
export const SCALE_LAST = [2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The word of every point from min to max ('' where there is none), as the filler would name them. */
export function pointWords(scale: Scale): string[] {
  const count = scale.max - scale.min + 1;
  return Array.from({ length: count }, (_, i) => {
    const end = i === 0 ? scale.minLabel : i === count - 1 ? scale.maxLabel : undefined;
    return scale.labels?.[i] ?? end ?? '';
  });
}

/** The scale to store for these points and words: undefined when it is the usual 1–5 with its usual words. */
export function scaleFrom(min: number, max: number, words: readonly string[]): Scale | undefined {
  const labels = words.slice(0, max - min + 1);
  const same = min === DEFAULT_SCALE.min && max === DEFAULT_SCALE.max && labels.every((w, i) => w.trim() === DEFAULT_SCALE.labels?.[i]);
  if (same) return undefined;
  return labels.some((w) => w.trim() !== '') ? { min, max, labels } : { min, max };
}

/**
 * The scale with a new first or last point: the words of both ends stay at the ends, those between keep their
 * places as far as they fit, and new points start without a word.
 */
export function withRange(question: Pick<Question, 'scale'>, min: number, max: number): Scale | undefined {
  const words = pointWords(scaleOf(question));
  const count = max - min + 1;
  const middle = words.slice(1, -1).slice(0, Math.max(0, count - 2));
  const next = [words[0] ?? '', ...middle, ...Array<string>(Math.max(0, count - 2 - middle.length)).fill(''), words.at(-1) ?? ''];
  return scaleFrom(min, max, next);
}

/** The scale with one point's word changed. */
export function withWord(question: Pick<Question, 'scale'>, index: number, word: string): Scale | undefined {
  const scale = scaleOf(question);
  const words = pointWords(scale).map((w, i) => (i === index ? word : w));
  return scaleFrom(scale.min, scale.max, words);
}
