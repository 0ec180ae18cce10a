// One question's raw answer → its normalised value or a Thai message, per kind of question.
import { OTHER_PREFIX, scaleOf, type AnswerValue, type Question } from './definition';
import { isAnswered } from './visibility';
import { formMessagesTh as th } from './messages-th';

export type CheckContext = {
  /** Drafts: an empty required question or too few choices is not an error yet. */
  partial: boolean;
  schools?: ReadonlySet<string>;
  networks?: ReadonlySet<string>;
};

/** `value` undefined = unanswered; `fields` holds item messages of a grid (key: item id). */
export type Checked = { value?: AnswerValue; error?: string; items?: Record<string, string> };

export const DEFAULT_MAX_LENGTH = { 'short-text': 500, 'long-text': 3000 } as const;
const OTHER_MAX_LENGTH = 200;

const REQUIRED: Partial<Record<Question['kind'], string>> = {
  'single-choice': th.requiredChoice,
  'multi-choice': th.requiredChoice,
  rating: th.requiredRating,
  'rating-grid': th.requiredRating,
  date: th.requiredDate,
  school: th.requiredSchool,
  network: th.requiredNetwork,
};

export function checkAnswer(question: Question, raw: unknown, ctx: CheckContext): Checked {
  const checked = isAnswered(raw) ? checkGiven(question, raw, ctx) : {};
  // Text of only spaces or a list of blanks is no answer either.
  if (checked.error || checked.items || isAnswered(checked.value)) return checked;
  return question.required && !ctx.partial ? required(question) : {};
}

function checkGiven(question: Question, raw: unknown, ctx: CheckContext): Checked {
  switch (question.kind) {
    case 'short-text':
    case 'long-text':
      return checkText(question, raw);
    case 'single-choice':
      return typeof raw === 'string' ? choice(question, raw) : { error: th.badFormat };
    case 'multi-choice':
      return checkMultiChoice(question, raw, ctx);
    case 'rating':
      return rating(question, raw);
    case 'rating-grid':
      return checkGrid(question, raw, ctx);
    case 'number':
      return checkNumber(question, raw);
    case 'date':
      return checkDate(question, raw);
    case 'school':
      return checkPicked(question, raw, ctx, ctx.schools, th.unknownSchool);
    case 'network':
      return checkPicked(question, raw, ctx, ctx.networks, th.unknownNetwork);
  }
}

function required(question: Question): Checked {
  if (question.kind !== 'rating-grid') return { error: REQUIRED[question.kind] ?? th.requiredText };
  return { error: th.requiredRating, items: Object.fromEntries((question.items ?? []).map((i) => [i.id, th.requiredGridItem])) };
}

/** Trimmed, Windows line ends unified, control characters dropped; one line for short text. */
function cleanText(text: string, multiline: boolean): string {
  // eslint-disable-next-line no-control-regex -- dropping control characters is the point
  const clean = text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
  return (multiline ? clean : clean.replace(/\s*\n\s*/g, ' ')).trim();
}

const length = (text: string) => [...text].length;

function checkText(question: Question, raw: unknown): Checked {
  if (typeof raw !== 'string' && typeof raw !== 'number') return { error: th.badFormat };
  const kind = question.kind as keyof typeof DEFAULT_MAX_LENGTH;
  const text = cleanText(String(raw), kind === 'long-text');
  const max = question.maxLength ?? DEFAULT_MAX_LENGTH[kind];
  return length(text) > max ? { error: th.tooLong(max) } : { value: text };
}

/** An option's value, or `other:<text>` when the question allows "other". */
function choice(question: Question, raw: string): Checked & { value?: string } {
  const picked = raw.trim();
  if (question.options?.some((o) => o.value === picked)) return { value: picked };
  if (question.allowOther && (picked === 'other' || picked.startsWith(OTHER_PREFIX))) {
    const text = cleanText(picked.slice(OTHER_PREFIX.length), false);
    if (text === '') return { error: th.otherMissing };
    if (length(text) > OTHER_MAX_LENGTH) return { error: th.otherTooLong(OTHER_MAX_LENGTH) };
    return { value: OTHER_PREFIX + text };
  }
  return { error: th.notAnOption };
}

/** A list of strings (one string is a list of one), without repeats. */
function stringList(raw: unknown): string[] | undefined {
  const list = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) return undefined;
  return [...new Set(list.map((v) => v.trim()).filter((v) => v !== ''))];
}

function checkCount(question: Question, count: number, ctx: CheckContext): string | undefined {
  if (question.max !== undefined && count > question.max) return th.chooseAtMost(question.max);
  if (!ctx.partial && question.min !== undefined && count < question.min) return th.chooseAtLeast(question.min);
  return undefined;
}

function checkMultiChoice(question: Question, raw: unknown, ctx: CheckContext): Checked {
  const list = stringList(raw);
  if (!list) return { error: th.badFormat };
  const picked: string[] = [];
  for (const item of list) {
    const one = choice(question, item);
    if (one.error) return one;
    if (one.value !== undefined) picked.push(one.value);
  }
  if (picked.filter((v) => v.startsWith(OTHER_PREFIX)).length > 1) return { error: th.badFormat };
  // Stored in the options' order ("other" last), so the same choices always look the same.
  const order = (v: string) => question.options?.findIndex((o) => o.value === v) ?? -1;
  const rank = (v: string) => (v.startsWith(OTHER_PREFIX) ? Number.MAX_SAFE_INTEGER : order(v));
  const value = picked.sort((a, b) => rank(a) - rank(b));
  const countError = checkCount(question, value.length, ctx);
  return countError ? { error: countError } : { value };
}

/** A number, or text that reads as one ("1,250.5" with thousands separators). */
function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw
    .trim()
    .replace(/^([+-]?)(\d{1,3}(?:,\d{3})+)(\.\d+)?$/, (_, sign: string, int: string, frac = '') => sign + int.replace(/,/g, '') + frac);
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return undefined;
  return Number(text);
}

function rating(question: Question, raw: unknown): Checked & { value?: number } {
  const { min, max } = scaleOf(question);
  const value = toNumber(raw);
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max ? { value } : { error: th.ratingRange(min, max) };
}

function checkGrid(question: Question, raw: unknown, ctx: CheckContext): Checked {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { error: th.badFormat };
  const given = raw as Record<string, unknown>;
  const value: Record<string, number> = {};
  const items: Record<string, string> = {};
  for (const item of question.items ?? []) {
    if (!isAnswered(given[item.id])) {
      if (question.required && !ctx.partial) items[item.id] = th.requiredGridItem;
      continue;
    }
    const one = rating(question, given[item.id]);
    if (one.value !== undefined) value[item.id] = one.value;
    else items[item.id] = one.error!;
  }
  if (Object.keys(items).length > 0) return { items };
  return Object.keys(value).length > 0 ? { value } : {};
}

function checkNumber(question: Question, raw: unknown): Checked {
  const value = toNumber(raw);
  if (value === undefined) return { error: th.notANumber };
  if (question.integer && !Number.isInteger(value)) return { error: th.wholeNumber };
  const { min, max } = question;
  const outside = (min !== undefined && value < min) || (max !== undefined && value > max);
  if (!outside) return { value };
  if (min !== undefined && max !== undefined) return { error: th.numberBetween(min, max) };
  return { error: min !== undefined ? th.numberAtLeast(min) : th.numberAtMost(max!) };
}

/** A real calendar day: 2024-02-29 yes, 2023-02-29 no. */
export function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkDate(question: Question, raw: unknown): Checked {
  if (typeof raw !== 'string') return { error: th.badDate };
  const day = raw.trim();
  if (!isCalendarDate(day)) return { error: th.badDate };
  if (question.minDate && day < question.minDate) return { error: th.dateNotBefore(question.minDate) };
  if (question.maxDate && day > question.maxDate) return { error: th.dateNotAfter(question.maxDate) };
  return { value: day };
}

/** A school code or network id (several when `multiple`), among the known ones when the list is given. */
function checkPicked(
  question: Question,
  raw: unknown,
  ctx: CheckContext,
  known: ReadonlySet<string> | undefined,
  unknown: string,
): Checked {
  const list = question.multiple ? stringList(raw) : typeof raw === 'string' ? [raw.trim()] : undefined;
  if (!list || list.some((v) => v.length > 100)) return { error: th.badFormat };
  if (known && list.some((v) => !known.has(v))) return { error: unknown };
  if (!question.multiple) return { value: list[0]! };
  const countError = checkCount(question, list.length, ctx);
  return countError ? { error: countError } : { value: list };
}
