// Cell text ↔ domain values: Thai labels or English keys in, Thai labels out; lists split on , ; or new lines.
import { educationLevels, type EducationLevel } from '../domain/school';
import { positions, titles } from '../domain/member';
import { educationLevelLabels, positionLabels } from '../i18n/labels-th';

/** NFC, no zero-width characters, inner runs of white space collapsed: the form every stored text takes. */
export const cleanText = (s: string): string =>
  s
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

export const splitList = (cell: string): string[] =>
  cell
    .split(/[,;\n\r]+/)
    .map(cleanText)
    .filter((v) => v !== '');

const squash = (s: string) => cleanText(s).toLowerCase().replace(/[\s.]/g, '');

function lookupTable<T extends string>(entries: ReadonlyArray<readonly [string, T]>): Map<string, T> {
  const m = new Map<string, T>();
  for (const [text, value] of entries) m.set(squash(text), value);
  return m;
}

const levelLookup = lookupTable<EducationLevel>([
  ...educationLevels.map((l) => [l, l] as const),
  ...educationLevels.map((l) => [educationLevelLabels[l], l] as const),
  ['อนุบาล', 'early-childhood'],
  ['ประถม', 'primary'],
  ['ม.ต้น', 'lower-secondary'],
  ['มัธยมต้น', 'lower-secondary'],
  ['ม.ปลาย', 'upper-secondary'],
  ['มัธยมปลาย', 'upper-secondary'],
]);

/** Levels in the canonical order, without repeats; unknown texts are returned for the error message. */
export function parseLevels(cell: string): { levels: EducationLevel[]; unknown: string[] } {
  const found = new Set<EducationLevel>();
  const unknown: string[] = [];
  for (const part of splitList(cell)) {
    const level = levelLookup.get(squash(part));
    if (level) found.add(level);
    else unknown.push(part);
  }
  return { levels: educationLevels.filter((l) => found.has(l)), unknown };
}

export const formatLevels = (levels: readonly EducationLevel[]): string => levels.map((l) => educationLevelLabels[l]).join(', ');

export type Title = (typeof titles)[number];
const titleLookup = lookupTable<Title>([
  ...titles.map((t) => [t, t] as const),
  ['น.ส.', 'นางสาว'],
  ['นส', 'นางสาว'],
  ['ว่าที่ ร.ต.', 'ว่าที่ร้อยตรี'],
  ['mr', 'นาย'],
  ['mrs', 'นาง'],
  ['ms', 'นางสาว'],
  ['miss', 'นางสาว'],
  ['dr', 'ดร.'],
]);
export const parseTitle = (cell: string): Title | undefined => titleLookup.get(squash(cell));

export type Position = (typeof positions)[number];
const positionLookup = lookupTable<Position>([
  ...positions.map((p) => [p, p] as const),
  ...positions.map((p) => [positionLabels[p], p] as const),
  ['ผู้อำนวยการ', 'director'],
  ['ผู้อำนวยการโรงเรียน', 'director'],
  ['ผอ.', 'director'],
  ['รองผู้อำนวยการ', 'deputy-director'],
  ['รองผอ.', 'deputy-director'],
  ['ครูผู้ช่วย', 'teacher'],
  ['พนักงานราชการ', 'teacher'],
  ['ครูอัตราจ้าง', 'teacher'],
]);
export const parsePosition = (cell: string): Position | undefined => positionLookup.get(squash(cell));
export const formatPosition = (p: Position): string => positionLabels[p];

/**
 * Thai phone numbers: digits only. Excel turns 0812345678 typed in a number cell into 812345678,
 * so 8–9 digits without the leading 0 get it back.
 */
export function parsePhone(cell: string): string | undefined {
  const digits = cell.replace(/[\s\-().]/g, '').replace(/^\+66/, '0');
  const fixed = /^[1-9][0-9]{7,8}$/.test(digits) ? `0${digits}` : digits;
  return /^0[0-9]{8,9}$/.test(fixed) ? fixed : undefined;
}
