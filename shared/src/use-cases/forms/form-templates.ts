// The office's form templates: the built-in Thai forms are stored as version 1 once; rounds pin one version.
import { AppError } from '../../errors';
import type { Repositories } from '../../store/repositories';
import { formTemplateDocId, type FormTemplate } from '../../domain/form-rounds';
import type { FormDefinition } from '../../forms/definition';

/** Stores each built-in definition as its template's first version when the office has none (idempotent). */
export async function ensureBuiltInTemplates(
  repos: Repositories,
  areaId: string,
  builtIns: readonly FormDefinition[],
  now: string,
): Promise<void> {
  for (const definition of builtIns) {
    const template: FormTemplate = {
      id: formTemplateDocId(areaId, definition.id, 1),
      areaId,
      templateId: definition.id,
      version: 1,
      definition: { ...definition, version: 1 },
      createdBy: 'system',
      createdAt: now,
      updatedAt: now,
    };
    await repos.formTemplates.create(template);
  }
}

/** The newest version of each of the office's templates. */
export async function latestTemplates(repos: Repositories, areaId: string): Promise<FormTemplate[]> {
  const { items } = await repos.formTemplates.list({ where: [{ field: 'areaId', op: '==', value: areaId }] });
  const newest = new Map<string, FormTemplate>();
  for (const t of items) if ((newest.get(t.templateId)?.version ?? 0) < t.version) newest.set(t.templateId, t);
  return [...newest.values()].sort((a, b) => a.templateId.localeCompare(b.templateId));
}

export async function templateVersion(repos: Repositories, areaId: string, templateId: string, version: number): Promise<FormTemplate> {
  const t = await repos.formTemplates.get(formTemplateDocId(areaId, templateId, version));
  if (!t || t.areaId !== areaId) throw new AppError('form/not-found', `No template ${templateId} v${version}`);
  return t;
}
