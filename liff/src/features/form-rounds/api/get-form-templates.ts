// GET /api/form-templates (staff): the office's forms a round can use, each at its newest version.
import { FORM_PATHS, templateListResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export type FormTemplateItem = { templateId: string; version: number; title: string; kind: string };

export async function getFormTemplates(signal?: AbortSignal): Promise<FormTemplateItem[]> {
  return (await apiRequest(FORM_PATHS.templates, templateListResponseSchema, { signal })).templates;
}
