// A form is versioned data: sections of questions with show-if conditions on earlier answers; one schema drives the LIFF renderer and the server.
import { z } from 'zod';
import { thaiText } from '../domain/common';

export const questionKinds = [
  'short-text',
  'long-text',
  'single-choice',
  'multi-choice',
  'rating',
  'rating-grid',
  'number',
  'date',
  'school',
  'network',
] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const formDefinitionKinds = ['needs-survey', 'evaluation', 'seminar-evaluation', 'custom'] as const;
export type FormDefinitionKind = (typeof formDefinitionKinds)[number];

export const conditionOps = ['equals', 'not-equals', 'in', 'includes', 'answered', 'gte', 'lte'] as const;
export type ConditionOp = (typeof conditionOps)[number];

/** Where a question's first value may come from when a person opens the form. */
export const prefillSources = ['profile.schoolCode', 'profile.levels', 'profile.position', 'previous'] as const;
export type PrefillSource = (typeof prefillSources)[number];

const id = z.string().regex(/^[a-z0-9-]{1,40}$/, 'รหัสต้องเป็นตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข หรือ - ไม่เกิน 40 ตัว');
/** Stored in answers; no ':' so an "other" answer (`other:<text>`) can never look like an option. */
const optionValue = z.string().regex(/^[A-Za-z0-9_-]{1,60}$/, 'ค่าของตัวเลือกต้องเป็นตัวอักษรภาษาอังกฤษ ตัวเลข _ หรือ - ไม่เกิน 60 ตัว');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'วันที่ต้องอยู่ในรูปแบบ YYYY-MM-DD');

/** A condition on an EARLIER question's answer (the form's refinement checks it comes before). */
export const conditionSchema = z.object({
  question: id,
  op: z.enum(conditionOps),
  value: z.union([z.string(), z.number(), z.array(z.string())]).optional(),
});
export type Condition = z.infer<typeof conditionSchema>;

/** Every condition in `all` and at least one in `any` must hold (an absent or empty list holds). */
export const showIfSchema = z.object({
  all: z.array(conditionSchema).optional(),
  any: z.array(conditionSchema).optional(),
});
export type ShowIf = z.infer<typeof showIfSchema>;

export const choiceOptionSchema = z.object({ value: optionValue, label: thaiText(200).min(1) });
export type ChoiceOption = z.infer<typeof choiceOptionSchema>;

export const gridItemSchema = z.object({ id, label: thaiText(300).min(1) });
export type GridItem = z.infer<typeof gridItemSchema>;

const SCALE_MIN = 'คะแนนต่ำสุดของมาตราส่วนต้องเป็น 0 หรือ 1';
const SCALE_MAX = 'คะแนนสูงสุดของมาตราส่วนต้องอยู่ระหว่าง 2 ถึง 10';
const MAX_LENGTH = 'จำนวนตัวอักษรสูงสุดต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 10,000';

export const scaleSchema = z
  .object({
    min: z.number().int().min(0, SCALE_MIN).max(1, SCALE_MIN),
    max: z.number().int().min(2, SCALE_MAX).max(10, SCALE_MAX),
    minLabel: thaiText(60).optional(),
    maxLabel: thaiText(60).optional(),
    /** One label per point from min to max, e.g. น้อยที่สุด … มากที่สุด. */
    labels: z.array(thaiText(60)).optional(),
  })
  .refine((s) => !s.labels || s.labels.length === s.max - s.min + 1, {
    message: 'จำนวนคำอธิบายระดับต้องเท่ากับจำนวนระดับ',
    path: ['labels'],
  });
export type Scale = z.infer<typeof scaleSchema>;

/** The usual Thai Likert wording, 1 = น้อยที่สุด … 5 = มากที่สุด. */
export const DEFAULT_SCALE: Scale = {
  min: 1,
  max: 5,
  minLabel: 'น้อยที่สุด',
  maxLabel: 'มากที่สุด',
  labels: ['น้อยที่สุด', 'น้อย', 'ปานกลาง', 'มาก', 'มากที่สุด'],
};

export const questionSchema = z.object({
  id,
  kind: z.enum(questionKinds),
  label: thaiText(300).min(1),
  help: thaiText(500).optional(),
  required: z.boolean().default(false),
  /** single-choice and multi-choice. */
  options: z.array(choiceOptionSchema).optional(),
  /** Adds "อื่น ๆ (โปรดระบุ)"; the answer is stored as `other:<text>`. */
  allowOther: z.boolean().optional(),
  /** number: the range; multi-choice: how many choices. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** school and network pickers: several (string[]) instead of one (string). */
  multiple: z.boolean().optional(),
  /** number: whole numbers only. */
  integer: z.boolean().optional(),
  /** short-text (default 500) and long-text (default 3000). */
  maxLength: z.number(MAX_LENGTH).int(MAX_LENGTH).min(1, MAX_LENGTH).max(10000, MAX_LENGTH).optional(),
  /** date: the earliest and latest allowed day (YYYY-MM-DD). */
  minDate: isoDate.optional(),
  maxDate: isoDate.optional(),
  /** rating and rating-grid; DEFAULT_SCALE when absent. */
  scale: scaleSchema.optional(),
  /** rating-grid rows. */
  items: z.array(gridItemSchema).optional(),
  showIf: showIfSchema.optional(),
  prefill: z.enum(prefillSources).optional(),
});
export type Question = z.infer<typeof questionSchema>;
export type QuestionInput = z.input<typeof questionSchema>;

export const sectionSchema = z.object({
  id,
  title: thaiText(200).min(1),
  description: thaiText(1000).optional(),
  showIf: showIfSchema.optional(),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

const formDefinitionShape = z.object({
  id: z.string().min(1).max(200),
  version: z.number().int().min(1),
  kind: z.enum(formDefinitionKinds),
  title: thaiText(300).min(1),
  description: thaiText(2000).optional(),
  sections: z.array(sectionSchema).min(1),
});

export const formDefinitionSchema = formDefinitionShape.superRefine((def, ctx) => {
  for (const problem of definitionProblems(def)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
});
export type FormDefinition = z.infer<typeof formDefinitionSchema>;
/** What a template or the form builder writes (defaults not yet applied). */
export type FormDefinitionInput = z.input<typeof formDefinitionSchema>;

/** One answer: text, a number, the chosen values, or a grid's item id → rating. */
export type AnswerValue = string | number | string[] | Record<string, number>;
export type Answers = Record<string, AnswerValue>;

/** The wire shape of answers before validateAnswers looks at them against a definition. */
export const answersSchema = z.record(
  z.string().max(81),
  z.union([z.string().max(10000), z.number(), z.array(z.string().max(400)).max(100), z.record(z.string().max(40), z.number())]),
);

export const CHOICE_KINDS: readonly QuestionKind[] = ['single-choice', 'multi-choice'];
export const RATING_KINDS: readonly QuestionKind[] = ['rating', 'rating-grid'];
/** The prefix of a free-text "other" answer to a choice question. */
export const OTHER_PREFIX = 'other:';

export function scaleOf(question: Pick<Question, 'scale'>): Scale {
  return question.scale ?? DEFAULT_SCALE;
}

/** Every question in order, across sections. */
export function allQuestions(def: Pick<FormDefinition, 'sections'>): Question[] {
  return def.sections.flatMap((s) => s.questions);
}

export function findQuestion(def: Pick<FormDefinition, 'sections'>, questionId: string): Question | undefined {
  return allQuestions(def).find((q) => q.id === questionId);
}

type Problem = { path: (string | number)[]; message: string };

/** The rules a definition must keep beyond its shape; Thai, for the supervisor in the form builder. */
function definitionProblems(def: z.output<typeof formDefinitionShape>): Problem[] {
  const problems: Problem[] = [];
  const earlier = new Map<string, Question>();
  const sectionIds = new Set<string>();
  def.sections.forEach((section, s) => {
    const at = ['sections', s];
    if (sectionIds.has(section.id)) problems.push({ path: [...at, 'id'], message: `รหัสส่วน "${section.id}" ซ้ำกับส่วนอื่น` });
    sectionIds.add(section.id);
    // A section's condition may only look at questions of sections before it.
    if (section.showIf) problems.push(...conditionProblems(section.showIf, earlier, [...at, 'showIf']));
    section.questions.forEach((question, q) => {
      const qAt = [...at, 'questions', q];
      if (earlier.has(question.id)) problems.push({ path: [...qAt, 'id'], message: `รหัสคำถาม "${question.id}" ซ้ำกับคำถามอื่น` });
      if (question.showIf) problems.push(...conditionProblems(question.showIf, earlier, [...qAt, 'showIf']));
      problems.push(...questionProblems(question, qAt));
      earlier.set(question.id, question);
    });
  });
  return problems;
}

function questionProblems(question: Question, at: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  if (CHOICE_KINDS.includes(question.kind)) {
    if (!question.options?.length) problems.push({ path: [...at, 'options'], message: 'คำถามแบบเลือกต้องมีตัวเลือกอย่างน้อย 1 ข้อ' });
    const values = new Set<string>();
    question.options?.forEach((option, o) => {
      if (values.has(option.value)) problems.push({ path: [...at, 'options', o, 'value'], message: `ค่าตัวเลือก "${option.value}" ซ้ำกัน` });
      values.add(option.value);
    });
  }
  if (question.kind === 'rating-grid') {
    if (!question.items?.length) problems.push({ path: [...at, 'items'], message: 'ตารางประเมินต้องมีรายการอย่างน้อย 1 รายการ' });
    const ids = new Set<string>();
    question.items?.forEach((item, i) => {
      if (ids.has(item.id)) problems.push({ path: [...at, 'items', i, 'id'], message: `รหัสรายการ "${item.id}" ซ้ำกัน` });
      ids.add(item.id);
    });
  }
  if (question.min !== undefined && question.max !== undefined && question.min > question.max)
    problems.push({ path: [...at, 'max'], message: 'ค่าสูงสุดต้องไม่น้อยกว่าค่าต่ำสุด' });
  if (question.minDate && question.maxDate && question.minDate > question.maxDate)
    problems.push({ path: [...at, 'maxDate'], message: 'วันที่สุดท้ายต้องไม่ก่อนวันที่แรก' });
  return problems;
}

function conditionProblems(showIf: ShowIf, earlier: ReadonlyMap<string, Question>, at: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  for (const list of ['all', 'any'] as const) {
    showIf[list]?.forEach((condition, c) => {
      const cAt = [...at, list, c];
      const target = earlier.get(condition.question);
      if (!target) {
        problems.push({ path: [...cAt, 'question'], message: `เงื่อนไขต้องอ้างถึงคำถามที่อยู่ก่อนหน้า ("${condition.question}" ไม่อยู่ก่อนหน้า)` });
        return;
      }
      const wrong = valueProblem(condition, target);
      if (wrong) problems.push({ path: [...cAt, 'value'], message: wrong });
    });
  }
  return problems;
}

/** The value an operator needs, and for choice questions a value that is one of the options. */
function valueProblem(condition: Condition, target: Question): string | undefined {
  const { op, value } = condition;
  if (op === 'answered') return undefined;
  if (op === 'in' && !Array.isArray(value)) return 'เงื่อนไข "in" ต้องมีรายการค่า';
  if ((op === 'gte' || op === 'lte') && typeof value !== 'number') return 'เงื่อนไขเปรียบเทียบต้องมีค่าเป็นตัวเลข';
  if ((op === 'equals' || op === 'not-equals' || op === 'includes') && (value === undefined || Array.isArray(value)))
    return 'เงื่อนไขต้องมีค่าเดียวที่ใช้เปรียบเทียบ';
  if (op === 'includes' && target.kind !== 'multi-choice' && !target.multiple) return 'เงื่อนไข "includes" ใช้กับคำถามที่เลือกได้หลายข้อเท่านั้น';
  if (target.options && CHOICE_KINDS.includes(target.kind)) {
    const known = new Set(target.options.map((o) => o.value));
    const values = Array.isArray(value) ? value : [value];
    const unknown = values.find((v) => typeof v === 'string' && !known.has(v) && !(target.allowOther && v === 'other'));
    if (unknown !== undefined) return `ไม่มีตัวเลือก "${unknown}" ในคำถามที่อ้างถึง`;
  }
  return undefined;
}
