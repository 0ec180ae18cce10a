// Form templates over HTTP: the office's forms (latest versions), one form for the builder, the builder's edits
// (a new version once answered) and an own copy of a form.
import express, { type Router } from 'express';
import { FORM_PATHS, cloneTemplate, editTemplate, latestTemplate, latestTemplates, type TemplateResponse } from '@nithet/shared';
import type { BotDeps } from '../deps';
import { requireLineUser, requireMember, requireStaff } from './auth';

const path = (p: string) => p.replace(/^\/api/, '');

export function formTemplateRouter(deps: BotDeps): Router {
  const r = express.Router();
  const member = [requireLineUser(deps), requireMember(deps)];

  r.get(path(FORM_PATHS.templates), ...member, requireStaff, async (req, res) => {
    const templates = await latestTemplates(deps.repos, req.actor!.areaId);
    res.json({
      templates: templates.map((t) => ({
        templateId: t.templateId,
        version: t.version,
        title: t.definition.title,
        kind: t.definition.kind,
      })),
    });
  });

  r.get('/form-templates/:templateId', ...member, requireStaff, async (req, res) => {
    const t = await latestTemplate(deps.repos, req.actor!.areaId, String(req.params.templateId));
    const body: TemplateResponse = { templateId: t.templateId, version: t.version, definition: t.definition };
    res.set('cache-control', 'no-store').json(body);
  });

  r.put('/form-templates/:templateId', ...member, async (req, res) => {
    const { template, newVersion } = await editTemplate(deps, req.actor!, String(req.params.templateId), req.body);
    const body: TemplateResponse = {
      templateId: template.templateId,
      version: template.version,
      definition: template.definition,
      newVersion,
    };
    res.json(body);
  });

  r.post('/form-templates/:templateId/clone', ...member, async (req, res) => {
    const t = await cloneTemplate(deps, req.actor!, String(req.params.templateId), req.body);
    const body: TemplateResponse = { templateId: t.templateId, version: t.version, definition: t.definition };
    res.status(201).json(body);
  });

  return r;
}
