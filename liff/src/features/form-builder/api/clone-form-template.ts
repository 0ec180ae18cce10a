// POST /api/form-templates/:templateId/clone (supervisor): an own copy under a new id, at version 1.
import { FORM_PATHS, templateResponseSchema, type TemplateResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export interface CloneRequest {
  newId: string;
  title: string;
}

export function cloneFormTemplate(templateId: string, body: CloneRequest): Promise<TemplateResponse> {
  return apiRequest(FORM_PATHS.clone(templateId), templateResponseSchema, { method: 'POST', body });
}
