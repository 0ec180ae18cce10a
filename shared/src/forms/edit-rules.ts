// What a saved edit must also keep (the builder checks it before saving, the server on PUT); stored forms are read with
// the plain definition schema, so a form saved before a rule existed still opens and only its next edit must fix it.
import { findQuestion, formDefinitionSchema, scaleOf, type FormDefinition, type ShowIf } from './definition';
import { isCalendarDate } from './check-answer';

type Problem = { path: (string | number)[]; message: string };

export const editMessagesTh = {
  notADay: 'วันที่นี้ไม่มีอยู่จริง กรุณาตรวจวัน เดือน และปี พ.ศ. (เช่น 2570)',
  ratingValue: (min: number, max: number) => `คะแนนในเงื่อนไขต้องเป็นจำนวนเต็มตั้งแต่ ${min} ถึง ${max} ตามมาตราส่วนของข้อที่อ้างถึง`,
} as const;

/** The definition schema plus the rules for edits: real days as date bounds, rating conditions within the scale. */
export const editableDefinitionSchema = formDefinitionSchema.superRefine((def, ctx) => {
  for (const problem of editProblems(def)) ctx.addIssue({ code: 'custom', message: problem.message, path: problem.path });
});

function editProblems(def: FormDefinition): Problem[] {
  const problems: Problem[] = [];
  def.sections.forEach((section, s) => {
    const at = ['sections', s];
    problems.push(...conditionProblems(def, section.showIf, [...at, 'showIf']));
    section.questions.forEach((question, q) => {
      const qAt = [...at, 'questions', q];
      for (const key of ['minDate', 'maxDate'] as const) {
        const day = question[key];
        if (day !== undefined && !isCalendarDate(day)) problems.push({ path: [...qAt, key], message: editMessagesTh.notADay });
      }
      problems.push(...conditionProblems(def, question.showIf, [...qAt, 'showIf']));
    });
  });
  return problems;
}

/** A number compared with a rating can only be one of its points (a changed scale can leave a condition behind). */
function conditionProblems(def: FormDefinition, showIf: ShowIf | undefined, at: (string | number)[]): Problem[] {
  const problems: Problem[] = [];
  for (const list of ['all', 'any'] as const) {
    showIf?.[list]?.forEach((condition, c) => {
      const target = findQuestion(def, condition.question);
      if (target?.kind !== 'rating' || typeof condition.value !== 'number') return;
      const { min, max } = scaleOf(target);
      const value = condition.value;
      if (!Number.isInteger(value) || value < min || value > max)
        problems.push({ path: [...at, list, c, 'value'], message: editMessagesTh.ratingValue(min, max) });
    });
  }
  return problems;
}
