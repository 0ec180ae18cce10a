// Show-if in the builder: conditions on earlier questions joined by และ (all) or หรือ (any), each with the operators
// that suit its question's kind, and the whole written out in Thai for a card.
import { CHOICE_KINDS, OTHER_OPTION_LABEL, scaleOf, type Condition, type ConditionOp, type Question, type ShowIf } from '@nithet/shared';
import { th } from '../../i18n/th-staff';

const t = th.formBuilder.showIf;

/** The value of the "อื่น ๆ" choice in conditions (an `other:<text>` answer compares as it). */
export const OTHER_VALUE = 'other';

/** Operators offered for a question of this kind. */
export function opsFor(target: Question): ConditionOp[] {
  if (target.kind === 'single-choice') return ['equals', 'not-equals', 'in', 'answered'];
  if (target.kind === 'multi-choice') return ['includes', 'answered'];
  if ((target.kind === 'school' || target.kind === 'network') && target.multiple) return ['answered'];
  if (target.kind === 'number' || target.kind === 'rating') return ['equals', 'gte', 'lte', 'answered'];
  if (target.kind === 'short-text' || target.kind === 'long-text') return ['equals', 'answered'];
  return ['answered'];
}

/** The choices a condition may name: the options, and "อื่น ๆ" when the question has it. */
export function choicesOf(target: Question): { value: string; label: string }[] {
  return [...(target.options ?? []), ...(target.allowOther ? [{ value: OTHER_VALUE, label: t.other }] : [])];
}

const numericDefault = (target: Question): number => (target.kind === 'rating' ? scaleOf(target).max : (target.min ?? 0));

/** A condition with this operator, keeping what it can of the value it had. */
export function conditionFor(target: Question, op: ConditionOp, previous?: Condition['value']): Condition {
  const base = { question: target.id, op };
  if (op === 'answered') return base;
  if (CHOICE_KINDS.includes(target.kind)) {
    const first = choicesOf(target)[0]?.value ?? '';
    const kept = Array.isArray(previous) ? previous[0] : typeof previous === 'string' ? previous : undefined;
    const one = kept !== undefined && choicesOf(target).some((c) => c.value === kept) ? kept : first;
    return { ...base, value: op === 'in' ? [one] : one };
  }
  if (target.kind === 'number' || target.kind === 'rating')
    return { ...base, value: typeof previous === 'number' ? previous : numericDefault(target) };
  return { ...base, value: typeof previous === 'string' ? previous : '' };
}

/** The first condition the builder offers on a question. */
export function defaultCondition(target: Question): Condition {
  return conditionFor(target, opsFor(target)[0]!);
}

/** How the builder's conditions combine: every one of them (และ) or at least one (หรือ). */
export type Match = 'all' | 'any';

export interface ConditionList {
  match: Match;
  conditions: Condition[];
}

/** The show-if as one list the builder edits, or null when it mixes both kinds (then it offers clearing). */
export function conditionListOf(showIf: ShowIf | undefined): ConditionList | null {
  const all = showIf?.all ?? [];
  const any = showIf?.any ?? [];
  if (all.length > 0 && any.length > 0) return null;
  return any.length > 0 ? { match: 'any', conditions: any } : { match: 'all', conditions: all };
}

/** What is saved for the list; no conditions means always shown. */
export const showIfFrom = ({ match, conditions }: ConditionList): ShowIf | undefined =>
  conditions.length > 0 ? ({ [match]: conditions } as ShowIf) : undefined;

/** A further condition, on the nearest earlier question (a follow-up most often depends on the question just before it). */
export function withNewCondition(list: ConditionList, earlier: readonly Question[]): ConditionList {
  const target = earlier.at(-1);
  return target ? { ...list, conditions: [...list.conditions, defaultCondition(target)] } : list;
}

function valueText(condition: Condition, target: Question | undefined): string {
  const { value } = condition;
  if (value === undefined) return '';
  const labelOf = (v: string | number) => {
    if (v === OTHER_VALUE && target?.allowOther) return `“${OTHER_OPTION_LABEL}”`;
    const option = target?.options?.find((o) => o.value === v);
    return option ? `“${option.label}”` : typeof v === 'number' ? v.toLocaleString('th-TH') : `“${v}”`;
  };
  return Array.isArray(value) ? value.map(labelOf).join(', ') : labelOf(value);
}

/** "ข้อ 3 ตอบว่า “ใช่”" for every condition, joined by และ / หรือ. */
export function describeShowIf(showIf: ShowIf | undefined, questions: readonly Question[]): string {
  const one = (c: Condition) => {
    const at = questions.findIndex((q) => q.id === c.question);
    const target = questions[at];
    const name = target ? th.formBuilder.question(at + 1) : t.unknown(c.question);
    return t.condition(name, t.ops[c.op], valueText(c, target));
  };
  const all = (showIf?.all ?? []).map(one).join(t.and);
  const any = (showIf?.any ?? []).map(one).join(t.or);
  return [all, any && (all ? `(${any})` : any)].filter(Boolean).join(t.and);
}
