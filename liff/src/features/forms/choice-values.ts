// How a choice question's controls map to its answer: option values, and "อื่น ๆ" stored as `other:<text>` (the engine's format).
import { OTHER_PREFIX, type AnswerValue } from '@nithet/shared';

/** The value of the "other" radio or checkbox in the page (never stored as such). */
export const OTHER_CONTROL = 'other';

const isOther = (v: string) => v === OTHER_CONTROL || v.startsWith(OTHER_PREFIX);

/** The picked values of a choice answer: one for a single choice, any number for a multiple choice. */
export function pickedValues(value: AnswerValue | undefined): string[] {
  if (typeof value === 'string') return value === '' ? [] : [value];
  return Array.isArray(value) ? value : [];
}

/** The text typed beside "อื่น ๆ", or null when "อื่น ๆ" is not picked. */
export function otherText(value: AnswerValue | undefined): string | null {
  const other = pickedValues(value).find(isOther);
  return other === undefined ? null : other.slice(OTHER_PREFIX.length);
}

/** Whether a control (an option's value or OTHER_CONTROL) shows as picked. */
export function isPicked(value: AnswerValue | undefined, control: string): boolean {
  const picked = pickedValues(value);
  return control === OTHER_CONTROL ? picked.some(isOther) : picked.includes(control);
}

/** The answer after a radio is picked; "อื่น ๆ" keeps any text already typed. */
export function pickOne(value: AnswerValue | undefined, control: string): string {
  return control === OTHER_CONTROL ? OTHER_PREFIX + (otherText(value) ?? '') : control;
}

/** The answer after a checkbox is ticked or cleared; undefined when nothing is left. */
export function toggleMany(value: AnswerValue | undefined, control: string, on: boolean): string[] | undefined {
  const rest = pickedValues(value).filter((v) => (control === OTHER_CONTROL ? !isOther(v) : v !== control));
  const next = on ? [...rest, control === OTHER_CONTROL ? OTHER_PREFIX + (otherText(value) ?? '') : control] : rest;
  return next.length > 0 ? next : undefined;
}

/** The answer after typing in the "อื่น ๆ" box (which picks "อื่น ๆ" if it was not). */
export function typeOther(value: AnswerValue | undefined, multiple: boolean, text: string): AnswerValue {
  if (!multiple) return OTHER_PREFIX + text;
  return [...pickedValues(value).filter((v) => !isOther(v)), OTHER_PREFIX + text];
}
