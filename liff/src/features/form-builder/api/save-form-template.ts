// PUT /api/form-templates/:templateId (supervisor): the builder's edits; in place until someone has answered this
// version, else as the next one (`newVersion`). A broken form comes back as a 400 with Thai messages by path.
import { FORM_PATHS, templateResponseSchema, type Section, type TemplateResponse } from '@nithet/shared';
import { apiRequest } from '../../../lib/api-client';

export interface TemplateEdits {
  title: string;
  /** Always sent, so clearing it clears it (an absent field keeps the stored one). */
  description: string;
  sections: Section[];
}

export function saveFormTemplate(templateId: string, edits: TemplateEdits): Promise<TemplateResponse> {
  return apiRequest(FORM_PATHS.template(templateId), templateResponseSchema, { method: 'PUT', body: edits });
}
