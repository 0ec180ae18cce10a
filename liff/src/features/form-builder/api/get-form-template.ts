// GET /api/form-templates/:templateId (staff): the newest version's definition, to edit.
import { FORM_PATHS, templateResponseSchema, type TemplateResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export function getFormTemplate(templateId: string, signal?: AbortSignal): Promise<TemplateResponse> {
  return apiRequest(FORM_PATHS.template(templateId), templateResponseSchema, { signal });
}
