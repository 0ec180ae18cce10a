// School: an entry of the office's school directory, keyed by its official code.
import { z } from 'zod';
import { areaId, auditFields, thaiText } from './common';

export const educationLevels = ['early-childhood', 'primary', 'lower-secondary', 'upper-secondary'] as const;
export type EducationLevel = (typeof educationLevels)[number];

export const schoolCode = z.string().regex(/^[0-9A-Za-z-]{3,20}$/, 'school code');

export const schoolSchema = z.object({
  id: z.string(),
  areaId,
  code: schoolCode,
  name: thaiText(200).min(1),
  district: thaiText(100).default(''),
  cluster: thaiText(100).default(''),
  levels: z.array(z.enum(educationLevels)).default([]),
  ...auditFields,
});
export type School = z.infer<typeof schoolSchema>;

export const schoolDocId = (area: string, code: string): string => `${area}:${code}`;
