// "เริ่มรอบปีถัดไป": last cycle's forms, plan skeleton and open recommendations copied into the next พ.ศ. year, once.
import { assertSupervisor, type Actor } from '../../auth/policy';
import type { Clock, IdGenerator } from '../../ports/clock';
import type { Repositories } from '../../store/repositories';
import { parseOrThrow } from '../../validation';
import { cycleBounds, cycleSchema, nextCycle, type Cycle } from '../../domain/cycle';
import { formTemplateDocId, type FormTemplate } from '../../domain/form-rounds';
import { carryDaysInto, planDocId, type Plan, type PlanActivity, type Recommendation } from '../../domain/plan';
import { cloneDefinition } from '../../forms/versioning';
import { cycleLabel } from '../../i18n/labels-th';
import { recordAudit } from '../audit/record-audit';
import { latestTemplates } from '../forms/form-templates';
import { loadPlan, recommendationsOfCycle } from './load-cycle-data';
import { planTitle } from '../plans/manage-plan';
import type { NextCycleResponse } from '../../api/plan-contracts';

type Deps = { repos: Repositories; clock: Clock; ids: IdGenerator };

/** A copy's id names its year and the original it came from, so a second run finds it instead of copying again. */
const yearId = (prefix: string, yearBE: number, sourceId: string) =>
  `${prefix}-${yearBE}-${sourceId.replace(new RegExp(`^${prefix}-(\\d{4}-)?`), '')}`;
/** `form1-needs-survey` → `form1-needs-survey-2571`; `form1-needs-survey-2570` → `form1-needs-survey-2571`. */
export const templateIdForYear = (templateId: string, yearBE: number) => `${templateId.replace(/-\d{4}$/, '')}-${yearBE}`;

/**
 * Copies cycle `from` into the one after it: the newest version of each form its rounds used (as a new template for
 * the new year), its plan's activities that were not dropped (days moved into the new January–April) and its open
 * recommendations. Running it again changes nothing; one audit entry records what a run made.
 */
export async function startNextCycle(deps: Deps, actor: Actor, from: Cycle): Promise<NextCycleResponse> {
  assertSupervisor(actor);
  const c = parseOrThrow(cycleSchema, from, 'Cycle');
  const next = nextCycle(c);
  const areaId = actor.areaId;
  const { from: start, to } = cycleBounds(c);
  const [{ plan, activities }, recommendations, rounds, templates] = await Promise.all([
    loadPlan(deps.repos, areaId, c),
    recommendationsOfCycle(deps.repos, areaId, c),
    deps.repos.formRounds.list({ where: [{ field: 'areaId', op: '==', value: areaId }] }),
    latestTemplates(deps.repos, areaId),
  ]);
  const usedIds = new Set(
    rounds.items.filter((r) => r.status !== 'draft' && r.opensAt >= start && r.opensAt < to).map((r) => r.templateId),
  );
  const at = deps.clock.now().toISOString();
  const planId = planDocId(areaId, next);

  const newTemplates: FormTemplate[] = templates
    .filter((t) => usedIds.has(t.templateId))
    .map((t) => {
      const templateId = templateIdForYear(t.templateId, next.yearBE);
      return {
        id: formTemplateDocId(areaId, templateId, 1),
        areaId,
        templateId,
        version: 1,
        definition: cloneDefinition(t.definition, templateId),
        createdBy: actor.memberId,
        createdAt: at,
        updatedAt: at,
      };
    });
  const newPlan: Plan = {
    id: planId,
    areaId,
    yearBE: next.yearBE,
    periodKind: next.periodKind,
    title: plan ? plan.title.replaceAll(String(c.yearBE), String(next.yearBE)) : planTitle(next),
    status: 'draft',
    clonedFromPlanId: plan?.id ?? null,
    createdAt: at,
    updatedAt: at,
  };
  const newActivities: PlanActivity[] = activities
    .filter((a) => a.status !== 'dropped')
    .map((a) => ({
      ...a,
      ...carryDaysInto(next, a),
      id: yearId('pa', next.yearBE, a.id),
      planId,
      status: 'planned',
      clonedFromId: a.id,
      createdAt: at,
      updatedAt: at,
    }));
  const newRecommendations: Recommendation[] = recommendations
    .filter((r) => r.status === 'open')
    .map((r) => ({
      ...r,
      id: yearId('rec', next.yearBE, r.id),
      yearBE: next.yearBE,
      periodKind: next.periodKind,
      carriedFromId: r.id,
      createdAt: at,
      updatedAt: at,
    }));

  return deps.repos.store.runTransaction(async (tx) => {
    // Reads first: whatever exists already is left as it is (a second run, or edits made since the first).
    const [planExists, templateExists, activityExists, recExists] = await Promise.all([
      deps.repos.plans.inTx(tx).get(planId),
      Promise.all(newTemplates.map((t) => deps.repos.formTemplates.inTx(tx).get(t.id))),
      Promise.all(newActivities.map((a) => deps.repos.planActivities.inTx(tx).get(a.id))),
      Promise.all(newRecommendations.map((r) => deps.repos.recommendations.inTx(tx).get(r.id))),
    ]);
    const templatesMade = newTemplates.filter((_, i) => !templateExists[i]);
    const activitiesMade = newActivities.filter((_, i) => !activityExists[i]);
    const recsMade = newRecommendations.filter((_, i) => !recExists[i]);
    if (!planExists) deps.repos.plans.inTx(tx).create(newPlan);
    for (const t of templatesMade) deps.repos.formTemplates.inTx(tx).create(t);
    for (const a of activitiesMade) deps.repos.planActivities.inTx(tx).create(a);
    for (const r of recsMade) deps.repos.recommendations.inTx(tx).create(r);
    const created = {
      plan: !planExists,
      templates: templatesMade.length,
      activities: activitiesMade.length,
      recommendations: recsMade.length,
    };
    if (created.plan || created.templates + created.activities + created.recommendations > 0)
      recordAudit(deps.repos, deps.ids, tx, {
        areaId,
        at,
        actorMemberId: actor.memberId,
        entity: 'plan',
        entityId: planId,
        action: 'create',
        summary:
          `เริ่มรอบ${cycleLabel(next)} จาก${cycleLabel(c)}: แบบฟอร์ม ${created.templates} ชุด กิจกรรม ${created.activities} รายการ ข้อเสนอแนะที่ยกมา ${created.recommendations} ข้อ`.slice(
            0,
            300,
          ),
      });
    return { cycle: next, planId, created };
  });
}
