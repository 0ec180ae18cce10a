// Form templates (Forms 1–3 of the manual, versioned) and the responses people submit.
import { z } from 'zod';
import { areaId, auditFields, isoDateTime, thaiText } from './common';

export const formKinds = ['needs-survey', 'evaluation', 'report'] as const;
export type FormKind = (typeof formKinds)[number];

export const questionTypes = ['short-text', 'long-text', 'single-choice', 'multi-choice', 'rating', 'number', 'date'] as const;

export const questionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,40}$/),
  type: z.enum(questionTypes),
  label: thaiText(300).min(1),
  help: thaiText(500).optional(),
  required: z.boolean().default(false),
  options: z.array(z.object({ value: z.string().max(60), label: thaiText(200) })).optional(),
  scale: z.object({ min: z.number().int(), max: z.number().int() }).optional(),
});
export type Question = z.infer<typeof questionSchema>;

export const formTemplateSchema = z.object({
  id: z.string(),
  areaId,
  kind: z.enum(formKinds),
  version: z.number().int().min(1),
  title: thaiText(300).min(1),
  sections: z.array(z.object({ title: thaiText(200), questions: z.array(questionSchema) })),
  status: z.enum(['draft', 'published', 'retired']),
  ...auditFields,
});
export type FormTemplate = z.infer<typeof formTemplateSchema>;

export const answerValue = z.union([z.string().max(5000), z.number(), z.array(z.string().max(200)).max(50), z.null()]);

export const formResponseSchema = z.object({
  id: z.string(),
  areaId,
  templateId: z.string(),
  templateVersion: z.number().int(),
  memberId: z.string(),
  /** What the response is about: a network, a seminar, a school — or nothing for a personal survey. */
  subject: z.object({ type: z.enum(['network', 'seminar', 'school', 'member']), id: z.string() }).nullable(),
  answers: z.record(z.string(), answerValue),
  submittedAt: isoDateTime,
  ...auditFields,
});
export type FormResponse = z.infer<typeof formResponseSchema>;
