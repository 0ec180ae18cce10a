// Shared vocabulary of the LINE limit checks: how lengths are counted and how problems are collected.

export interface LimitProblem {
  /** Path in the request body, written the way LINE writes it, e.g. `messages[0].text`. */
  property: string;
  message: string;
}

export type JsonObject = Record<string, unknown>;

/** LINE counts most text in UTF-16 code units (an emoji outside the BMP counts 2). */
export function utf16Length(s: string): number {
  return s.length;
}

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/** LINE counts action labels and template texts in grapheme clusters: "ที่" is 1, not 3. */
export function graphemeLength(s: string): number {
  let n = 0;
  for (const _ of graphemes.segment(s)) n += 1;
  return n;
}

export function asObject(v: unknown): JsonObject | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : undefined;
}

export interface StringRule {
  max: number;
  /** Defaults to utf16, LINE's default way of counting. */
  count?: 'utf16' | 'grapheme';
  required?: boolean;
  /** Whether "" is accepted when present (LINE rejects empty text and labels). */
  allowEmpty?: boolean;
}

/** Collects problems while walking one request body. */
export class Problems {
  readonly list: LimitProblem[] = [];

  add(property: string, message: string): void {
    this.list.push({ property, message });
  }

  /** Checks an optional or required string property; returns the string when it is one. */
  string(obj: JsonObject, key: string, path: string, rule: StringRule): string | undefined {
    const property = `${path}.${key}`;
    const value = obj[key];
    if (value === undefined || value === null) {
      if (rule.required) this.add(property, 'must be specified');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.add(property, 'must be a string');
      return undefined;
    }
    if (value.length === 0 && !rule.allowEmpty) {
      this.add(property, 'may not be empty');
      return value;
    }
    const length = rule.count === 'grapheme' ? graphemeLength(value) : utf16Length(value);
    if (length > rule.max) this.add(property, `Length must be between 0 and ${rule.max}`);
    return value;
  }

  /** Checks an array's size; returns its items (or [] when it isn't an array). */
  array(obj: JsonObject, key: string, path: string, min: number, max: number, required = true): unknown[] {
    const property = `${path}.${key}`;
    const value = obj[key];
    if (value === undefined || value === null) {
      if (required) this.add(property, 'must be specified');
      return [];
    }
    if (!Array.isArray(value)) {
      this.add(property, 'must be an array');
      return [];
    }
    if (value.length < min || value.length > max) this.add(property, `Size must be between ${min} and ${max}`);
    return value;
  }

  /** Checks that `value` is an object; reports under `property` otherwise. */
  object(value: unknown, property: string): JsonObject | undefined {
    const obj = asObject(value);
    if (!obj) this.add(property, value === undefined ? 'must be specified' : 'must be an object');
    return obj;
  }
}

/** LINE requires HTTPS image URLs of at most 2000 characters. */
export function checkImageUrl(p: Problems, obj: JsonObject, key: string, path: string, required: boolean): void {
  const url = p.string(obj, key, path, { max: 2000, required });
  if (url !== undefined && url !== '' && !url.startsWith('https://')) p.add(`${path}.${key}`, 'must be an HTTPS URL');
}
