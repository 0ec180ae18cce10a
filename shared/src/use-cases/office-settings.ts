// A supervisor changes the office's settings; the change and its audit entry land together.
import { AppError } from '../errors';
import type { Clock, IdGenerator } from '../ports/clock';
import type { Repositories } from '../store/repositories';
import { assertSupervisor, type Actor } from '../auth/policy';
import type { Area } from '../domain/area';
import type { SettingsRequest } from '../api/member-contracts';
import { changedFields, recordAudit } from './audit/record-audit';
import { auditTh } from './audit/audit-th';

const SETTINGS = [
  'profileStaleDays',
  'monthlyMessageQuota',
  'certificateSignerName',
  'certificateSignerTitle',
  'quietStartHour',
  'quietEndHour',
] as const;
/** A person's name: the log says it changed, never to what. */
const PERSONAL = new Set<string>(['certificateSignerName']);

export async function updateOfficeSettings(
  deps: { repos: Repositories; clock: Clock; ids: IdGenerator },
  actor: Actor,
  changes: SettingsRequest,
): Promise<Area> {
  assertSupervisor(actor);
  const now = deps.clock.now().toISOString();
  return deps.repos.store.runTransaction(async (tx) => {
    const areas = deps.repos.areas.inTx(tx);
    const current = await areas.get(actor.areaId);
    if (!current) throw new AppError('area/not-found', `No area ${actor.areaId}`);
    const present = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    const next: Area = { ...current, ...present, updatedAt: now };
    areas.put(next);
    const diff = changedFields(current, next, SETTINGS).map((c) => (PERSONAL.has(c.field) ? { ...c, from: null, to: null } : c));
    if (diff.length > 0)
      recordAudit(deps.repos, deps.ids, tx, {
        areaId: actor.areaId,
        at: now,
        actorMemberId: actor.memberId,
        entity: 'settings',
        entityId: actor.areaId,
        action: 'update',
        summary: auditTh.settingsUpdated(diff.map((c) => c.field)),
        changes: diff,
      });
    return next;
  });
}
