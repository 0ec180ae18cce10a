// Certificate running numbers (เลขที่เกียรติบัตร) of an office: "ที่ 0012/2569", counted per Buddhist Era year.

/** Buddhist Era (พ.ศ.) = Common Era + 543. */
export const BUDDHIST_ERA_OFFSET = 543;

/**
 * The Buddhist Era year (พ.ศ.) of a moment as a calendar on the wall of `timeZone` shows it:
 * 31 Dec 2026 17:00 UTC is already 1 Jan 2027 in Bangkok, so 2570.
 */
export function buddhistYear(date: Date | string, timeZone = 'Asia/Bangkok'): number {
  const d = typeof date === 'string' ? new Date(date) : date;
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date: ${String(date)}`);
  const year = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', calendar: 'gregory', numberingSystem: 'latn' })
    .formatToParts(d)
    .find((p) => p.type === 'year')?.value;
  return Number(year) + BUDDHIST_ERA_OFFSET;
}

/**
 * The office's running number of a certificate: "ที่ 0012/2569" (at least four digits, Arabic digits so it
 * reads the same when typed into a search). `seq` counts from 1 within the Buddhist Era year `beYear`.
 */
export function formatCertificateNumber(seq: number, beYear: number): string {
  if (!Number.isSafeInteger(seq) || seq < 1) throw new RangeError(`A certificate sequence is a whole number from 1: ${seq}`);
  // A B.E. year is 24xx–29xx; a C.E. year (20xx) passed by mistake would be off by 543.
  if (!Number.isInteger(beYear) || beYear < 2400 || beYear > 2999) throw new RangeError(`Not a Buddhist Era year: ${beYear}`);
  return `ที่ ${String(seq).padStart(4, '0')}/${beYear}`;
}
