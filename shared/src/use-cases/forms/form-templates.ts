// The office's form templates: the built-in Thai forms are stored as version 1 once; rounds pin one version.
import { AppError } from '../../errors';
import { assertSupervisor, type Actor } from '../../auth/policy';
import type { Clock, IdGenerator } from '../../ports/clock';
import { parseOrThrow } from '../../validation';
import { cloneDefinition, reviseDefinition, type DefinitionEdits } from '../../forms/versioning';
import { templateCloneSchema, templateEditSchema } from '../../api/form-contracts';
import type { Repositories } from '../../store/repositories';
import { formTemplateDocId, type FormTemplate } from '../../domain/form-rounds';
import type { FormDefinition } from '../../forms/definition';
import { changedFields, recordAudit } from '../audit/record-audit';
import { auditTh } from '../audit/audit-th';

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

/** Whether any response was given on this version of the template (then it is never changed in place). */
export async function versionHasResponses(repos: Repositories, areaId: string, templateId: string, version: number): Promise<boolean> {
  const { items } = await repos.formRounds.list({ where: [{ field: 'areaId', op: '==', value: areaId }] });
  const rounds = items.filter((r) => r.templateId === templateId && r.templateVersion === version);
  for (const r of rounds) if ((await repos.formParticipation.count([{ field: 'roundId', op: '==', value: r.id }])) > 0) return true;
  return false;
}

export async function latestTemplate(repos: Repositories, areaId: string, templateId: string): Promise<FormTemplate> {
  const found = (await latestTemplates(repos, areaId)).find((t) => t.templateId === templateId);
  if (!found) throw new AppError('form/not-found', `No template ${templateId}`);
  return found;
}

/**
 * Saves the builder's edits: in place while nobody has answered this version, as the next version once someone
 * has (old responses keep theirs). Broken forms are refused with Thai messages per path.
 */
export async function editTemplate(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  templateId: string,
  body: unknown,
): Promise<{ template: FormTemplate; newVersion: boolean; changed: boolean }> {
  assertSupervisor(actor);
  const edits = parseOrThrow(templateEditSchema, body, 'Template edits');
  const current = await latestTemplate(deps.repos, actor.areaId, templateId);
  const hasResponses = await versionHasResponses(deps.repos, actor.areaId, templateId, current.version);
  // The sections are checked by the definition schema inside reviseDefinition (Thai messages per path).
  const revision = reviseDefinition(current.definition, edits as DefinitionEdits, { hasResponses });
  if (!revision.ok) throw new AppError('validation/invalid-input', `Template ${templateId} edits are invalid`, { fields: revision.fields });
  if (!revision.changed) return { template: current, newVersion: false, changed: false };
  const at = deps.clock.now().toISOString();
  const template: FormTemplate = revision.newVersion
    ? {
        ...current,
        id: formTemplateDocId(actor.areaId, templateId, revision.definition.version),
        version: revision.definition.version,
        definition: revision.definition,
        createdBy: actor.memberId,
        createdAt: at,
        updatedAt: at,
      }
    : { ...current, definition: revision.definition, updatedAt: at };
  await deps.repos.store.runTransaction(async (tx) => {
    deps.repos.formTemplates.inTx(tx).put(template);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'formTemplate',
      entityId: template.id,
      action: revision.newVersion ? 'create' : 'update',
      summary: (revision.newVersion ? auditTh.templateNewVersion : auditTh.templateEdited)(template.definition.title, template.version),
      // Questions are named, not copied: the log says the sections changed, the versions hold the text.
      changes: changedFields(current.definition, template.definition, ['kind', 'title', 'description', 'sections']).map((c) =>
        c.field === 'sections' ? { ...c, from: null, to: null } : c,
      ),
    });
  });
  return { template, newVersion: revision.newVersion, changed: true };
}

/** A supervisor's own copy of a template (e.g. of Form 1) under a new id, at version 1. */
export async function cloneTemplate(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  templateId: string,
  body: unknown,
): Promise<FormTemplate> {
  assertSupervisor(actor);
  const { newId, title } = parseOrThrow(templateCloneSchema, body, 'Template clone');
  const source = await latestTemplate(deps.repos, actor.areaId, templateId);
  const at = deps.clock.now().toISOString();
  const template: FormTemplate = {
    id: formTemplateDocId(actor.areaId, newId, 1),
    areaId: actor.areaId,
    templateId: newId,
    version: 1,
    definition: cloneDefinition(source.definition, newId, title ?? source.definition.title),
    createdBy: actor.memberId,
    createdAt: at,
    updatedAt: at,
  };
  await deps.repos.store.runTransaction(async (tx) => {
    if (await deps.repos.formTemplates.inTx(tx).get(template.id))
      throw new AppError('validation/invalid-input', `Template ${newId} exists`, { fields: { newId: 'มีแบบฟอร์มรหัสนี้อยู่แล้ว กรุณาตั้งรหัสใหม่' } });
    deps.repos.formTemplates.inTx(tx).create(template);
    recordAudit(deps.repos, deps.ids, tx, {
      areaId: actor.areaId,
      at,
      actorMemberId: actor.memberId,
      entity: 'formTemplate',
      entityId: template.id,
      action: 'create',
      summary: auditTh.templateCloned(source.definition.title, template.definition.title),
      changes: [{ field: 'templateId', from: source.templateId, to: newId }],
    });
  });
  return template;
}
