// Line breaking for Thai, which writes no spaces between words. Breaks fall between words as ICU's Thai
// dictionary finds them (Intl.Segmenter), best at a space, never inside a grapheme cluster (a consonant keeps
// its vowels and tone marks), and not after the prefixes การ/ความ/… nor before a number ("พ.ศ. | 2569").
// Among the fewest lines, the breaks chosen make the lines most even, which suits centred text; for left-aligned prose
// (`ragged`) the last line's shortness costs nothing, so the lines above it run full.

const words = new Intl.Segmenter('th', { granularity: 'word' });
const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** Nominal prefixes that belong to the word after them (การประชุม, ความรู้, ผู้สอน, นักเรียน). */
const PREFIXES = new Set(['การ', 'ความ', 'ผู้', 'นัก', 'ชาว']);
const NO_BREAK_BEFORE = /^[ๆฯ)\]}”’,.:;!?%]/;
const NO_BREAK_AFTER = /[([{“‘]$/;
const COST = { word: 3, prefix: 40, number: 40, cluster: 60 };

interface Piece {
  text: string;
  width: number;
  space: boolean;
  /** A cluster split off a word too long for a line: breaking before it is a last resort. */
  cluster: boolean;
}

function pieces(text: string, maxWidth: number, measure: (s: string) => number): Piece[] {
  const out: Piece[] = [];
  for (const { segment } of words.segment(text)) {
    const space = /^\s+$/.test(segment);
    const width = measure(segment);
    if (space || width <= maxWidth) {
      out.push({ text: segment, width, space, cluster: false });
      continue;
    }
    [...graphemes.segment(segment)].forEach(({ segment: g }, i) => out.push({ text: g, width: measure(g), space: false, cluster: i > 0 }));
  }
  return out;
}

/** The cost of ending a line just before piece `b`; Infinity where no break may stand. */
function breakCost(p: Piece[], b: number): number {
  const before = p[b - 1]!;
  const after = p[b]!;
  if (after.space || NO_BREAK_BEFORE.test(after.text) || NO_BREAK_AFTER.test(before.text)) return Infinity;
  let cost = before.space ? 0 : after.cluster ? COST.cluster : COST.word;
  if (!before.space && PREFIXES.has(before.text)) cost += COST.prefix;
  if (/^\d/.test(after.text)) cost += COST.number;
  return cost;
}

/** Splits `text` into lines no wider than `maxWidth` as `measure` counts; spaces at line ends are dropped. */
export function wrapThai(text: string, maxWidth: number, measure: (s: string) => number, options: { ragged?: boolean } = {}): string[] {
  const p = pieces(text.replace(/\s+/g, ' ').trim(), maxWidth, measure);
  const n = p.length;
  if (n === 0) return [];
  // Width of pieces [a, b) as one line: widths add up (Thai shaping never reaches across a word boundary).
  const lineWidth = (a: number, b: number) => {
    while (a < b && p[a]!.space) a++;
    while (b > a && p[b - 1]!.space) b--;
    let w = 0;
    for (let i = a; i < b; i++) w += p[i]!.width;
    return w;
  };
  // best[b]: the least overflow (only where no break is allowed), then the fewest lines, then the least cost,
  // to set pieces [0, b); from[b]: where its last line starts.
  type Score = { over: number; lines: number; cost: number };
  const better = (x: Score, y: Score) => (x.over !== y.over ? x.over < y.over : x.lines !== y.lines ? x.lines < y.lines : x.cost < y.cost);
  const best: Score[] = [{ over: 0, lines: 0, cost: 0 }];
  const from: number[] = [0];
  for (let b = 1; b <= n; b++) {
    best[b] = { over: Infinity, lines: Infinity, cost: Infinity };
    const endCost = b === n ? 0 : breakCost(p, b);
    if (endCost === Infinity) continue;
    for (let a = b - 1; a >= 0; a--) {
      const prev = best[a]!;
      if (prev.over === Infinity) continue;
      const w = lineWidth(a, b);
      const slack = b === n && options.ragged ? 0 : Math.max(0, maxWidth - w) / maxWidth;
      const cand = {
        over: prev.over + Math.max(0, w - maxWidth),
        lines: prev.lines + 1,
        cost: prev.cost + 100 * slack * slack + endCost,
      };
      if (better(cand, best[b]!)) {
        best[b] = cand;
        from[b] = a;
      }
    }
  }
  const lines: string[] = [];
  for (let b = n; b > 0; b = from[b]!) {
    lines.unshift(
      p
        .slice(from[b], b)
        .map((x) => x.text)
        .join('')
        .trim(),
    );
  }
  return lines.filter(Boolean);
}

/** Breaks a URL into lines no wider than `maxWidth`, preferring to break after / ? & = - . _ */
export function wrapUrl(url: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let rest = url;
  while (rest) {
    let fit = rest.length;
    while (fit > 1 && measure(rest.slice(0, fit)) > maxWidth) fit--;
    if (fit < rest.length) {
      const head = rest.slice(0, fit);
      const soft = Math.max(...['/', '?', '&', '=', '-', '.', '_'].map((c) => head.lastIndexOf(c)));
      if (soft >= fit / 2) fit = soft + 1;
    }
    lines.push(rest.slice(0, fit));
    rest = rest.slice(fit);
  }
  return lines;
}
