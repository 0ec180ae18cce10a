// GET /api/form-templates (staff): the office's forms, each at its newest version, for the builder's list.
import { FORM_PATHS, templateListResponseSchema } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export type TemplateSummary = { templateId: string; version: number; title: string; kind: string };

export async function listFormTemplates(signal?: AbortSignal): Promise<TemplateSummary[]> {
  return (await apiRequest(FORM_PATHS.templates, templateListResponseSchema, { signal })).templates;
}
