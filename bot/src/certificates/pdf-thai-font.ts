// Sarabun for PDFs: the TTFs of @expo-google-fonts/sarabun opened with fontkit (pdfkit's shaper), with what
// fontkit and pdfkit get wrong for Thai put right:
// - marks: ป ฝ ฟ + ุ/ู + tone (ปุ่ ฟู้ ปุ๋ย) get the narrow, left-shifted tone glyph the font asks for, as HarfBuzz
//   draws them (fontkit reads chaining-context backtracks in the wrong order);
// - text: the PDF's text layer (copy, search, screen readers) reads สำนักงาน and น้ำ, not สำานักงาน or
//   น้ำา (the font splits ำ into ํ + า so a tone can sit between; fontkit's per-glyph characters are
//   whichever it met first).
import * as fontkit from 'fontkit';

export const SARABUN_WEIGHTS = ['400Regular', '600SemiBold', '700Bold'] as const;
export type SarabunWeight = (typeof SARABUN_WEIGHTS)[number];

/** The font file of a weight, resolved from node_modules (the bundle leaves npm packages external). */
export function sarabunPath(weight: SarabunWeight): string {
  return require.resolve(`@expo-google-fonts/sarabun/${weight}/Sarabun_${weight}.ttf`);
}

// The parts of fontkit's parsed OpenType layout tables that the fix touches (not in @types/fontkit).
interface ChainRule {
  backtrack: number[];
}
interface ChainSubtable {
  version: 1 | 2 | 3;
  backtrackCoverage?: unknown[];
  chainRuleSets?: (ChainRule[] | null)[];
  chainClassSet?: (ChainRule[] | null)[];
}
interface Subtable extends ChainSubtable {
  lookupType?: number;
  extension?: Subtable;
}
interface LayoutTable {
  lookupList: { toArray(): { lookupType: number; subTables: Subtable[] }[] };
}

const fixed = new WeakSet<object>();

/**
 * fontkit (2.0.4) matches the backtrack of chaining contextual lookups in the file's order, but OpenType stores
 * a backtrack nearest glyph first. Reversing the parsed backtracks once makes fontkit read them as the spec says.
 * Only backtracks of two or more glyphs change. Returns how many were reversed (0 on a second call).
 */
export function fixChainingBacktrackOrder(font: fontkit.Font): number {
  if (fixed.has(font)) return 0;
  fixed.add(font);
  let reversed = 0;
  const reverse = (list: unknown[] | undefined) => {
    if (list && list.length > 1) {
      list.reverse();
      reversed++;
    }
  };
  for (const [tag, chainType, extensionType] of [
    ['GSUB', 6, 7],
    ['GPOS', 8, 9],
  ] as const) {
    const table = (font as unknown as Record<string, LayoutTable | undefined>)[tag];
    if (!table) continue;
    for (const lookup of table.lookupList.toArray()) {
      for (const sub of lookup.subTables) {
        const [type, st] = lookup.lookupType === extensionType ? [sub.lookupType, sub.extension] : [lookup.lookupType, sub];
        if (type !== chainType || !st) continue;
        if (st.version === 3) reverse(st.backtrackCoverage);
        else
          for (const set of (st.version === 1 ? st.chainRuleSets : st.chainClassSet) ?? [])
            for (const rule of set ?? []) reverse(rule.backtrack);
      }
    }
  }
  return reversed;
}

/** fontkit draws the tone of "ปุ่" as the font's narrow glyph, as the font's `ccmp` asks, only when fixed. */
function tonesAreNarrowed(font: fontkit.Font): boolean {
  const run = font.layout('\u0e1b\u0e38\u0e48');
  return run.glyphs[2]?.id !== font.glyphForCodePoint(0x0e48).id;
}

const cache = new Map<SarabunWeight, fontkit.Font>();

/** A parsed Sarabun weight, ready for pdfkit (`doc.registerFont(name, font)`); parsed once per process. */
export function loadSarabun(weight: SarabunWeight): fontkit.Font {
  let font = cache.get(weight);
  if (!font) {
    font = fontkit.openSync(sarabunPath(weight)) as fontkit.Font;
    // fontkit keeps the characters of the first use of a glyph; meeting every mapped character first makes
    // a glyph read as its own character (า as า, not as nothing because it was first the tail of ำ).
    for (const cp of font.characterSet) font.glyphForCodePoint(cp);
    // A later fontkit that reads backtracks right needs no fix (and must not get one).
    if (!tonesAreNarrowed(font)) fixChainingBacktrackOrder(font);
    cache.set(weight, font);
  }
  return font;
}

// pdfkit's EmbeddedFont, as far as exactThaiText uses it (pdfkit 0.20; checked before use).
interface PdfPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  advanceWidth: number;
}
interface PdfGlyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
}
interface PdfEmbeddedFont {
  font: fontkit.Font;
  scale: number;
  subset: { includeGlyph(id: number): number; glyphs: number[] };
  widths: number[];
  unicode: number[][];
  layout(text: string, features?: unknown): { glyphs: PdfGlyph[]; positions: PdfPosition[] };
  encode(text: string, features?: unknown): [string[], PdfPosition[]];
}

const SARA_AM = 0x0e33;
const NIKHAHIT = 0x0e4d;
const hex4 = (n: number) => n.toString(16).padStart(4, '0');

/**
 * Makes a pdfkit font (`doc._font` after `doc.font(name)`) write a text layer that reads as the text was
 * typed where the font splits ำ (SARA AM) into NIKHAHIT + SARA AA:
 * - without a tone (สำ): the two glyphs are drawn as the font's one precomposed ำ glyph, which looks the same;
 * - with a tone (น้ำ): the tone+nikhahit glyph reads as the tone, and the SARA AA is drawn through a second
 *   copy of its glyph in the subset that reads as ำ.
 * Returns false, changing nothing, when pdfkit's font object is not as expected.
 */
export function exactThaiText(target: unknown): boolean {
  const ef = target as PdfEmbeddedFont;
  if (
    typeof ef?.layout !== 'function' ||
    typeof ef.encode !== 'function' ||
    !Array.isArray(ef.subset?.glyphs) ||
    !Array.isArray(ef.unicode) ||
    !Array.isArray(ef.widths)
  )
    return false;
  const font = ef.font;
  const am = font.glyphForCodePoint(SARA_AM) as unknown as PdfGlyph;
  const aa = font.glyphForCodePoint(0x0e32) as unknown as PdfGlyph;
  const nikhahit = font.glyphForCodePoint(NIKHAHIT).id;
  if (!am.id || !aa.id || !nikhahit) return false;
  let aaReadingAm: number | undefined;

  const put = (res: string[], glyph: PdfGlyph, cid: number, unicode: number[]) => {
    res.push(hex4(cid));
    ef.widths[cid] ??= glyph.advanceWidth * ef.scale;
    ef.unicode[cid] ??= unicode;
  };
  ef.encode = function encode(text, features) {
    const { glyphs, positions } = ef.layout(text, features);
    const res: string[] = [];
    const out: PdfPosition[] = [];
    for (let i = 0; i < glyphs.length; i++) {
      const glyph = glyphs[i]!;
      const pos = positions[i]!;
      const next = glyphs[i + 1];
      // A glyph made of NIKHAHIT (alone, narrowed, or with a tone) followed by SARA AA: a split ำ.
      if (next?.id === aa.id && glyph.codePoints.some((c) => c === SARA_AM || c === NIKHAHIT)) {
        const aaPos = positions[i + 1]!;
        if (glyph.id === nikhahit) {
          put(res, am, ef.subset.includeGlyph(am.id), [SARA_AM]);
          out.push({ ...aaPos, xAdvance: pos.xAdvance + aaPos.xAdvance, advanceWidth: am.advanceWidth * ef.scale });
        } else {
          const rest = glyph.codePoints.filter((c) => c !== SARA_AM && c !== NIKHAHIT);
          put(res, glyph, ef.subset.includeGlyph(glyph.id), rest);
          out.push(pos);
          aaReadingAm ??= ef.subset.glyphs.push(aa.id) - 1;
          put(res, aa, aaReadingAm, [SARA_AM]);
          out.push(aaPos);
        }
        i++;
        continue;
      }
      put(res, glyph, ef.subset.includeGlyph(glyph.id), glyph.codePoints);
      out.push(pos);
    }
    return [res, out];
  };
  return true;
}
