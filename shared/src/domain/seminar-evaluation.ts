// The seminar's own short evaluation (satisfaction, 1–5 per item, and a comment) that releases the certificate.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';

/** The items, in the order shown; labels are the wording people read. */
export const SEMINAR_EVALUATION_ITEMS = [
  { id: 'content', label: 'เนื้อหาตรงกับความต้องการและนำไปใช้ได้' },
  { id: 'speakers', label: 'วิทยากรถ่ายทอดได้ชัดเจน เข้าใจง่าย' },
  { id: 'classroom', label: 'นำความรู้ไปพัฒนาการจัดการเรียนรู้ในห้องเรียนได้' },
  { id: 'arrangements', label: 'ความเหมาะสมของเวลา สถานที่ และการประสานงาน' },
  { id: 'overall', label: 'ความพึงพอใจโดยรวม' },
] as const;
export type SeminarEvaluationItemId = (typeof SEMINAR_EVALUATION_ITEMS)[number]['id'];

/** 5 = มากที่สุด … 1 = น้อยที่สุด (the usual Thai Likert wording). */
export const RATING_LABELS_TH: Record<1 | 2 | 3 | 4 | 5, string> = {
  5: 'มากที่สุด',
  4: 'มาก',
  3: 'ปานกลาง',
  2: 'น้อย',
  1: 'น้อยที่สุด',
};

const rating = z.number({ error: 'กรุณาเลือกระดับความคิดเห็น' }).int().min(1, 'ระดับต้องอยู่ระหว่าง 1–5').max(5, 'ระดับต้องอยู่ระหว่าง 1–5');

export const seminarEvaluationInputSchema = z.object({
  ratings: z.object({
    content: rating,
    speakers: rating,
    classroom: rating,
    arrangements: rating,
    overall: rating,
  }),
  comment: thaiText(1000).default(''),
});
export type SeminarEvaluationInput = z.input<typeof seminarEvaluationInputSchema>;

export const seminarEvaluationSchema = seminarEvaluationInputSchema.extend({
  /** `${seminarId}:${memberId}`: one evaluation per attendee, edited in place. */
  id: z.string(),
  areaId,
  seminarId: z.string(),
  memberId: z.string(),
  submittedAt: isoDateTime,
  ...auditFields,
});
export type SeminarEvaluation = z.infer<typeof seminarEvaluationSchema>;

/** Averages per item (null when nobody answered). */
export function evaluationAverages(
  evaluations: readonly Pick<SeminarEvaluation, 'ratings'>[],
): Record<SeminarEvaluationItemId, number | null> {
  const out = {} as Record<SeminarEvaluationItemId, number | null>;
  for (const { id } of SEMINAR_EVALUATION_ITEMS) {
    const sum = evaluations.reduce((acc, e) => acc + e.ratings[id], 0);
    out[id] = evaluations.length === 0 ? null : Math.round((sum / evaluations.length) * 100) / 100;
  }
  return out;
}
