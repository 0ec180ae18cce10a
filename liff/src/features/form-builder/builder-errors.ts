// The builder's problems before saving: the shared edit schema's Thai messages by path (the server's are the same),
// worded for the builder where the schema's are generic, and each path placed on the card it belongs to.
import { editableDefinitionSchema, fieldsOf, type FormDefinition, type Section } from '@nithet/shared';
import { th } from '../../i18n/th-staff';

const t = th.formBuilder;

/** A card of the builder: the form's own fields, a section, or a question (by their ids). */
export type CardKey = 'form' | `section:${string}` | `question:${string}`;

export const sectionCard = (id: string): CardKey => `section:${id}`;
export const questionCard = (id: string): CardKey => `question:${id}`;

/** Builder wording by the end of a path (and the schema's message, when given), for issues whose message is generic. */
const WORDING: readonly [RegExp, string, string, RegExp?][] = [
  [/^title$/, 'too_small', t.errors.formTitle],
  [/^sections$/, 'too_small', t.errors.noSections],
  [/^sections\.\d+\.title$/, 'too_small', t.errors.sectionTitle],
  [/^sections\.\d+\.questions$/, 'too_small', t.errors.noQuestions],
  [/\.questions\.\d+\.label$/, 'too_small', t.errors.label],
  [/\.options\.\d+\.label$/, 'too_small', t.errors.optionLabel],
  [/\.items\.\d+\.label$/, 'too_small', t.errors.itemLabel],
  [/\.questions\.\d+\.(min|max)$/, 'invalid_type', t.errors.number],
  [/\.showIf\.(all|any)\.\d+\.value$/, 'invalid_type', t.errors.number],
  // The engine's own words name the ids; the builder never shows them.
  [/\.showIf\.(all|any)\.\d+\.question$/, 'custom', t.errors.conditionOrder],
  [/\.showIf\.(all|any)\.\d+\.value$/, 'custom', t.errors.conditionValue, /^ไม่มีตัวเลือก/],
  // A half-typed day is held as a value that is not YYYY-MM-DD (see date-bounds.ts).
  [/\.questions\.\d+\.(minDate|maxDate)$/, 'invalid_format', t.errors.dateIncomplete],
  [/\.scale\.labels\.\d+$/, 'too_big', t.errors.pointWord],
];

/** Thai messages by path ("sections.0.questions.1.label") for everything that stops this definition being saved. */
export function problemsOf(def: FormDefinition): Record<string, string> {
  const parsed = editableDefinitionSchema.safeParse(def);
  if (parsed.success) return {};
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    const worded = WORDING.find(
      ([pattern, code, , message]) => code === issue.code && pattern.test(path) && (!message || message.test(issue.message)),
    )?.[2];
    fields[path || '_'] ??= worded ?? Object.values(fieldsOf([issue]))[0]!;
  }
  return fields;
}

export interface PlacedError {
  card: CardKey;
  /** The rest of the path on its card: `label`, `options.2.label`, `showIf.all.0.value`, `questions`… */
  field: string;
  message: string;
  /** Where it is, for the summary: "ข้อ 3", "ส่วนที่ 2", "ข้อมูลแบบฟอร์ม". */
  where: string;
}

/** Each message on its card, in the order the cards stand (the form, then each section followed by its questions). */
export function placeErrors(sections: readonly Section[], fields: Readonly<Record<string, string>>): PlacedError[] {
  const placed: (PlacedError & { order: number })[] = [];
  const firstNumber = sections.map((_, s) => sections.slice(0, s).reduce((n, x) => n + x.questions.length, 0) + 1);
  for (const [path, message] of Object.entries(fields)) {
    const m = /^sections\.(\d+)(?:\.(.+))?$/.exec(path);
    const s = m ? Number(m[1]) : -1;
    const section = sections[s];
    if (!m || !section) {
      placed.push({ card: 'form', field: path, message, where: t.details, order: -1 });
      continue;
    }
    const rest = m[2] ?? '';
    const q = /^questions\.(\d+)(?:\.(.+))?$/.exec(rest);
    const question = q ? section.questions[Number(q[1])] : undefined;
    if (q && question) {
      const n = firstNumber[s]! + Number(q[1]);
      placed.push({ card: questionCard(question.id), field: q[2] ?? '', message, where: t.question(n), order: n });
    } else {
      placed.push({ card: sectionCard(section.id), field: rest, message, where: t.section(s + 1), order: firstNumber[s]! - 0.5 });
    }
  }
  return placed.sort((a, b) => a.order - b.order).map(({ order: _, ...rest }) => rest);
}

/** One card's messages by field. */
export function errorsOfCard(placed: readonly PlacedError[], card: CardKey): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of placed) if (e.card === card) out[e.field] ??= e.message;
  return out;
}

/** The messages of a card's fields under a prefix (`options` → `{ '': …, '2.label': … }`). */
export function under(errors: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === prefix) out[''] = message;
    else if (field.startsWith(`${prefix}.`)) out[field.slice(prefix.length + 1)] = message;
  }
  return out;
}

/** The element of a card a summary link focuses: the field's control when it has one, else the card's heading. */
export function targetOf(card: CardKey, field: string): string {
  const base = domIdOf(card);
  const list = /^(options|items)(?:\.(\d+))?/.exec(field);
  if (list) return list[2] === undefined ? `${base}-${list[1]}-new` : `${base}-${list[1]}-${list[2]}`;
  // A condition's question box; the first condition's (or the clear button of a show-if the card cannot list) otherwise.
  const condition = /^showIf\.(?:all|any)\.(\d+)/.exec(field);
  if (condition) return `${base}-showif-${condition[1]}`;
  if (field.startsWith('showIf')) return `${base}-showif-0`;
  const scale = /^scale\.(?:labels\.(\d+)|(min|max))/.exec(field);
  if (scale) return `${base}-scale-${scale[1] ?? scale[2]}`;
  if (field.startsWith('scale')) return `${base}-scale-min`;
  if (['title', 'description', 'label', 'help', 'min', 'max', 'maxLength', 'minDate', 'maxDate'].includes(field)) return `${base}-${field}`;
  return `${base}-heading`;
}

/** A DOM id prefix per card (the filler's own ids start with `q-`, so these never meet them). */
export function domIdOf(card: CardKey): string {
  return `fb-${card.replace(':', '-')}`;
}
