// The seminar's own five-item evaluation (domain/seminar-evaluation.ts) as a form, so seminars can later run it on the engine.
import { SEMINAR_EVALUATION_ITEMS, type SeminarEvaluationInput, type SeminarEvaluationItemId } from '../../domain/seminar-evaluation';
import { formDefinitionSchema, type Answers, type FormDefinition } from '../definition';

export const SEMINAR_EVALUATION_FORM: FormDefinition = formDefinitionSchema.parse({
  id: 'seminar-evaluation',
  version: 1,
  kind: 'seminar-evaluation',
  title: 'แบบประเมินการประชุม/สัมมนาเครือข่ายการนิเทศ',
  sections: [
    {
      id: 'evaluation',
      title: 'ความคิดเห็นต่อการประชุม/สัมมนา',
      description: 'ระดับความคิดเห็น 5 = มากที่สุด 4 = มาก 3 = ปานกลาง 2 = น้อย 1 = น้อยที่สุด',
      questions: [
        {
          id: 'ratings',
          kind: 'rating-grid',
          label: 'ระดับความคิดเห็น',
          required: true,
          items: SEMINAR_EVALUATION_ITEMS.map(({ id, label }) => ({ id, label })),
        },
        { id: 'comment', kind: 'long-text', label: 'ข้อเสนอแนะเพิ่มเติม', maxLength: 1000 },
      ],
    },
  ],
});

/** A seminar evaluation as the form's answers. */
export function seminarEvaluationToAnswers(input: SeminarEvaluationInput): Answers {
  const answers: Answers = { ratings: { ...input.ratings } };
  if (input.comment?.trim()) answers.comment = input.comment.trim();
  return answers;
}

/** The form's validated answers as a seminar evaluation. */
export function answersToSeminarEvaluation(answers: Answers): SeminarEvaluationInput {
  const grid = answers.ratings as Record<string, number>;
  const ratings = Object.fromEntries(SEMINAR_EVALUATION_ITEMS.map(({ id }) => [id, grid[id]])) as Record<SeminarEvaluationItemId, number>;
  return { ratings, comment: typeof answers.comment === 'string' ? answers.comment : '' };
}
