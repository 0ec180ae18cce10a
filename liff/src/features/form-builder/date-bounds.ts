// A date question's earliest or latest day as a supervisor types it: day, Thai month and year in พ.ศ. (phones' pickers
// show ค.ศ.), stored as YYYY-MM-DD. A half-typed day is held as a value the definition schema refuses, so it is named.
const BE_OFFSET = 543;

export interface DayParts {
  day: string;
  /** 1–12, '' when not chosen. */
  month: string;
  /** พ.ศ. */
  year: string;
}

export const EMPTY_PARTS: DayParts = { day: '', month: '', year: '' };

/** Not YYYY-MM-DD: the schema's date format refuses it, and the builder words that as "fill in all three". */
export const INCOMPLETE_DAY = 'incomplete';

export const THAI_MONTHS: readonly string[] = Array.from({ length: 12 }, (_, m) =>
  new Intl.DateTimeFormat('th-TH', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)),
);

export function partsOf(ymd: string | undefined): DayParts {
  const m = ymd ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd) : null;
  if (!m) return EMPTY_PARTS;
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: String(Number(m[1]) + BE_OFFSET) };
}

/**
 * The stored value of what was typed: undefined when all three are empty, YYYY-MM-DD when all three are numbers
 * (the schema then checks that the day exists), else INCOMPLETE_DAY.
 */
export function dayOf(parts: DayParts): string | undefined {
  const day = parts.day.trim();
  const year = parts.year.trim();
  if (day === '' && parts.month === '' && year === '') return undefined;
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(year)) return INCOMPLETE_DAY;
  // Four digits of พ.ศ. are at least ค.ศ. 457; the schema names a year that is no real day (ค.ศ. typed as พ.ศ.).
  const ce = String(Number(year) - BE_OFFSET).padStart(4, '0');
  return `${ce}-${parts.month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}
